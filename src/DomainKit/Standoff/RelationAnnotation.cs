namespace DomainKit.Standoff;

/// <summary>An <c>R</c> line: a typed relation between two annotations, each under its role (usually <c>Arg1</c>, <c>Arg2</c>).</summary>
public sealed record RelationAnnotation : Annotation
{
    /// <inheritdoc/>
    public override AnnotationKind Kind => AnnotationKind.Relation;

    /// <summary>The first argument.</summary>
    public required AnnotationArgument Arg1 { get; init; }

    /// <summary>The second argument.</summary>
    public required AnnotationArgument Arg2 { get; init; }
}
