using System;
using System.Collections.Generic;
using DomainKit.Compiled;
using DomainKit.Generators.Common;

namespace DomainKit.Generators.Generation.Emit.Data
{
    /// <summary>
    /// What each index section of a table (a grouping, a date index, a key index) was computed from and where it went. The next
    /// table written on from the same catalogs' part takes an index computed from the same inputs at the same place as
    /// a run of this table's section (<see cref="TableBuilder.Index(Section, int, EquatableArray{int}, Action)"/>): its
    /// chunks shared, not computed, frozen or compared again. A data edit changes one or two of a table's indexes, if
    /// any. Inputs that are the same array (a key index laid out in a step of its own and cached) are not read.
    /// </summary>
    internal sealed class IndexInputs
    {
        private readonly Dictionary<Section, Inputs> _bySection = new();

        /// <summary>
        /// Records that <paramref name="section"/>'s <paramref name="count"/> values from <paramref name="start"/> were
        /// computed from <paramref name="parameter"/> and <paramref name="values"/>, which must not change from now on, and
        /// whether they were <paramref name="taken"/> from the last table's section.
        /// </summary>
        public void Add(Section section, int parameter, EquatableArray<int> values, int start, int count, bool taken)
        {
            if (_bySection.ContainsKey(section))
            {
                throw new InvalidOperationException($"{section} is indexed twice: a bug of the table writer (one index a section).");
            }

            _bySection[section] = new Inputs(parameter, values, start, count);
            Taken += taken ? 1 : 0;
        }

        /// <summary>How many of the indexes were taken from the last table's, not computed (what tests and measurements count).</summary>
        public int Taken { get; private set; }

        /// <summary>How many indexes there are.</summary>
        public int Count => _bySection.Count;

        /// <summary>
        /// How many values <paramref name="section"/> got at <paramref name="start"/> from the same inputs; null if it was
        /// not computed from them there.
        /// </summary>
        public int? CountOf(Section section, int parameter, EquatableArray<int> values, int start)
            => _bySection.TryGetValue(section, out var inputs) && inputs.Start == start && inputs.Parameter == parameter && values == inputs.Values
                ? inputs.Count
                : null;

        private sealed record Inputs(int Parameter, EquatableArray<int> Values, int Start, int Count);
    }
}
