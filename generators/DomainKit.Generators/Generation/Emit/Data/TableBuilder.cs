using System;
using System.Collections.Generic;
using System.Linq;
using DomainKit.Compiled;
using DomainKit.Generators.Common;

namespace DomainKit.Generators.Generation.Emit.Data
{
    /// <summary>
    /// What every compiled table is written with (the corpus's and the notes'): its sections, its own string and list
    /// pools, its rows (<see cref="TableRows"/>) and the indexes computed over them.
    /// </summary>
    internal sealed class TableBuilder : IRowTable
    {
        private readonly TableRows _rows;

        /// <summary>The finished table whose index sections <see cref="Index"/> takes where their inputs are the same.</summary>
        private (IntSection[] Sections, IndexInputs Inputs)? _lastIndexes;

        public TableBuilder()
            : this(Enumerable.Range(0, (int)Section.Count).Select(_ => new IntSection()).ToArray(), new StringPool(), new ListPool())
        {
        }

        private TableBuilder(IntSection[] sections, StringPool strings, ListPool lists)
        {
            Sections = sections;
            Strings = strings;
            Lists = lists;
            _rows = new TableRows(Sections);
        }

        public IntSection[] Sections { get; }

        public StringPool Strings { get; }

        public ListPool Lists { get; }

        /// <summary>
        /// A builder that goes on from what this one holds, which is frozen first (<see cref="Freeze"/>): the copy shares
        /// its sections' chunks and its string pool's rows and segments.
        /// </summary>
        public TableBuilder Copy()
        {
            Freeze();
            return new TableBuilder(Sections.Select(section => section.Copy()).ToArray(), Strings.Copy(), Lists.Copy());
        }

        /// <summary>Makes the sections, the string pool's rows and the lists read only from now on; every row must have ended.</summary>
        public void Freeze()
        {
            _rows.EnsureAllEnded();
            foreach (var section in Sections)
            {
                section.Freeze();
            }

            Strings.Freeze();
            Lists.Freeze();
        }

        /// <inheritdoc />
        public TableRows.Row Row(Section section, int width) => _rows.Begin(section, width);

        /// <summary>The rows of the table: how many were begun, and of which section.</summary>
        public TableRows Rows => _rows;

        /// <inheritdoc />
        public int String(string? value) => Strings.Add(value);

        /// <inheritdoc />
        public int List(IReadOnlyCollection<int> values) => Lists.Add(values);

        /// <summary>
        /// A grouping section of memberships given as (group, record) pairs one after the other, in record order: a group
        /// out of range is dropped, and a group a record names twice keeps it once. <paramref name="memberships"/> must not
        /// change afterwards: it is the index's inputs.
        /// </summary>
        public void Memberships(Section section, int groupCount, int[] memberships) => Index(section, groupCount, new EquatableArray<int>(memberships), () =>
        {
            // Whether each pair joins its group: in range, and not named before by the same record.
            var joins = new bool[memberships.Length / 2];
            var starts = new int[groupCount + 1];
            var memberCount = 0;
            for (var pair = 0; pair < joins.Length; pair++)
            {
                var (group, record) = (memberships[2 * pair], memberships[(2 * pair) + 1]);
                var named = false;
                for (var before = pair - 1; before >= 0 && memberships[(2 * before) + 1] == record && !named; before--)
                {
                    named = memberships[2 * before] == group;
                }

                joins[pair] = (uint)group < (uint)groupCount && !named;
                if (joins[pair])
                {
                    starts[group + 1]++;
                    memberCount++;
                }
            }

            var members = Members(starts, memberCount);
            for (var pair = 0; pair < joins.Length; pair++)
            {
                if (joins[pair])
                {
                    members[starts[memberships[2 * pair]]++] = memberships[(2 * pair) + 1];
                }
            }

            Append(section, groupCount, starts, members);
        });

        /// <summary>A grouping section of the rows of <paramref name="rows"/> by their field <paramref name="field"/>, read back from the rows as written.</summary>
        public void Grouping(Section section, int groupCount, Section rows, int width, int field)
            => Grouping(section, groupCount, Sections[(int)rows].Column(width, field));

