namespace DomainKit.Standoff;

/// <summary>An <c>A</c> line: an attribute (its name is <see cref="Annotation.Type"/>) of a text-bound, event or relation.</summary>
public sealed record AttributeAnnotation : Annotation
{
    /// <inheritdoc/>
    public override AnnotationKind Kind => AnnotationKind.Attribute;

    /// <summary>The annotation the attribute is on.</summary>
    public required Annotation Target { get; init; }

    /// <summary>The value, case as written; <see langword="null"/> for a binary attribute (present means true).</summary>
    public string? Value { get; init; }
}
