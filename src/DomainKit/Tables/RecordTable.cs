using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;
using System.Threading;
using DomainKit.Compiled;

namespace DomainKit;

/// <summary>
/// Records of one kind, in id order, with lookup by id. A record is decoded from the compiled data the first
/// time it is asked for, once: every caller, on any thread, gets the same instance.
/// </summary>
/// <typeparam name="T">The record type.</typeparam>
public abstract class RecordTable<T> : IReadOnlyList<T>
    where T : class
{
    private readonly RecordKind? _kind;
    private readonly Section _idSection;

    /// <summary>The id index, created by the first lookup by id that reaches it (<see cref="HashIndex.Of"/>).</summary>
    private HashIndex? _idIndex;

    /// <summary>The generated id dispatch of this kind (small key sets: a perfect hash or a switch), or null: asked once, not per lookup.</summary>
    private readonly KeyIndexer? _idIndexer;
    private T?[]? _records;

    /// <summary>
    /// Every record, once <see cref="All"/> is first read: an array, which <see cref="All"/> wraps without a copy. Not an
    /// <see cref="ImmutableArray{T}"/> field: loading a table's type would load System.Collections.Immutable with it.
    /// </summary>
    private T[]? _all;

    private protected RecordTable(DataReader reader, Section rows, int width, RecordKind? kind, Section idIndex)
    {
        Reader = reader;
        RowsSection = rows;
        Width = width;
        Count = reader.Rows(rows, width);
        _kind = kind;
        _idSection = idIndex;
        _idIndexer = kind is { } dispatched ? reader.Data.IdIndexer(dispatched) : null;
    }

    /// <summary>The number of records.</summary>
    public int Count { get; }

    /// <summary>Every record, ordered by id (ordinal). The first call decodes every record of the table.</summary>
    // Stryker disable once NullCoalescing : a shortcut to the stored value: without it the same value is computed and the stored one returned
    public ImmutableArray<T> All => ImmutableCollectionsMarshal.AsImmutableArray(_all ?? DecodeAll());

    internal DataReader Reader { get; }

    private protected Section RowsSection { get; }

    private protected int Width { get; }

    /// <summary>The record at <paramref name="index"/> in id order.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative or not less than <see cref="Count"/>.</exception>
    public T this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Count, nameof(index));
            return _records?[index] ?? Decode(index);
        }
    }

    /// <summary>Finds a record by its exact id (ordinal). Allocates nothing.</summary>
    /// <remarks>
    /// Virtual so that each table with ids calls the generated dispatch from a method of its own type
    /// (<see cref="IdDispatch"/>): this one is compiled once for every table and calls several dispatch methods, which
    /// the JIT's profile-guided devirtualization does not guess between; a table's own call has one target, guessed and
    /// inlined behind a check (docs/benchmarks.md).
    /// </remarks>
    public virtual bool TryGet(ReadOnlySpan<char> id, [NotNullWhen(true)] out T? record)
        => (record = IdDispatch is { } dispatch ? RecordAt(dispatch(id)) : FindInIdIndex(id)) is not null;

    /// <summary>Enumerates the records in id order.</summary>
    public RecordRange<T>.Enumerator GetEnumerator() => new RecordRange<T>(this, 0, Count).GetEnumerator();

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The generated id dispatch of this kind (small key sets), or null to use the id index.</summary>
    private protected KeyIndexer? IdDispatch => _idIndexer;

    /// <summary>The record at <paramref name="index"/>, or null when it is negative (a lookup that found nothing).</summary>
    private protected T? RecordAt(int index) => index < 0 ? null : this[index];

    /// <summary>The record with this id in the id index, or null (always null for a table without ids).</summary>
    private protected T? FindInIdIndex(ReadOnlySpan<char> id)
        => _kind is null ? null : HashIndex.Of(ref _idIndex, Reader, _idSection).FindRecordOrdinal(id, this);

    /// <summary>The index of the record with this id, or -1.</summary>
    private protected int IndexOf(ReadOnlySpan<char> id)
        // Stryker disable once Conditional : the hash index answers what the generated dispatch answers (IndexOnlyDatasetTests)
        => _idIndexer is { } indexer ? indexer(id) : _kind is null ? -1 : HashIndex.Of(ref _idIndex, Reader, _idSection).Find(id);

    /// <summary>
    /// The index of <paramref name="record"/>: its <paramref name="ordinal"/> when it is this table's own instance
    /// there, else the index of the record with its <paramref name="id"/> (a copy, or a record from elsewhere), or -1.
    /// </summary>
    private protected int IndexOf(T record, int ordinal, string id)
        => (uint)ordinal < (uint)Count && ReferenceEquals(this[ordinal], record) ? ordinal : IndexOf(id);

    /// <summary>The position of field <paramref name="field"/> of record <paramref name="index"/> in the integer table.</summary>
    private protected int Field(int index, int field) => Reader.Field(RowsSection, Width, index, field);

    /// <summary>Whether record <paramref name="index"/> has been decoded and published.</summary>
    private protected bool IsDecoded(int index) => _records?[index] is not null;

    /// <summary>Decodes record <paramref name="index"/>; called at most once per record that wins the race to publish.</summary>
    private protected abstract T Create(int index);

    private T Decode(int index)
    {
        // Stryker disable once NullCoalescing : a shortcut to the stored value: without it the same value is computed and the stored one returned
        var records = _records ?? Interlocked.CompareExchange(ref _records, new T?[Count], null) ?? _records!;
        var created = Create(index);
        return Interlocked.CompareExchange(ref records[index], created, null) ?? created;
    }

    private T[] DecodeAll()
    {
        var all = new T[Count];
        for (var i = 0; i < all.Length; i++)
        {
            all[i] = this[i];
        }

        return Interlocked.CompareExchange(ref _all, all, null) ?? all;
    }
}
