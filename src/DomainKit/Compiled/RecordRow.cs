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
    public string String(int field) => reader.StringAt(start + field);

    public string? NullableString(int field) => reader.NullableStringAt(start + field);

    public int Int(int field) => reader.Int(start + field);

    /// <summary>An integer, or null where the row holds <see cref="Refs.None"/> (an enum member not given, say).</summary>
    public int? OptionalInt(int field)
    {
        var value = Int(field);
        return value == Refs.None ? null : value;
    }

    public Actor Actor(int field) => actors[Int(field)];

    public ImmutableArray<Actor> Actors(int field) => attestations.Actors(start + field);

    public ImmutableArray<string> Strings(int field) => ImmutableCollectionsMarshal.AsImmutableArray(reader.Strings(start + field));

    public PartialDate? Date(int field) => reader.DateAt(start + field);

    public Border? Border(int field) => OptionalInt(field) is { } border ? reader.Border(border) : null;

    public ImmutableArray<Attestation> Attestations(int field) => attestations.Decode(start + field);
}
