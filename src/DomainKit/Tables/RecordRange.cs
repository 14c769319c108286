using System;
using System.Collections;
using System.Collections.Generic;

namespace DomainKit;

/// <summary>
/// Some records of a table, precomputed at compile time: a slice of the table or of an index over it. Holds no
/// array of its own, so getting and enumerating one allocates nothing; records are decoded as they are reached.
/// </summary>
/// <typeparam name="T">The record type.</typeparam>
public readonly struct RecordRange<T> : IReadOnlyList<T>
    where T : class
{
    private readonly RecordTable<T>? _table;

    /// <summary>A decoded index whose integers from <see cref="_start"/> on are the records' indices; null otherwise.</summary>
    private readonly int[]? _indices;
    private readonly int _start;

    /// <summary>A range of <paramref name="count"/> records: table indices from <paramref name="start"/> on.</summary>
    internal RecordRange(RecordTable<T> table, int start, int count)
    {
        _table = table;
        _start = start;
        Count = count;
    }

    /// <summary>A range of <paramref name="count"/> records whose indices are <paramref name="indices"/>' from <paramref name="start"/> on.</summary>
    internal RecordRange(RecordTable<T> table, int[] indices, int start, int count)
    {
        _table = table;
        _indices = indices;
        _start = start;
        Count = count;
    }

    /// <summary>The number of records.</summary>
    public int Count { get; }

    /// <summary>Whether there are no records.</summary>
    public bool IsEmpty => Count == 0;

    /// <summary>The record at <paramref name="index"/> within this range.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative or not less than <see cref="Count"/>.</exception>
    public T this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Count, nameof(index));
            var table = _table!;
            return table[_indices is { } indices ? indices[_start + index] : _start + index];
        }
    }

    /// <summary>Copies the records into a new array.</summary>
    public T[] ToArray()
    {
        var array = new T[Count];
        for (var i = 0; i < array.Length; i++)
        {
            array[i] = this[i];
        }

        return array;
    }

    /// <summary>Returns an allocation-free enumerator.</summary>
    public Enumerator GetEnumerator() => new(this);

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Enumerates a <see cref="RecordRange{T}"/>.</summary>
    public struct Enumerator : IEnumerator<T>
    {
        private readonly RecordRange<T> _range;
        private int _index;

        internal Enumerator(RecordRange<T> range)
        {
            _range = range;
            _index = -1;
        }

        /// <inheritdoc/>
        public readonly T Current => _range[_index];

        readonly object IEnumerator.Current => Current;

        /// <inheritdoc/>
        public bool MoveNext() => ++_index < _range.Count;

        /// <inheritdoc/>
        public void Reset() => _index = -1;

        /// <inheritdoc/>
        public readonly void Dispose()
        {
        }
    }
}
