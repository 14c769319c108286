using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;

namespace DomainKit.Generators.Generation.Emit.Data
{
    /// <summary>
    /// Where the last finished table placed each document's standoff rows, by the rows (weak keys: rows no step holds any
    /// more are not kept here). A data edit makes one document's rows again and keeps the others' as they were; a kept
    /// document placed as before is copied from the last table instead of each value being moved again. An entry points
    /// into that table's sections, which are never written to once finished, so it keeps no copy of its own.
    /// </summary>
    internal sealed class StandoffPlacements
    {
        private readonly ConditionalWeakTable<DocumentStandoffRows, Slot> _last = new();
        private StandoffTableState? _lastTable;

        /// <summary>The last finished table's standoff part; null before the first.</summary>
        public StandoffTableState? LastTable => Volatile.Read(ref _lastTable);

        /// <summary>Where the last finished table placed <paramref name="rows"/>, if it placed them as <paramref name="placement"/> says.</summary>
        public PlacedStandoffRows? Find(DocumentStandoffRows rows, StandoffPlacement placement)
            => Last(rows) is { } placed && placed.Placement.Equals(placement) ? placed : null;

        /// <summary>Where the last finished table that placed <paramref name="rows"/> placed them; null if none did.</summary>
        public PlacedStandoffRows? Last(DocumentStandoffRows rows) => _last.TryGetValue(rows, out var slot) ? Volatile.Read(ref slot.Placed) : null;

        /// <summary>Remembers where a finished table placed each document's rows, in place of any table before it.</summary>
        public void Remember(StandoffTableState table, IEnumerable<(DocumentStandoffRows Rows, PlacedStandoffRows Placed)> documents)
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
    /// A finished table as its documents' standoff rows were placed in it: its sections (never written to once finished),
    /// the strings its pool added after the catalogs' part (<see cref="StringPool.Added"/>), in order, and the corpus's
    /// standoff type names.
    /// </summary>
    internal sealed record StandoffTableState(List<int>[] Sections, IReadOnlyList<string> AddedStrings, IReadOnlyList<string> Types);

    /// <summary>
    /// One document's standoff rows as a finished <see cref="Table"/> holds them, placed as <see cref="Placement"/> says:
    /// the rows of its i-th section (<see cref="DocumentStandoffRows.Sections"/>) from <c>Starts[i]</c> of that table's
    /// section, its lists from <see cref="StandoffPlacement.ListBase"/> of the table's lists; placing them added the
    /// table's <see cref="StandoffTableState.AddedStrings"/> from <see cref="AddedBefore"/> to <see cref="AddedAfter"/>.
    /// </summary>
    internal sealed record PlacedStandoffRows(StandoffPlacement Placement, StandoffTableState Table, int[] Starts, int AddedBefore, int AddedAfter);
}
