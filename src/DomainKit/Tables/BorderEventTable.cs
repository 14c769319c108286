using System;
using System.Diagnostics.CodeAnalysis;
using System.Threading;
using DomainKit.Compiled;
using DomainKit.Standoff;

namespace DomainKit;

/// <summary>The border events of a corpus, with lookups by border, document, date and kind.</summary>
public sealed class BorderEventTable : RecordTable<BorderEvent>
{
    private readonly DocumentTable _documents;
    private readonly ActorTable _actors;
    private readonly AttestationDecoder _attestations;
    private Border[]? _borders;

    internal BorderEventTable(DataReader reader, DocumentTable documents, ActorTable actors, StandoffTables standoff)
        : base(reader, Section.BorderEvents, BorderEventRow.Width, RecordKind.BorderEvent, Section.BorderEventIds)
    {
        _documents = documents;
        _actors = actors;
        _attestations = new AttestationDecoder(reader, documents, actors, standoff);
    }

    /// <inheritdoc/>
    // The base's body compiled for this type alone, so that the generated dispatch's call here has one target (see RecordTable.TryGet).
    public override bool TryGet(ReadOnlySpan<char> id, [NotNullWhen(true)] out BorderEvent? record)
        => (record = IdDispatch is { } dispatch ? RecordAt(dispatch(id)) : FindInIdIndex(id)) is not null;

    /// <summary>The events at <paramref name="border"/>, in id order. Allocates nothing after the first call.</summary>
    public RecordRange<BorderEvent> On(Border border)
    {
        // Stryker disable once NullCoalescing : a shortcut to the stored value: without it the same value is computed and the stored one returned
        var borders = _borders ?? Interlocked.CompareExchange(ref _borders, DecodeBorders(), null) ?? _borders!;
        // A border no event has gets a negative index, which is past every group: no group.
        return Groupings.Members(this, Section.BorderEventsByBorder, Array.BinarySearch(borders, border, BorderOrder.Instance));
    }

    /// <summary>The events <paramref name="document"/> attests, in id order. Allocates nothing after the first call.</summary>
    public RecordRange<BorderEvent> In(Document document) => Groupings.Members(this, Section.BorderEventsByDocument, _documents.IndexOf(document));

    /// <summary>The events of one kind, in id order. Allocates nothing after the first call.</summary>
    public RecordRange<BorderEvent> OfKind(BorderEventKind kind) => Groupings.Members(this, Section.BorderEventsByKind, (int)kind);

    /// <summary>
    /// The events whose date overlaps <paramref name="from"/>..<paramref name="to"/> (inclusive), by date;
    /// undated ones are left out, and a reversed period finds nothing. A binary search; the first call decodes the
    /// date index into an array (three integers a dated event), later calls allocate nothing.
    /// </summary>
    public DatedRecords<BorderEvent> Between(DateOnly from, DateOnly to) => new(this, Reader.Decoded(Section.BorderEventsByDate), from, to);

    private protected override BorderEvent Create(int index) => BorderEvent.Read(new RecordRow(Reader, Field(index, 0), _actors, _attestations));

    private Border[] DecodeBorders()
    {
        var borders = new Border[Reader.Rows(Section.Borders, BorderRow.Width)];
        for (var i = 0; i < borders.Length; i++)
        {
            borders[i] = Reader.Border(i);
        }

        return borders;
    }

    /// <summary>The order of the borders section: first country, then second, ordinal.</summary>
    private sealed class BorderOrder : System.Collections.Generic.IComparer<Border>
    {
        public static readonly BorderOrder Instance = new();

        public int Compare(Border x, Border y)
        {
            var first = string.CompareOrdinal(x.First, y.First);
            return first != 0 ? first : string.CompareOrdinal(x.Second, y.Second);
        }
    }
}
