using System;
using System.Collections.Generic;
using System.Linq;
using DomainKit.Compiled;

namespace DomainKit.Generators.Generation.Emit.Data
{
    /// <summary>
    /// What every compiled table is written with (the corpus's and the notes'): its sections, its own string and list
    /// pools, its rows (<see cref="TableRows"/>) and the indexes computed over them.
    /// </summary>
    internal sealed class TableBuilder : IRowTable
    {
        private readonly TableRows _rows;

        public TableBuilder()
            : this(Enumerable.Range(0, (int)Section.Count).Select(_ => new List<int>()).ToArray(), new StringPool(), new ListPool())
        {
        }

        private TableBuilder(List<int>[] sections, StringPool strings, ListPool lists)
        {
            Sections = sections;
            Strings = strings;
            Lists = lists;
            _rows = new TableRows(Sections);
        }

        public List<int>[] Sections { get; }

        public StringPool Strings { get; }

        public ListPool Lists { get; }

        /// <summary>A builder that goes on from what this one holds, which stays as it is; every row must have ended.</summary>
        public TableBuilder Copy()
        {
            _rows.EnsureAllEnded();
            return new TableBuilder(Sections.Select(section => new List<int>(section)).ToArray(), Strings.Copy(), Lists.Copy());
        }

        /// <inheritdoc />
        public TableRows.Row Row(Section section, int width) => _rows.Begin(section, width);

        /// <inheritdoc />
        public int String(string? value) => Strings.Add(value);

        /// <inheritdoc />
        public int List(IReadOnlyCollection<int> values) => Lists.Add(values);

        /// <summary>
        /// A grouping section: each record joins the groups its key selector names, in record order. Counted, then
        /// filled, so that a grouping with many small groups (every annotation a key) allocates two arrays, not a list
        /// per group.
        /// </summary>
        public void Grouping(Section section, int groupCount, IEnumerable<int[]> groupsOfRecord)
        {
            var memberships = new List<(int Group, int Record)>();
            var record = 0;
            foreach (var groups in groupsOfRecord)
            {
                for (var i = 0; i < groups.Length; i++)
                {
                    if ((uint)groups[i] < (uint)groupCount && Array.IndexOf(groups, groups[i], 0, i) < 0)
                    {
                        memberships.Add((groups[i], record));
                    }
                }

                record++;
            }

            Grouping(section, groupCount, memberships);
        }

        /// <summary>A grouping section where each record joins at most one group (none when its group is out of range).</summary>
        public void Grouping(Section section, int groupCount, IEnumerable<int> groupOfRecord)
        {
            var memberships = new List<(int Group, int Record)>();
            var record = 0;
            foreach (var group in groupOfRecord)
            {
                if ((uint)group < (uint)groupCount)
                {
                    memberships.Add((group, record));
                }

                record++;
            }

            Grouping(section, groupCount, memberships);
        }

        /// <summary>A grouping section of the rows of <paramref name="rows"/> by their field <paramref name="field"/>, read back from the rows as written.</summary>
        public void Grouping(Section section, int groupCount, Section rows, int width, int field)
        {
            var ints = Sections[(int)rows];
            var values = new int[ints.Count / width];
            for (var row = 0; row < values.Length; row++)
            {
                values[row] = ints[(row * width) + field];
            }

            Grouping(section, groupCount, values);
        }

        private void Grouping(Section section, int groupCount, List<(int Group, int Record)> memberships)
        {
            var starts = new int[groupCount + 1];
            foreach (var (group, _) in memberships)
            {
                starts[group + 1]++;
            }

            for (var group = 0; group < groupCount; group++)
            {
                starts[group + 1] += starts[group];
            }

            // Memberships come in record order, so each group's records stay in it.
            var members = new int[memberships.Count];
            var next = (int[])starts.Clone();
            foreach (var (group, member) in memberships)
            {
                members[next[group]++] = member;
            }

            var ints = Sections[(int)section];
            ints.Add(groupCount);
            ints.AddRange(starts);
            ints.AddRange(members);
        }

        /// <summary>A hash index of <paramref name="keys"/>, its hash chosen here (<see cref="HashIndexWriter"/>).</summary>
        public void HashIndex(Section section, IReadOnlyList<(string Key, int Record)> keys, bool ignoreCase)
            => HashIndexWriter.Write(Sections[(int)section], keys, KeyAnalyzer.Analyze(keys.Select(k => k.Key).ToList(), ignoreCase));

        /// <summary>The table, once every row has ended; <paramref name="dispatchIds"/> says whether its ids also get generated dispatch.</summary>
        public CompiledTables Finish(bool dispatchIds)
        {
            _rows.EnsureAllEnded();

            // Strings are all known only now; they go first, as the runtime finds them by section.
            Sections[(int)Section.Strings].AddRange(Strings.Rows);
            Sections[(int)Section.Lists].AddRange(Lists.Items);
            return new CompiledTables(Strings.Segments, Sections, Strings.Fallback, dispatchIds);
        }
    }
}
