using System;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Linq;

namespace DomainKit;

/// <summary>The border events of a corpus, with lookups by border, date and kind.</summary>
public sealed class BorderEventTable : RecordTable<BorderEvent>
{
    private readonly FrozenDictionary<Border, ImmutableArray<BorderEvent>> _byBorder;

    internal BorderEventTable(ImmutableArray<BorderEvent> all)
        : base(all, static borderEvent => borderEvent.Id)
    {
        _byBorder = Grouping.By(all.Where(static e => e.Border is not null), static e => e.Border!.Value);
    }

    /// <summary>The events at <paramref name="border"/>, in id order.</summary>
    public ImmutableArray<BorderEvent> On(Border border) => _byBorder.TryGetValue(border, out var events) ? events : [];

    /// <summary>The events whose date overlaps <paramref name="from"/>..<paramref name="to"/> (inclusive); undated ones are left out.</summary>
    public ImmutableArray<BorderEvent> Between(DateOnly from, DateOnly to) => Between(from, to, static e => e.Date);

    /// <summary>The events of one kind, in id order.</summary>
    public ImmutableArray<BorderEvent> OfKind(BorderEventKind kind) => All.Where(e => e.Kind == kind).ToImmutableArray();
}
