namespace DomainKit.Compiled;

/// <summary>
/// Reads one group of a grouping section (<see cref="GroupingFields"/>) as a <see cref="RecordRange{T}"/>, from the
/// section decoded on its first query (<see cref="DataReader.Decoded"/>): a group's members are then read from an array.
/// </summary>
internal static class Groupings
{
    /// <summary>Group <paramref name="group"/>: the record indices listed after the section's starts.</summary>
    public static RecordRange<T> Members<T>(RecordTable<T> table, Section section, int group)
        where T : class
        => Range(table, section, group, throughIndex: true);

    /// <summary>Group <paramref name="group"/> of a table sorted by the group key: its starts are record indices.</summary>
    public static RecordRange<T> Contiguous<T>(RecordTable<T> table, Section section, int group)
        where T : class
        => Range(table, section, group, throughIndex: false);

    private static RecordRange<T> Range<T>(RecordTable<T> table, Section section, int group, bool throughIndex)
        where T : class
    {
        var values = table.Reader.Decoded(section);
        var groups = values.Length == 0 ? 0 : values[GroupingFields.GroupCount];
        if ((uint)group >= (uint)groups)
        {
            return default;
        }

        const int starts = GroupingFields.Starts;
        var from = values[starts + group];
        var count = values[starts + group + 1] - from;
        return throughIndex ? new RecordRange<T>(table, values, starts + groups + 1 + from, count) : new RecordRange<T>(table, from, count);
    }
}
