using System.Collections.Immutable;

namespace DomainKit.Standoff;

/// <summary>An <c>E</c> line: an event, its trigger span and its role arguments in file order.</summary>
public sealed record EventAnnotation : Annotation
{
    /// <inheritdoc/>
    public override AnnotationKind Kind => AnnotationKind.Event;

    /// <summary>The span that names the event.</summary>
    public required TextBoundAnnotation Trigger { get; init; }

    /// <summary>The role arguments, in file order (none for an event without arguments).</summary>
    public ImmutableArray<AnnotationArgument> Arguments { get; init; } = [];
}
