using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json.Serialization;
using DomainKit.Compiled;
using DomainKit.Json;

namespace DomainKit;

/// <summary>Something that happens at, across or about an international border.</summary>
public sealed record BorderEvent
{
    /// <summary>The canonical id (the annotation's <c>event:</c> normalization, else <c>document#E1</c>).</summary>
    public required string Id { get; init; }

    /// <summary>What happened.</summary>
    public required BorderEventKind Kind { get; init; }

    /// <summary>The border concerned, when known.</summary>
    public Border? Border { get; init; }

    /// <summary>The actors who acted (the <c>Agent</c> role).</summary>
    [JsonConverter(typeof(ActorIdsJsonConverter))]
    public ImmutableArray<Actor> Actors { get; init; } = [];

    /// <summary>When it happened, as precisely as the texts allow.</summary>
    public PartialDate? Date { get; init; }

    /// <summary>How many people, troops or kilometres, when stated.</summary>
    public Quantity? Quantity { get; init; }

    /// <summary>Places where it happened.</summary>
    public ImmutableArray<string> Locations { get; init; } = [];

    /// <summary>Where people or forces went, when stated.</summary>
    public string? Destination { get; init; }

    /// <summary>Where people or forces came from, when stated.</summary>
    public string? Source { get; init; }

    /// <summary>Outlets or channels that reported it, over all attestations.</summary>
    [JsonConverter(typeof(ActorIdsJsonConverter))]
    public ImmutableArray<Actor> Via { get; init; } = [];

    /// <summary>The PLOVER event type, when annotated.</summary>
    public PloverEventType? Plover { get; init; }

    /// <summary>The CAMEO event code, when one fits.</summary>
    public string? Cameo { get; init; }

    /// <summary>Every document's evidence, in document order.</summary>
    public required ImmutableArray<Attestation> Attestations { get; init; }

    /// <summary>The border event in <paramref name="row"/>: each property from its field (<see cref="BorderEventRow"/>).</summary>
    internal static BorderEvent Read(in RecordRow row) => new()
    {
        Id = row.String(BorderEventRow.Id),
        Kind = (BorderEventKind)row.Int(BorderEventRow.Kind),
        Border = row.Border(BorderEventRow.Border),
        Actors = row.Actors(BorderEventRow.Actors),
        Date = row.Date(BorderEventRow.Date),
        Quantity = row.NullableString(BorderEventRow.QuantityNumber) is { } number
            ? new Quantity(
                decimal.Parse(number, NumberStyles.Number, CultureInfo.InvariantCulture),
                (QuantityBound)row.Int(BorderEventRow.QuantityBound),
                row.NullableString(BorderEventRow.QuantityUnit))
            : null,
        Locations = row.Strings(BorderEventRow.Locations),
        Destination = row.NullableString(BorderEventRow.Destination),
        Source = row.NullableString(BorderEventRow.Source),
        Via = row.Actors(BorderEventRow.Via),
        Plover = (PloverEventType?)row.OptionalInt(BorderEventRow.Plover),
        Cameo = row.NullableString(BorderEventRow.Cameo),
        Attestations = row.Attestations(BorderEventRow.Attestations),
    };
}
