using System;
using System.Collections.Generic;
using System.Linq;
using DomainKit.Compiled;

namespace DomainKit.Generators.Generation.Emit.Data
{
    /// <summary>
    /// Writes the fixed-width rows of the integer table by the layout's named field offsets (<c>StatementRow.Speaker</c>,
    /// <c>MentionRow.Span + SpanFields.Text</c>, ...), the constants the runtime reads them by, so the writer and the
    /// reader cannot disagree about which field is where. A field written twice, a row ended with a field unwritten,
    /// a row of another width than its section's, or a table finished with a row still open is a bug of the writer,
    /// not of the corpus, and throws.
    /// </summary>
    internal sealed class TableRows
    {
        /// <summary>The widest row the field bookkeeping (one bit per field) can check.</summary>
        private const int MaxWidth = 64;

        private readonly List<int>[] _sections;
        private int _open;

        public TableRows(List<int>[] sections) => _sections = sections;

        /// <summary>
        /// Starts the next row of <paramref name="section"/>, <paramref name="width"/> fields wide (the row class's
        /// <c>Width</c>). Rows of other sections may be written before this one ends; its place is taken now.
        /// </summary>
        public Row Begin(Section section, int width)
        {
            if (width <= 0 || width > MaxWidth)
            {
                throw new ArgumentOutOfRangeException(nameof(width), width, $"A row of {section} must have 1 to {MaxWidth} fields.");
            }

            var ints = _sections[(int)section];
            if (ints.Count % width != 0)
            {
                throw new InvalidOperationException($"{section} holds {ints.Count} integers, not whole rows of {width}: its rows were written with different widths.");
            }

            var row = new Row(this, section, ints, width);
            _open++;
            return row;
        }

        /// <summary>Checks that every row begun was ended.</summary>
        public void EnsureAllEnded()
        {
            if (_open != 0)
            {
                throw new InvalidOperationException($"{_open} row(s) of the integer table were begun and never ended.");
            }
        }

        /// <summary>One row being written: each field once, by its offset, then <see cref="End"/>.</summary>
        internal sealed class Row
        {
            private readonly TableRows _owner;
            private readonly Section _section;
            private readonly List<int> _ints;
            private readonly int _start;
            private readonly int _width;
            private ulong _written;
            private bool _ended;

            public Row(TableRows owner, Section section, List<int> ints, int width)
            {
                _owner = owner;
                _section = section;
                _ints = ints;
                _width = width;
                _start = ints.Count;
                for (var i = 0; i < width; i++)
                {
                    ints.Add(0);
                }
            }

            /// <summary>The row's index in its section.</summary>
            public int Index => _start / _width;

            /// <summary>Writes <paramref name="value"/> at <paramref name="field"/>, an offset of the row class.</summary>
            public Row Set(int field, int value)
            {
                if (_ended)
                {
                    throw new InvalidOperationException($"Row {Index} of {_section} was written after it ended.");
                }

                if ((uint)field >= (uint)_width)
                {
                    throw new ArgumentOutOfRangeException(nameof(field), field, $"A row of {_section} has {_width} fields.");
                }

                var bit = 1UL << field;
                if ((_written & bit) != 0)
                {
                    throw new InvalidOperationException($"Field {field} of row {Index} of {_section} was written twice.");
                }

                _written |= bit;
                _ints[_start + field] = value;
                return this;
            }

            /// <summary>Checks that every field was written.</summary>
            public void End()
            {
                if (_ended)
                {
                    throw new InvalidOperationException($"Row {Index} of {_section} was ended twice.");
                }

                var all = _width == MaxWidth ? ulong.MaxValue : (1UL << _width) - 1;
                if (_written != all)
                {
                    var missing = Enumerable.Range(0, _width).Where(field => (_written & (1UL << field)) == 0);
                    throw new InvalidOperationException($"Row {Index} of {_section} ended without field(s) {string.Join(", ", missing)}.");
                }

                _ended = true;
                _owner._open--;
            }
        }
    }
}
