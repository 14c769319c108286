namespace DomainKit.Standoff;

/// <summary>A <c>#</c> line: an annotator's free-text note on an annotation.</summary>
public sealed record NoteAnnotation : Annotation
{
    /// <inheritdoc/>
    public override AnnotationKind Kind => AnnotationKind.Note;

    /// <summary>The annotation the note is on.</summary>
    public required Annotation Target { get; init; }

    /// <summary>The note.</summary>
    public required string Text { get; init; }
}
