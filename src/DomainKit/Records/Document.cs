using System.Text.Json.Serialization;
using DomainKit.Json;
using DomainKit.Standoff;

namespace DomainKit;

/// <summary>A news article of the corpus, with its verbatim text.</summary>
public sealed record Document
{
    /// <summary>The document id: its file name without extension.</summary>
    public required string Id { get; init; }

    /// <summary>The headline.</summary>
    public required string Title { get; init; }

    /// <summary>The outlet that published it, when known.</summary>
    [JsonConverter(typeof(ActorIdJsonConverter))]
    public Actor? Outlet { get; init; }

    /// <summary>When it was published, at the precision the curators could justify.</summary>
    public PartialDate? Published { get; init; }

    /// <summary>The article text exactly as in the corpus file.</summary>
    public required string Text { get; init; }

    /// <summary>
    /// The document's brat standoff layer: every annotation of its <c>.ann</c> file, by kind, type, id and offset.
    /// Empty for a document made by hand.
    /// </summary>
    [JsonIgnore]
    public StandoffLayer Standoff => Tables?.Of(this) ?? default;

    /// <summary>The standoff layer of the dataset the document is from.</summary>
    internal StandoffTables? Tables { get; init; }

    /// <summary>The document's index in its corpus's table, for index lookups; -1 for a document made by hand.</summary>
    internal int Ordinal { get; init; } = -1;
}
