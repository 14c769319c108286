using System.Collections.Immutable;
using System.Text.Json.Serialization;
using DomainKit.Json;
using DomainKit.Standoff;

namespace DomainKit;

/// <summary>A span of a document that names or refers to an actor.</summary>
public sealed record Mention
{
    /// <summary>The document the mention is in.</summary>
    [JsonConverter(typeof(DocumentIdJsonConverter))]
    public required Document Document { get; init; }

    /// <summary>The first code point of the span.</summary>
    public required int Start { get; init; }

    /// <summary>One past the last code point of the span.</summary>
    public required int End { get; init; }

    /// <summary>The mention's text (for a discontinuous span, its fragments joined by one space).</summary>
    public required string Text { get; init; }

    /// <summary>The actor mentioned.</summary>
    [JsonConverter(typeof(ActorIdJsonConverter))]
    public required Actor Actor { get; init; }

    /// <summary>The fragments of a discontinuous span; empty when the span is contiguous.</summary>
    public ImmutableArray<CodePointRange> Fragments { get; init; } = [];

    /// <summary>The text-bound annotation of the document's standoff layer this mention was read from.</summary>
    [JsonIgnore]
    public TextBoundAnnotation? Annotation { get; init; }
}
