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
    /// <remarks>
    /// A table written in one document's own numbering (<see cref="DocumentStandoffWriter"/>) also keeps, per integer,
    /// what it points at (<see cref="Relocation"/>); a table numbered as the runtime reads it keeps none.
    /// A row is a handle (<see cref="Row"/>, a struct) to bookkeeping kept here, one slot per open row, so writing
    /// millions of rows allocates nothing per row and every copy of a handle sees the same state.
    /// </remarks>
    internal sealed class TableRows
    {
        /// <summary>The widest row the field bookkeeping (one bit per field) can check.</summary>
        private const int MaxWidth = 64;

        /// <summary>A row's fields before they are written.</summary>
        private static readonly int[] EmptyRow = new int[MaxWidth];

        private readonly IntSection[] _sections;
        private readonly List<byte>[]? _relocations;

        /// <summary>The open rows: a slot is free when its ticket is 0.</summary>
        private OpenRow[] _slots = new OpenRow[4];

        private int _open;

        /// <summary>How many rows of each section were begun.</summary>
        private readonly int[] _begun = new int[(int)Section.Count];

        /// <summary>The last ticket given; each row gets its own, so a handle to an ended row finds its slot gone.</summary>
        private int _lastTicket;

        public TableRows(IntSection[] sections, List<byte>[]? relocations = null)
        {
            _sections = sections;
            _relocations = relocations;
        }

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

            var start = ints.Count;
            _begun[(int)section]++;
            var relocations = _relocations?[(int)section];
            ints.AddRange(EmptyRow.AsSpan(0, width));
            for (var i = 0; relocations is not null && i < width; i++)
            {
                relocations.Add((byte)Relocation.None);
            }

            var slot = FreeSlot();
            // Stryker disable once Update : tickets counted down are as unique, and never 0 either
            var ticket = ++_lastTicket;
            _slots[slot] = new OpenRow(ticket, 0);
            _open++;
            return new Row(this, section, ints, relocations, start, width, slot, ticket);
        }

        /// <summary>Checks that every row begun was ended.</summary>
        /// <summary>How many rows were begun, of every section (each got a ticket).</summary>
        public int RowsBegun => _lastTicket;

        /// <summary>How many rows of <paramref name="section"/> were begun.</summary>
        public int RowsBegunIn(Section section) => _begun[(int)section];

        public void EnsureAllEnded()
        {
            if (_open != 0)
            {
                throw new InvalidOperationException($"{_open} row(s) of the integer table were begun and never ended.");
            }
        }

        private int FreeSlot()
        {
            for (var slot = 0; slot < _slots.Length; slot++)
            {
                if (_slots[slot].Ticket == 0)
                {
                    return slot;
                }
            }

            var free = _slots.Length;
            Array.Resize(ref _slots, _slots.Length * 2);
            return free;
        }

        /// <summary>One open row: its ticket, and one bit per field written.</summary>
        private readonly struct OpenRow
        {
            public OpenRow(int ticket, ulong written)
            {
                Ticket = ticket;
                Written = written;
            }

            public int Ticket { get; }

            public ulong Written { get; }
        }

        /// <summary>One row being written: each field once, by its offset, then <see cref="End"/>.</summary>
        internal readonly struct Row
        {
            private readonly TableRows _owner;
            private readonly Section _section;
            private readonly IntSection _ints;
            private readonly List<byte>? _relocations;
            private readonly int _start;
            private readonly int _width;
            private readonly int _slot;
            private readonly int _ticket;

            public Row(TableRows owner, Section section, IntSection ints, List<byte>? relocations, int start, int width, int slot, int ticket)
            {
                _owner = owner;
                _section = section;
                _ints = ints;
                _relocations = relocations;
                _start = start;
                _width = width;
                _slot = slot;
                _ticket = ticket;
            }

            /// <summary>The row's index in its section.</summary>
            public int Index => _start / _width;

            /// <summary>Writes <paramref name="value"/> at <paramref name="field"/>, an offset of the row class.</summary>
            public Row Set(int field, int value)
            {
                var written = Written("written after it ended");
                if ((uint)field >= (uint)_width)
                {
                    throw new ArgumentOutOfRangeException(nameof(field), field, $"A row of {_section} has {_width} fields.");
                }

                var bit = 1UL << field;
                if ((written & bit) != 0)
                {
                    throw new InvalidOperationException($"Field {field} of row {Index} of {_section} was written twice.");
                }

                _owner._slots[_slot] = new OpenRow(_ticket, written | bit);
                _ints[_start + field] = value;
                return this;
            }

            /// <summary>
            /// Writes <paramref name="value"/> at <paramref name="field"/>, which points at what <paramref name="relocation"/>
            /// says; a table numbered as the runtime reads it has nothing to relocate and keeps only the value.
            /// </summary>
            public Row Set(int field, int value, Relocation relocation)
            {
                Set(field, value);
                if (_relocations is not null)
                {
                    _relocations[_start + field] = (byte)relocation;
                }

                return this;
            }

            /// <summary>Checks that every field was written.</summary>
            public void End()
            {
                var written = Written("ended twice");
                var all = _width == MaxWidth ? ulong.MaxValue : (1UL << _width) - 1;
                if (written != all)
                {
                    var missing = Enumerable.Range(0, _width).Where(field => (written & (1UL << field)) == 0);
                    throw new InvalidOperationException($"Row {Index} of {_section} ended without field(s) {string.Join(", ", missing)}.");
                }

                _owner._slots[_slot] = default;
                _owner._open--;
            }

            /// <summary>The fields written so far; throws when the row has ended (its slot is free or another row's).</summary>
            private ulong Written(string misuse)
            {
                var open = _owner._slots[_slot];
                if (open.Ticket != _ticket)
                {
                    throw new InvalidOperationException($"Row {Index} of {_section} was {misuse}.");
                }

                return open.Written;
            }
        }
    }
}
