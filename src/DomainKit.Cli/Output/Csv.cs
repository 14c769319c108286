using System;
using System.Collections.Generic;
using System.IO;

namespace DomainKit.Cli.Output;

/// <summary>RFC 4180 CSV: fields quoted when they hold a comma, quote or line break, quotes doubled, CRLF line ends.</summary>
internal static class Csv
{
    public static void WriteRow(TextWriter writer, IEnumerable<string?> fields)
    {
        var first = true;
        foreach (var field in fields)
        {
            if (!first)
            {
                writer.Write(',');
            }

            first = false;
            WriteField(writer, field ?? string.Empty);
        }

        writer.Write("\r\n");
    }

    private static void WriteField(TextWriter writer, string field)
    {
        if (field.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            writer.Write(field);
            return;
        }

        writer.Write('"');
        writer.Write(field.Replace("\"", "\"\"", StringComparison.Ordinal));
        writer.Write('"');
    }
}
