using System.Text.Json.Serialization;
using DomainKit.Compiled;
using DomainKit.Json;

namespace DomainKit.Standoff;

/// <summary>
/// One line of a document's brat standoff (<c>.ann</c>) file that has an id, as compiled. Every line the build
/// accepted is one of these (or an <see cref="Equivalence"/>, which has no id); match on the derived type.
/// </summary>
public abstract record Annotation
{
    private protected Annotation()
    {
    }

    /// <summary>The document the annotation is in.</summary>
    [JsonConverter(typeof(DocumentIdJsonConverter))]
    public required Document Document { get; init; }

    /// <summary>The id as the <c>.ann</c> file gives it (<c>T1</c>, <c>E12</c>, <c>R3</c>, ...), unique within the document.</summary>
    public required string Id { get; init; }

    /// <summary>The annotation's type as the file gives it (for an attribute, its name; for a note, <c>AnnotatorNotes</c> usually).</summary>
    public required string Type { get; init; }

    /// <summary>What kind of line this is.</summary>
    public abstract AnnotationKind Kind { get; }

    /// <summary>The annotation's row in its kind's table, for index lookups.</summary>
    internal int Row { get; init; } = Refs.None;
}
