using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;

namespace DomainKit.Generators.Generation.Emit.Data
{
    /// <summary>
    /// What the tables written on from one catalogs' part leave for the next to copy from: the last one finished
    /// (<see cref="WrittenTable"/>: its records' rows), and where the last table that placed each document's standoff rows
    /// placed them, by the rows (weak keys: rows no step holds any more are not kept here). A data edit makes one
    /// document's rows and records again and keeps the others' as they were; what is placed as before is copied instead of
    /// being written again. Entries point into finished tables, which are never written to, so they keep no copy of their own.
    /// </summary>
    internal sealed class WrittenTables
    {
        private readonly ConditionalWeakTable<DocumentStandoffRows, Slot> _last = new();
        private WrittenTable? _lastTable;

        /// <summary>The last finished table; null before the first.</summary>
        public WrittenTable? LastTable => Volatile.Read(ref _lastTable);

        /// <summary>Where the last finished table that placed <paramref name="rows"/> placed them, if as <paramref name="placement"/> says.</summary>
        public PlacedStandoffRows? Find(DocumentStandoffRows rows, StandoffPlacement placement)
            => LastPlaced(rows) is { } placed && placed.Placement.Equals(placement) ? placed : null;

        /// <summary>Where the last finished table that placed <paramref name="rows"/> placed them; null if none did.</summary>
        public PlacedStandoffRows? LastPlaced(DocumentStandoffRows rows) => _last.TryGetValue(rows, out var slot) ? Volatile.Read(ref slot.Placed) : null;

        /// <summary>Remembers a finished table and where it placed each document's rows, in place of any table before it.</summary>
        public void Remember(WrittenTable table, IEnumerable<(DocumentStandoffRows Rows, PlacedStandoffRows Placed)> documents)
        {
            foreach (var (rows, placed) in documents)
            {
                Volatile.Write(ref _last.GetValue(rows, _ => new Slot()).Placed, placed);
            }

            Volatile.Write(ref _lastTable, table);
        }

        private sealed class Slot
        {
            public PlacedStandoffRows? Placed;
        }
    }

    /// <summary>
    /// One document's standoff rows as a finished <see cref="Table"/> holds them, placed as <see cref="Placement"/> says:
    /// the rows of its i-th section (<see cref="DocumentStandoffRows.Sections"/>) from <c>Starts[i]</c> of that table's
    /// section, its lists from <see cref="StandoffPlacement.ListBase"/> of the table's lists; placing them added the
    /// table's <see cref="WrittenTable.AddedStrings"/> from <see cref="AddedBefore"/> to <see cref="AddedAfter"/>.
    /// </summary>
    internal sealed record PlacedStandoffRows(StandoffPlacement Placement, WrittenTable Table, int[] Starts, int AddedBefore, int AddedAfter);
}
