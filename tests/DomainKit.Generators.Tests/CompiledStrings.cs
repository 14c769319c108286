using DomainKit.Compiled;
using DomainKit.Generators.Generation.Emit.Data;

namespace DomainKit.Generators.Tests;

/// <summary>A string of a written table, read from its row in the strings section (segment, start, length in UTF-8 bytes).</summary>
internal static class CompiledStrings
{
    public static string Of(CompiledTables tables, int reference)
    {
        var row = tables.Sections[(int)Section.Strings].Skip(reference * StringFields.Width).Take(StringFields.Width).ToArray();
        var bytes = tables.Utf8Segments[row[StringFields.Segment]].Skip(row[StringFields.Start]).Take(row[StringFields.Length]).ToArray();
        return System.Text.Encoding.UTF8.GetString(bytes);
    }
}
