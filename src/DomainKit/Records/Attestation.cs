using System.Collections.Immutable;
using System.Text.Json.Serialization;
using DomainKit.Json;
using DomainKit.Standoff;

namespace DomainKit;

/// <summary>
/// One document's evidence for a statement or border event: the passage from the first to the last of its
/// annotated spans, so <c>Document.Text</c> between <see cref="Start"/> and <see cref="End"/> (in code points)
/// is exactly <see cref="Text"/>.
/// </summary>
public sealed record Attestation
{
    /// <summary>The attesting document.</summary>
    [JsonConverter(typeof(DocumentIdJsonConverter))]
    public required Document Document { get; init; }

    /// <summary>The first code point of the passage.</summary>
    public required int Start { get; init; }

    /// <summary>One past the last code point of the passage.</summary>
    public required int End { get; init; }

    /// <summary>The passage, verbatim.</summary>
    public required string Text { get; init; }

    /// <summary>Whether every quote in this attestation is verbatim (always false for a border event).</summary>
    public required bool Direct { get; init; }

    /// <summary>The statement's quoted or reported words in this document; empty for a border event.</summary>
    public ImmutableArray<Quote> Quotes { get; init; } = [];

    /// <summary>The outlet or channel the document says it came through ("told TASS"), when stated.</summary>
    [JsonConverter(typeof(ActorIdJsonConverter))]
    public Actor? Via { get; init; }

    /// <summary>The event of the document's standoff layer this attestation was read from.</summary>
    [JsonIgnore]
    public EventAnnotation? Annotation { get; init; }
}
