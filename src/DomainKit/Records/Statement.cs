using System.Collections.Immutable;
using System.Text.Json.Serialization;
using DomainKit.Compiled;
using DomainKit.Json;

namespace DomainKit;

/// <summary>
/// Something an actor said on one occasion. The same statement reported by several documents is one record
/// with one <see cref="Attestation"/> per report.
/// </summary>
public sealed record Statement
{
    /// <summary>The canonical id (the annotation's <c>statement:</c> normalization, else <c>document#E1</c>).</summary>
    public required string Id { get; init; }

    /// <summary>Who said it.</summary>
    [JsonConverter(typeof(ActorIdJsonConverter))]
    public required Actor Speaker { get; init; }

    /// <summary>Whom it was addressed to.</summary>
    [JsonConverter(typeof(ActorIdsJsonConverter))]
    public ImmutableArray<Actor> Addressees { get; init; } = [];

    /// <summary>The speech act.</summary>
    public required StatementKind Kind { get; init; }

    /// <summary>When it was said, as precisely as the texts allow.</summary>
    public PartialDate? Date { get; init; }

    /// <summary>Outlets or channels it came through, over all attestations.</summary>
    [JsonConverter(typeof(ActorIdsJsonConverter))]
    public ImmutableArray<Actor> Via { get; init; } = [];

    /// <summary>The PLOVER event type, when annotated.</summary>
    public PloverEventType? Plover { get; init; }

    /// <summary>The CAMEO event code, when one fits.</summary>
    public string? Cameo { get; init; }

    /// <summary>Every document's evidence, in document order.</summary>
    public required ImmutableArray<Attestation> Attestations { get; init; }

    /// <summary>The statement in <paramref name="row"/>: each property from its field (<see cref="StatementRow"/>).</summary>
    internal static Statement Read(in RecordRow row) => new()
    {
        Id = row.String(StatementRow.Id),
        Speaker = row.Actor(StatementRow.Speaker),
        Addressees = row.Actors(StatementRow.Addressees),
        Kind = (StatementKind)row.Int(StatementRow.Kind),
        Date = row.Date(StatementRow.Date),
        Via = row.Actors(StatementRow.Via),
        Plover = (PloverEventType?)row.OptionalInt(StatementRow.Plover),
        Cameo = row.NullableString(StatementRow.Cameo),
        Attestations = row.Attestations(StatementRow.Attestations),
    };
}
