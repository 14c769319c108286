namespace DomainKit.Compiled;

/// <summary>Reads one group of a grouping section (<see cref="GroupingFields"/>) as a <see cref="RecordRange{T}"/>.</summary>
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
        var reader = table.Reader;
        var start = reader.Start(section);
        // Stryker disable once Arithmetic : the field's offset is 0, so - and + read the same integer
        var groups = reader.Int(start + GroupingFields.GroupCount);
        if ((uint)group >= (uint)groups)
        {
            return default;
        }

        var starts = start + GroupingFields.Starts;
        var from = reader.Int(starts + group);
        var count = reader.Int(starts + group + 1) - from;
        return throughIndex ? new RecordRange<T>(table, starts + groups + 1 + from, count, throughIndex: true) : new RecordRange<T>(table, from, count);
    }
}