        /// <summary>
        /// The grouping of records by the one group each names (none when out of range), counted and then filled: two
        /// arrays and the section, with no list of memberships (a grouping by annotation has a group per annotation of
        /// the corpus). <paramref name="groupOfRecord"/> must not change afterwards: it is the index's inputs.
        /// </summary>
        public void Grouping(Section section, int groupCount, int[] groupOfRecord) => Index(section, groupCount, new EquatableArray<int>(groupOfRecord), () =>
        {
            var starts = new int[groupCount + 1];
            var memberCount = 0;
            foreach (var group in groupOfRecord)
            {
                if ((uint)group < (uint)groupCount)
                {
                    starts[group + 1]++;
                    memberCount++;
                }
            }

            var members = Members(starts, memberCount);
            for (var record = 0; record < groupOfRecord.Length; record++)
            {
                var group = groupOfRecord[record];
                if ((uint)group < (uint)groupCount)
                {
                    members[starts[group]++] = record;
                }
            }

            Append(section, groupCount, starts, members);
        });

        /// <summary>
        /// Writes an index section with <paramref name="write"/>, a function of <paramref name="parameter"/> and
        /// <paramref name="inputs"/> only, unless the last table (<see cref="TakeIndexesFrom"/>) wrote the same section
        /// from the same inputs at the same place: then that run is appended, its chunks shared. The inputs are kept
        /// for the next table (<see cref="IndexInputs"/>) and must not change afterwards.
        /// </summary>
        public void Index(Section section, int parameter, EquatableArray<int> inputs, Action write)
        {
            var ints = Sections[(int)section];
            var start = ints.Count;
            var taken = _lastIndexes?.Inputs.CountOf(section, parameter, inputs, start);
            if (taken is { } count)
            {
                ints.AppendRun(_lastIndexes!.Value.Sections[(int)section], start, count);
            }
            else
            {
                write();
            }

            IndexInputs.Add(section, parameter, inputs, start, ints.Count - start, taken is not null);
        }

        /// <summary>What each index section was computed from, for the next table (<see cref="TakeIndexesFrom"/>).</summary>
        public IndexInputs IndexInputs { get; } = new();

        /// <summary>
        /// Makes <see cref="Index"/> take each index a finished table (its frozen <paramref name="sections"/>) computed
        /// from the same inputs at the same place, as <paramref name="inputs"/> say.
        /// </summary>
        public void TakeIndexesFrom(IntSection[] sections, IndexInputs inputs) => _lastIndexes = (sections, inputs);

        /// <summary>
        /// Turns each group's count (at <c>starts[group + 1]</c>) into where its members start, the array they go into
        /// returned: the filling then moves <c>starts[group]</c> along its group, which <see cref="Append"/> takes back.
        /// </summary>
        private static int[] Members(int[] starts, int memberCount)
        {
            for (var group = 1; group < starts.Length; group++)
            {
                starts[group] += starts[group - 1];
            }

            return new int[memberCount];
        }

        /// <summary>
        /// Writes a grouping section once its members are filled: after the filling, each group's entry has moved to where
        /// the next group starts, so the starts are those entries one place later. Members came in record order, so each
        /// group's records stay in it.
        /// </summary>
        private void Append(Section section, int groupCount, int[] starts, int[] members)
        {
            for (var group = groupCount; group > 0; group--)
            {
                starts[group] = starts[group - 1];
            }

            starts[0] = 0;
            Reserve(section, 1 + starts.Length + members.Length);
            var ints = Sections[(int)section];
            ints.Add(groupCount);
            ints.AddRange(starts);
            ints.AddRange(members);
        }

        /// <summary>Grows <paramref name="section"/> once to hold <paramref name="integers"/> more, not by doubling as they are added.</summary>
        public void Reserve(Section section, int integers)
        {
            Sections[(int)section].Reserve(integers);
        }

        /// <summary>A hash index of <paramref name="keys"/>, its hash chosen here (<see cref="HashIndexWriter"/>).</summary>
        public void HashIndex(Section section, IReadOnlyList<(string Key, int Record)> keys, bool ignoreCase)
            => Sections[(int)section].AddRange(HashIndexWriter.Write(keys, KeyAnalyzer.Analyze(keys.Select(k => k.Key).ToList(), ignoreCase)));

        /// <summary>The table, once every row has ended; <paramref name="dispatchedIdKinds"/> names the kinds whose ids also get generated dispatch.</summary>
        public CompiledTables Finish(EquatableArray<string> dispatchedIdKinds)
        {
            _rows.EnsureAllEnded();

            // Strings are all known only now; they go first, as the runtime finds them by section.
            Strings.Freeze();
            Sections[(int)Section.Strings].AppendRun(Strings.Rows, 0, Strings.Rows.Count);
            Lists.Freeze();
            Sections[(int)Section.Lists].AppendRun(Lists.Items, 0, Lists.Count);
            Freeze();
            return new CompiledTables(Strings.SegmentBytes, Sections, Strings.Fallback, dispatchedIdKinds);
        }
    }
}
