using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace DomainKit.Generators.Generation.Emit.Data
{
    /// <summary>
    /// A finished table (<see cref="WrittenTable"/>) with where it placed each document's standoff rows, by the rows (weak
    /// keys, so that rows no step holds any more are not kept here; the entries point into the table, which is never
    /// written to once finished, and keep no copy of their own).
    /// </summary>
    internal sealed class LastWrite
    {
        private readonly ConditionalWeakTable<DocumentStandoffRows, PlacedStandoffRows> _placed = new();

        public LastWrite(WrittenTable table, IEnumerable<PlacedStandoffRows> placed)
        {
            Table = table;
            foreach (var rows in placed)
            {
                _placed.Add(rows.Rows, rows);
            }
        }

        /// <summary>The table.</summary>
        public WrittenTable Table { get; }

        /// <summary>Where the table placed <paramref name="rows"/>; null if it did not place them.</summary>
        public PlacedStandoffRows? Placed(DocumentStandoffRows rows) => _placed.TryGetValue(rows, out var placed) ? placed : null;

        /// <summary>Where the table placed <paramref name="rows"/>, if it placed them as <paramref name="placement"/> says.</summary>
        public PlacedStandoffRows? Find(DocumentStandoffRows rows, StandoffPlacement placement)
            => Placed(rows) is { } placed && placed.Placement.Equals(placement) ? placed : null;
    }
}
