using System;
using System.Text;
using DomainKit.Compiled;

namespace DomainKit.Standoff;

/// <summary>Reads the standoff layer's indexes: document runs, groupings narrowed to a run, ids.</summary>
internal static class StandoffIndexes
{
    private const int StackIdBytes = 256;

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

    /// <summary>
    /// The (kind, row) of the annotation <paramref name="id"/> in <paramref name="document"/> among the ids of a table
    /// (its <see cref="Section.AnnotationIds"/>, each document's run starting at column <paramref name="idsColumn"/> of
    /// <paramref name="runs"/>), or false: a binary search
    /// for the id's hash among the document's entries, then the id compared with each entry of that hash (one, but for
    /// a collision) as UTF-8 bytes, encoded on the stack.
    /// </summary>
    public static bool FindId(DataReader reader, DocumentRuns runs, int idsColumn, int document, ReadOnlySpan<char> id, out AnnotationKind kind, out int row)
    {
        kind = default;
        row = Refs.None;
        var first = FirstRow(reader, runs, document, idsColumn);
        var end = FirstRow(reader, runs, document + 1, idsColumn);
        if (first >= end || id.IsEmpty)
        {
            return false;
        }

        var hash = KeyHash.Whole(id, KeyFold.Ordinal);
        int low = first, high = end;
        while (low < high)
        {
            // Stryker disable once Bitwise : the operand is never negative, so >> and >>> agree
            var middle = low + ((high - low) >> 1);
            if ((uint)reader.Int(reader.Field(Section.AnnotationIds, AnnotationIdFields.Width, middle, AnnotationIdFields.Hash)) < hash)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        var byteCount = Encoding.UTF8.GetMaxByteCount(id.Length);
        // Stryker disable once Equality : GetMaxByteCount is a multiple of 3, never 256
        Span<byte> buffer = byteCount <= StackIdBytes ? stackalloc byte[StackIdBytes] : new byte[byteCount];
        scoped ReadOnlySpan<byte> key = default;
        for (var entry = low; entry < end; entry++)
        {
            var fields = reader.Field(Section.AnnotationIds, AnnotationIdFields.Width, entry, 0);
            // Stryker disable once Arithmetic : the field's offset is 0, so - and + read the same integer
            if ((uint)reader.Int(fields + AnnotationIdFields.Hash) != hash)
            {
                // Stryker disable once Statement : without the break the scan reads on through entries of other hashes, whose ids differ
                break;
            }

            if (key.IsEmpty)
            {
                key = buffer[..Encoding.UTF8.GetBytes(id, buffer)];
            }

            if (reader.Utf8(reader.Int(fields + AnnotationIdFields.Id)).SequenceEqual(key))
            {
                kind = (AnnotationKind)reader.Int(fields + AnnotationIdFields.Kind);
                row = reader.Int(fields + AnnotationIdFields.Row);
                return true;
            }
        }

        return false;
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
