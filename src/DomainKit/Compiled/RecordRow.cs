using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace DomainKit.Compiled;

/// <summary>
/// One statement's or border event's row of the integer table, read by the layout's field offsets (<see cref="StatementRow"/>,
/// <see cref="BorderEventRow"/>: the constants the generator wrote each field at), each value as the record's property
/// wants it. A record builds itself from its row (<see cref="Statement.Read"/>), so a field is declared and read in
/// one place.
/// </summary>
internal readonly struct RecordRow(DataReader reader, int start, ActorTable actors, AttestationDecoder attestations)
{
    /// <summary>A string; empty for none.</summary>
    // Stryker disable once Arithmetic : only the id (offset 0) is read as a string that is never null, so - and + read the same integer
    public string String(int field) => reader.StringAt(start + field);

    /// <summary>A string, or null for none.</summary>
    public string? NullableString(int field) => reader.NullableStringAt(start + field);

    /// <summary>The integer itself: an enum member's number, say.</summary>
    public int Int(int field) => reader.Int(start + field);

    /// <summary>An integer, or null where the row holds <see cref="Refs.None"/> (an enum member not given, say).</summary>
    public int? OptionalInt(int field)
    {
        var value = Int(field);
        return value == Refs.None ? null : value;
    }

    /// <summary>The actor whose index the field holds.</summary>
    public Actor Actor(int field) => actors[Int(field)];

    /// <summary>The actors of the list the field points at.</summary>
    public ImmutableArray<Actor> Actors(int field) => attestations.Actors(start + field);

    /// <summary>The strings of the list the field points at.</summary>
    public ImmutableArray<string> Strings(int field) => ImmutableCollectionsMarshal.AsImmutableArray(reader.Strings(start + field));

    /// <summary>The date whose three fields start at <paramref name="field"/>, or null for none.</summary>
    public PartialDate? Date(int field) => reader.DateAt(start + field);

    /// <summary>The border whose row of the borders section the field holds, or null for none.</summary>
    public Border? Border(int field) => OptionalInt(field) is { } border ? reader.Border(border) : null;

    /// <summary>The attestations (with their quotes) of the list the field points at.</summary>
    public ImmutableArray<Attestation> Attestations(int field) => attestations.Decode(start + field);
}
