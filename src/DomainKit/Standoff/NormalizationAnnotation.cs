namespace DomainKit.Standoff;

/// <summary>An <c>N</c> line: a reference from an annotation to an entry of an external database (<c>Wikidata:Q13133</c>).</summary>
public sealed record NormalizationAnnotation : Annotation
{
    /// <inheritdoc/>
    public override AnnotationKind Kind => AnnotationKind.Normalization;

    /// <summary>The annotation that is normalized: a text-bound or an event.</summary>
    public required Annotation Target { get; init; }

    /// <summary>The database, before the colon (<c>Wikidata</c>).</summary>
    public required string Database { get; init; }

    /// <summary>The entry's id in the database, after the colon (<c>Q13133</c>).</summary>
    public required string EntryId { get; init; }

    /// <summary>The label the annotator gave (may be empty).</summary>
    public required string Label { get; init; }
}
