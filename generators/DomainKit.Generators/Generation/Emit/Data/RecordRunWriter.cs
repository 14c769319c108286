using System;
using System.Collections.Generic;
using DomainKit.Compiled;
using DomainKit.Generators.Common;

namespace DomainKit.Generators.Generation.Emit.Data
{
    /// <summary>
    /// Writes a run of records (mentions, statements, border events, relations) into a table, record by record, marking where each
    /// one's rows begin (<see cref="WrittenRecords{T}"/>). A record that is the one the last table written on from the same
    /// catalogs' part had at the same index, starting at the same places, while the pool is in step with that table's
    /// (<see cref="StringsInStep"/>) and its rows refer to the same things outside themselves, is copied from that table
    /// instead: its rows are the same integers. A data edit changes the records of one document: the records before them
    /// are copied, and those after while the table stays in step (the edit added or took away no string, row or list).
    /// </summary>
    internal sealed class RecordRunWriter
    {
        private readonly TableBuilder _tables;
        private readonly StringsInStep _strings;

        /// <summary>The last table, if records can be copied from it: what its records' rows refer to is this table's too.</summary>
        private readonly WrittenTable? _last;

        public RecordRunWriter(TableBuilder tables, StringsInStep strings, WrittenTable? last)
        {
            _tables = tables;
            _strings = strings;
            _last = last;
        }

        /// <summary>
        /// Writes each of <paramref name="records"/> with <paramref name="write"/>, which writes rows of
        /// <paramref name="sections"/> only (besides lists and strings), or copies it from the same run in the last table
        /// (<paramref name="runIn"/> that table).
        /// </summary>
        public WrittenRecords<T> Write<T>(EquatableArray<T> records, IReadOnlyList<Section> sections, Func<WrittenTable, WrittenRecords<T>> runIn, Action<T> write)
            where T : class, IEquatable<T>
        {
            var stride = sections.Count + 2;
            var marks = new int[(records.Count + 1) * stride];
            var lastRun = _last is null ? null : runIn(_last);
            var copied = 0;
            for (var i = 0; i < records.Count;)
            {
                Mark(marks, i * stride, sections);
                if (lastRun is null || !CanCopy(lastRun, marks, i, stride, records[i]))
                {
                    Write(records[i++], sections, write);
                    continue;
                }

                // Once one record is copied, the next starts where it did in the last table, with the pool in step: the
                // run goes on while the records are the same, and is copied at once.
                var end = i + 1;
                while (end < records.Count && end < lastRun.Records.Count && Same(lastRun.Records[end], records[end]))
                {
                    end++;
                }

                Array.Copy(lastRun.Marks, (i + 1) * stride, marks, (i + 1) * stride, (end - i - 1) * stride);
                Copy(lastRun, i, end, stride, sections);
                copied += end - i;
                i = end;
            }

            Mark(marks, records.Count * stride, sections);
            return new WrittenRecords<T>(records, marks, copied);
        }

        /// <summary>
        /// Writes one record; a row of a section the run does not copy is a bug of the writer (a copied record would lose
        /// it), and throws.
        /// </summary>
        private void Write<T>(T record, IReadOnlyList<Section> sections, Action<T> write)
        {
            var rows = _tables.Rows;
            var (begun, begunInRun) = (rows.RowsBegun, RowsBegunIn(sections));
            write(record);
            if (rows.RowsBegun - begun != RowsBegunIn(sections) - begunInRun)
            {
                throw new InvalidOperationException($"A {typeof(T).Name} wrote rows outside {string.Join(", ", sections)}, which its run copies: add the section to the run.");
            }
        }

        private int RowsBegunIn(IReadOnlyList<Section> sections)
        {
            var begun = 0;
            foreach (var section in sections)
            {
                begun += _tables.Rows.RowsBegunIn(section);
            }

            return begun;
        }

        /// <summary>The lengths of <paramref name="sections"/>, of the lists and of the pool's added strings, at <paramref name="at"/>.</summary>
        private void Mark(int[] marks, int at, IReadOnlyList<Section> sections)
        {
            for (var k = 0; k < sections.Count; k++)
            {
                marks[at + k] = _tables.Sections[(int)sections[k]].Count;
            }

            marks[at + sections.Count] = _tables.Lists.Count;
            marks[at + sections.Count + 1] = _tables.Strings.Added.Count;
        }

        /// <summary>Whether record <paramref name="index"/> is the last run's, starts where it did there, and the pool is in step up to it.</summary>
        private bool CanCopy<T>(WrittenRecords<T> last, int[] marks, int index, int stride, T record)
            where T : class, IEquatable<T>
        {
            if (index >= last.Records.Count
                || !marks.AsSpan(index * stride, stride).SequenceEqual(last.Marks.AsSpan(index * stride, stride))
                || !_strings.Through(marks[(index * stride) + stride - 1]))
            {
                return false;
            }

            return Same(last.Records[index], record);
        }

        private static bool Same<T>(T last, T record)
            where T : class, IEquatable<T>
            => ReferenceEquals(last, record) || last.Equals(record);

        /// <summary>Copies the rows, lists and strings of the last run's records from <paramref name="start"/> to <paramref name="end"/>.</summary>
        private void Copy<T>(WrittenRecords<T> last, int start, int end, int stride, IReadOnlyList<Section> sections)
            where T : class, IEquatable<T>
        {
            var (from, to) = (start * stride, end * stride);
            for (var k = 0; k < sections.Count; k++)
            {
                var section = (int)sections[k];
                _tables.Sections[section].AppendRun(_last!.Sections[section], last.Marks[from + k], last.Marks[to + k] - last.Marks[from + k]);
            }

            var lists = sections.Count;
            _tables.Lists.AppendCopy(_last!.Sections[(int)Section.Lists], last.Marks[from + lists], last.Marks[to + lists] - last.Marks[from + lists]);
            _strings.Replay(last.Marks[from + lists + 1], last.Marks[to + lists + 1]);
        }
    }
}
