using System;
using System.Collections;
using System.Collections.Generic;
using DomainKit.Compiled;

namespace DomainKit;

/// <summary>
/// The records whose date overlaps a period, in date order, found by binary search over a date index built at
/// compile time. Enumerating allocates nothing; each candidate is checked against the period's start as it is reached.
/// The index is read from an array decoded on the first range asked of it, and kept:
/// a range reads one integer per candidate, and read in place from the data each costs a call into it.
/// </summary>
/// <typeparam name="T">The record type.</typeparam>
public readonly struct DatedRecords<T> : IEnumerable<T>
    where T : class
{
    private readonly RecordTable<T>? _table;

    /// <summary>The date index (<see cref="DateIndexFields"/>), decoded.</summary>
    private readonly int[]? _index;
    private readonly int _first;
    private readonly int _end;
    private readonly int _fromDay;

    /// <param name="table">The records.</param>
    /// <param name="index">The table's date index, decoded; empty when the data has none.</param>
    /// <param name="from">The period's first day.</param>
    /// <param name="to">The period's last day.</param>
    internal DatedRecords(RecordTable<T> table, int[] index, DateOnly from, DateOnly to)
    {
        _table = table;
        _index = index;
        var count = index.Length < DateIndexFields.Entries ? 0 : index[DateIndexFields.Count];
        var maxSpanDays = count == 0 ? 0 : index[DateIndexFields.MaxSpanDays];
        _fromDay = from.DayNumber;

        // A date overlaps when it starts by the period's end and ends on or after its start; no date lasts longer
        // than the longest span, so candidates start no earlier than that before the period.
        _first = DateIndexFields.Entries + (DateIndexFields.EntryWidth * FirstStartingAtOrAfter(index, count, _fromDay - maxSpanDays));
        _end = to < from ? _first : DateIndexFields.Entries + (DateIndexFields.EntryWidth * FirstStartingAtOrAfter(index, count, to.DayNumber + 1));
    }

    /// <summary>Returns an allocation-free enumerator.</summary>
    public Enumerator GetEnumerator() => new(this);

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static int FirstStartingAtOrAfter(int[] index, int count, int day)
    {
        int low = 0, high = count;
        while (low < high)
        {
            // Stryker disable once Bitwise : an unsigned operand, so >> and >>> agree
            var middle = (int)((uint)(low + high) >> 1);
            if (index[DateIndexFields.Entries + (middle * DateIndexFields.EntryWidth)] < day)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>Enumerates a <see cref="DatedRecords{T}"/>.</summary>
    public struct Enumerator : IEnumerator<T>
    {
        private readonly DatedRecords<T> _records;
        private int _position;
        private T? _current;

        internal Enumerator(DatedRecords<T> records)
        {
            _records = records;
            _position = records._first - DateIndexFields.EntryWidth;
            _current = null;
        }

        /// <inheritdoc/>
        public readonly T Current => _current!;

        readonly object IEnumerator.Current => Current;

        /// <inheritdoc/>
        public bool MoveNext()
        {
            var table = _records._table;
            var index = _records._index;
            if (table is null || index is null)
            {
                return false;
            }

            while ((_position += DateIndexFields.EntryWidth) < _records._end)
            {
                if (index[_position + 1] >= _records._fromDay)
                {
                    _current = table[index[_position + 2]];
                    return true;
                }
            }

            return false;
        }

        /// <inheritdoc/>
        public void Reset()
        {
            _position = _records._first - DateIndexFields.EntryWidth;
            _current = null;
        }

        /// <inheritdoc/>
        public readonly void Dispose()
        {
        }
    }
}
