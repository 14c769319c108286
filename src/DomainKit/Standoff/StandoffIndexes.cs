using System;
using DomainKit.Compiled;

namespace DomainKit.Standoff;

/// <summary>
/// Reads the standoff layer's indexes: document runs, groupings narrowed to a run (ids: <see cref="AnnotationIdIndex"/>).
/// Each section is decoded into an array on its first query and kept (<see cref="DataReader.Decoded"/>): a binary
/// search read in place makes a call into the data and a decoding loop a step.
/// </summary>
internal static class StandoffIndexes
{
    /// <summary>The first row of a kind (a <see cref="StandoffDocumentRow"/> column) of <paramref name="document"/>; the count of rows for one past the last.</summary>
    public static int FirstRow(DataReader reader, int document, int column) => FirstRow(reader, DocumentRuns.Standoff, document, column);

    /// <summary>The first row of a kind (a column of <paramref name="runs"/>) of <paramref name="document"/>; the count of rows for one past the last.</summary>
    public static int FirstRow(DataReader reader, DocumentRuns runs, int document, int column)
    {
        var rows = reader.Decoded(runs.Section);
        return rows.Length == 0 ? 0 : rows[(document * runs.Width) + column];
    }

    /// <summary>
    /// The members of <paramref name="group"/> (record indices in record order) from <paramref name="from"/> up to
    /// <paramref name="to"/>: two binary searches in the group.
    /// </summary>
    public static RecordRange<T> GroupWithin<T>(RecordTable<T> table, Section section, int group, int from, int to)
        where T : class
    {
        var values = table.Reader.Decoded(section);
        // Stryker disable once Arithmetic : the field's offset is 0, so - and + read the same integer
        var groups = values.Length == 0 ? 0 : values[GroupingFields.GroupCount];
        // Stryker disable once Equality : a group is a type index or an annotation key below the group count, or -1
        if ((uint)group >= (uint)groups)
        {
            return default;
        }

        const int starts = GroupingFields.Starts;
        var members = starts + groups + 1;
        var first = members + values[starts + group];
        var end = members + values[starts + group + 1];
        var low = LowerBound(values, first, end, from);
        var high = LowerBound(values, low, end, to);
        return new RecordRange<T>(table, values, low, high - low);
    }

    /// <summary>
    /// The records of <paramref name="key"/> in a keyed section (every record's key in ascending order, then the records
    /// in the same order): two binary searches.
    /// </summary>
    public static RecordRange<T> Keyed<T>(RecordTable<T> table, Section section, int key)
        where T : class
    {
        var values = table.Reader.Decoded(section);
        var count = values.Length / 2;
        var low = LowerBound(values, 0, count, key);
        var high = LowerBound(values, low, count, key + 1);
        return new RecordRange<T>(table, values, low + count, high - low);
    }

    /// <summary>The first position in [<paramref name="from"/>, <paramref name="to"/>) whose value is at least <paramref name="value"/>.</summary>
    private static int LowerBound(int[] values, int from, int to, int value)
    {
        while (from < to)
        {
            // Stryker disable once Bitwise : the operand is never negative, so >> and >>> agree
            var middle = from + ((to - from) >> 1);
            if (values[middle] < value)
            {
                from = middle + 1;
            }
            else
            {
                to = middle;
            }
        }

        return from;
    }
}
