using System;
using DomainKit.Compiled;

namespace DomainKit.Standoff;

/// <summary>Reads the standoff layer's indexes: document runs, groupings narrowed to a run (ids: <see cref="AnnotationIdIndex"/>).</summary>
internal static class StandoffIndexes
{
    /// <summary>The first row of a kind (a <see cref="StandoffDocumentRow"/> column) of <paramref name="document"/>; the count of rows for one past the last.</summary>
    public static int FirstRow(DataReader reader, int document, int column) => FirstRow(reader, DocumentRuns.Standoff, document, column);

    /// <summary>The first row of a kind (a column of <paramref name="runs"/>) of <paramref name="document"/>; the count of rows for one past the last.</summary>
    public static int FirstRow(DataReader reader, DocumentRuns runs, int document, int column)
        => reader.Rows(runs.Section, runs.Width) == 0
            ? 0
            : reader.Int(reader.Field(runs.Section, runs.Width, document, column));

    /// <summary>
    /// The members of <paramref name="group"/> (record indices in record order) from <paramref name="from"/> up to
    /// <paramref name="to"/>: two binary searches in the group.
    /// </summary>
    public static RecordRange<T> GroupWithin<T>(RecordTable<T> table, Section section, int group, int from, int to)
        where T : class
    {
        var reader = table.Reader;
        if (reader.Length(section) == 0)
        {
            return default;
        }

        var start = reader.Start(section);
        // Stryker disable once Arithmetic : the field's offset is 0, so - and + read the same integer
        var groups = reader.Int(start + GroupingFields.GroupCount);
        // Stryker disable once Equality : a group is a type index or an annotation key below the group count, or -1
        if ((uint)group >= (uint)groups)
        {
            return default;
        }

        var starts = start + GroupingFields.Starts;
        var members = starts + groups + 1;
        var first = members + reader.Int(starts + group);
        var end = members + reader.Int(starts + group + 1);
        var low = LowerBound(reader, first, end, from);
        var high = LowerBound(reader, low, end, to);
        return new RecordRange<T>(table, low, high - low, throughIndex: true);
    }

    /// <summary>
    /// The records of <paramref name="key"/> in a keyed section (every record's key in ascending order, then the records
    /// in the same order): two binary searches.
    /// </summary>
    public static RecordRange<T> Keyed<T>(RecordTable<T> table, Section section, int key)
        where T : class
    {
        var reader = table.Reader;
        var count = reader.Length(section) / 2;
        var keys = reader.Start(section);
        var low = LowerBound(reader, keys, keys + count, key);
        var high = LowerBound(reader, low, keys + count, key + 1);
        return new RecordRange<T>(table, low + count, high - low, throughIndex: true);
    }

    /// <summary>The first position in [<paramref name="from"/>, <paramref name="to"/>) whose value is at least <paramref name="value"/>.</summary>
    private static int LowerBound(DataReader reader, int from, int to, int value)
    {
        while (from < to)
        {
            // Stryker disable once Bitwise : the operand is never negative, so >> and >>> agree
            var middle = from + ((to - from) >> 1);
            if (reader.Int(middle) < value)
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
