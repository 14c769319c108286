using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;

namespace DomainKit;

/// <summary>Records of one kind, in id order, with lookup by id.</summary>
/// <typeparam name="T">The record type.</typeparam>
public abstract class RecordTable<T>
    where T : class
{
    private readonly FrozenDictionary<string, T> _byId;

    private protected RecordTable(ImmutableArray<T> all, Func<T, string> id)
    {
        All = all;
        _byId = all.ToFrozenDictionary(id, StringComparer.Ordinal);
    }

    /// <summary>Every record, ordered by id (ordinal).</summary>
    public ImmutableArray<T> All { get; }

    /// <summary>The number of records.</summary>
    public int Count => All.Length;

    /// <summary>Finds a record by its exact id.</summary>
    public bool TryGet(string id, [NotNullWhen(true)] out T? record) => _byId.TryGetValue(id, out record);

    /// <summary>The records whose date overlaps <paramref name="from"/>..<paramref name="to"/>, in id order.</summary>
    private protected ImmutableArray<T> Between(DateOnly from, DateOnly to, Func<T, PartialDate?> date)
        => All.Where(record => date(record) is { } d && d.Overlaps(from, to)).ToImmutableArray();
}
