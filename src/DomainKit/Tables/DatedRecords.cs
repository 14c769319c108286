using System;
using System.Collections;
using System.Collections.Generic;
using DomainKit.Compiled;

namespace DomainKit;

/// <summary>
/// The records whose date overlaps a period, in date order, found by binary search over a date index built at
/// compile time. Enumerating allocates nothing; each candidate is checked against the period's start as it is reached.
/// </summary>
/// <typeparam name="T">The record type.</typeparam>
public readonly struct DatedRecords<T> : IEnumerable<T>
    where T : class
{
    private readonly RecordTable<T>? _table;
    private readonly int _first;
    private readonly int _end;
    private readonly int _fromDay;

    internal DatedRecords(RecordTable<T> table, Section index, DateOnly from, DateOnly to)
    {
        _table = table;
        var reader = table.Reader;
        var start = reader.Start(index);
        // Stryker disable once Arithmetic : the field's offset is 0, so - and + read the same integer
        var count = reader.Int(start + DateIndexFields.Count);
        var entries = start + DateIndexFields.Entries;
        _fromDay = from.DayNumber;

        // A date overlaps when it starts by the period's end and ends on or after its start; no date lasts longer
        // than the longest span, so candidates start no earlier than that before the period.
        _first = entries + (DateIndexFields.EntryWidth * FirstStartingAtOrAfter(reader, entries, count, _fromDay - reader.Int(start + DateIndexFields.MaxSpanDays)));
        _end = to < from ? _first : entries + (DateIndexFields.EntryWidth * FirstStartingAtOrAfter(reader, entries, count, to.DayNumber + 1));
    }

    /// <summary>Returns an allocation-free enumerator.</summary>
    public Enumerator GetEnumerator() => new(this);

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static int FirstStartingAtOrAfter(DataReader reader, int entries, int count, int day)
    {
        int low = 0, high = count;
        while (low < high)
        {
            // Stryker disable once Bitwise : an unsigned operand, so >> and >>> agree
            var middle = (int)((uint)(low + high) >> 1);
            if (reader.Int(entries + (middle * DateIndexFields.EntryWidth)) < day)
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
            if (table is null)
            {
                return false;
            }

            var reader = table.Reader;
            while ((_position += DateIndexFields.EntryWidth) < _records._end)
            {
                if (reader.Int(_position + 1) >= _records._fromDay)
                {
                    _current = table[reader.Int(_position + 2)];
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
