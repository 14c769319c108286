using System.Collections;
using System.Collections.Generic;
using DomainKit.Compiled;

namespace DomainKit.Standoff;

/// <summary>The text-bound annotations of a document that cover one offset (<see cref="StandoffLayer.Covering"/>). Enumerating allocates nothing.</summary>
public readonly struct CoveringTextBounds : IEnumerable<TextBoundAnnotation>
{
    private readonly StandoffTables? _tables;

    /// <summary>The interval index (<see cref="IntervalFields"/>), decoded.</summary>
    private readonly int[]? _intervals;
    private readonly int _first;
    private readonly int _end;
    private readonly int _offset;

    internal CoveringTextBounds(StandoffTables tables, int[] intervals, int first, int end, int offset)
    {
        _tables = tables;
        _intervals = intervals;
        _first = first;
        _end = end;
        _offset = offset;
    }

    /// <summary>Returns an allocation-free enumerator.</summary>
    public Enumerator GetEnumerator() => new(this);

    IEnumerator<TextBoundAnnotation> IEnumerable<TextBoundAnnotation>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Walks the interval index back from the last span that starts at or before the offset.</summary>
    public struct Enumerator : IEnumerator<TextBoundAnnotation>
    {
        private readonly CoveringTextBounds _range;
        private int _entry;
        private TextBoundAnnotation? _current;

        internal Enumerator(CoveringTextBounds range)
        {
            _range = range;
            _entry = range._end;
            _current = null;
        }

        /// <inheritdoc/>
        public readonly TextBoundAnnotation Current => _current!;

        readonly object IEnumerator.Current => Current;

        /// <inheritdoc/>
        public bool MoveNext()
        {
            var tables = _range._tables;
            var intervals = _range._intervals;
            if (tables is null || intervals is null)
            {
                return false;
            }

            var reader = tables.Reader;
            while (--_entry >= _range._first)
            {
                var entry = _entry * IntervalFields.Width;

                // No span at or before this entry reaches past the offset: none further back covers it either.
                // Stryker disable once Statement,Block : a shortcut: walking further back still finds only spans that Covers accepts
                if (intervals[entry + IntervalFields.MaxEnd] <= _range._offset)
                {
                    break;
                }

                // A span that ends at or before the offset is passed over without decoding its record.
                var row = intervals[entry + IntervalFields.TextBound];
                // Stryker disable once Statement,Block : a shortcut past a span that ends before the offset: Covers rejects it anyway
                if (reader.Int(reader.Field(Section.TextBounds, TextBoundRow.Width, row, TextBoundRow.Span + SpanFields.End)) <= _range._offset)
                {
                    continue;
                }

                var textBound = tables.TextBounds[row];
                if (textBound.Covers(_range._offset))
                {
                    _current = textBound;
                    return true;
                }
            }

            _entry = _range._first;
            return false;
        }

        /// <inheritdoc/>
        public void Reset()
        {
            _entry = _range._end;
            _current = null;
        }

        /// <inheritdoc/>
        public readonly void Dispose()
        {
        }
    }
}
