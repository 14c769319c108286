using System;
using System.Collections.Immutable;
using System.Text;

namespace DomainKit.Compiled;

/// <summary>Reads fields, strings, lists and dates out of a <see cref="CorpusData"/>; decodes only what is asked for.</summary>
internal sealed class DataReader
{
    /// <summary>Unpacks the integer table (about 17 ms for the 1.2 million integers of a 100× corpus); strings and records stay encoded.</summary>
    public DataReader(CorpusData data)
    {
        Data = data;
        int[]? ints = null;
        var next = 0;
        for (var segment = 0; segment < data.PackedIntSegments; segment++)
        {
            next = PackedIntDecoder.DecodeSegment(data.PackedInts(segment), ref ints, next);
        }

        Ints = ints ?? [];
    }

    public CorpusData Data { get; }

    /// <summary>The integer table: section starts, then the sections.</summary>
    public int[] Ints { get; }

    /// <summary>The position in <see cref="Ints"/> where <paramref name="section"/> starts.</summary>
    public int Start(Section section) => Ints[(int)section];

    /// <summary>How many integers <paramref name="section"/> holds.</summary>
    public int Length(Section section) => Ints[(int)section + 1] - Ints[(int)section];

    /// <summary>The number of rows of <paramref name="width"/> integers in <paramref name="section"/>.</summary>
    public int Rows(Section section, int width) => Length(section) / width;

    /// <summary>The position of field <paramref name="field"/> of row <paramref name="row"/>.</summary>
    public int Field(Section section, int width, int row, int field) => Start(section) + (row * width) + field;

    public int Int(int position) => Ints[position];

    public string? String(int reference)
    {
        if (reference >= 0)
        {
            var utf8 = Utf8(reference);
            return utf8.IsEmpty ? string.Empty : Encoding.UTF8.GetString(utf8);
        }

        return reference == Refs.NullString ? null : Data.FallbackStrings[-2 - reference];
    }

    public string StringAt(int position) => String(Int(position)) ?? string.Empty;

    public string? NullableStringAt(int position) => String(Int(position));

    /// <summary>The UTF-8 bytes of a string (empty for a fallback or null reference).</summary>
    public ReadOnlySpan<byte> Utf8(int reference)
    {
        if (reference < 0)
        {
            return default;
        }

        var row = Start(Section.Strings) + (reference * StringFields.Width);
        return Data.Utf8(Ints[row + StringFields.Segment]).Slice(Ints[row + StringFields.Start], Ints[row + StringFields.Length]);
    }

    /// <summary>The items of the list at <paramref name="position"/>'s reference: a slice of the lists section.</summary>
    public ReadOnlySpan<int> List(int position)
    {
        var list = Start(Section.Lists) + Int(position);
        return Ints.AsSpan(list + 1, Ints[list]);
    }

    public PartialDate? DateAt(int position)
    {
        var ints = Ints;
        var precision = ints[position + DateFields.Precision];
        return precision == Refs.NoValue
            ? null
            : new PartialDate(
                DateOnly.FromDayNumber(ints[position + DateFields.StartDay]),
                DateOnly.FromDayNumber(ints[position + DateFields.EndDay]),
                (DatePrecision)precision);
    }

    public ImmutableArray<string> Strings(int position)
    {
        var items = List(position);
        var builder = ImmutableArray.CreateBuilder<string>(items.Length);
        foreach (var item in items)
        {
            builder.Add(String(item) ?? string.Empty);
        }

        return builder.MoveToImmutable();
    }
}
