using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Spectre.Console;

namespace DomainKit.Cli.Output;

/// <summary>A column of a query's output: its header and how a record gives its cell.</summary>
/// <typeparam name="T">The record type.</typeparam>
internal sealed record Column<T>(string Name, Func<T, string?> Value);

/// <summary>Prints query results as a table that fits the width, a JSON array of the records, or CSV.</summary>
internal static class RecordOutput
{
    public static void Write<T>(TextWriter output, OutputFormat format, IReadOnlyList<T> records, IReadOnlyList<Column<T>> columns, JsonTypeInfo<T> json)
    {
        switch (format)
        {
            case OutputFormat.Json:
                // One record a line inside the array: valid JSON, and still readable line by line.
                output.Write('[');
                for (var i = 0; i < records.Count; i++)
                {
                    output.Write(i == 0 ? "\n  " : ",\n  ");
                    output.Write(JsonSerializer.Serialize(records[i], json));
                }

                output.WriteLine(records.Count == 0 ? "]" : "\n]");
                break;
            case OutputFormat.Csv:
                Csv.WriteRow(output, columns.Select(c => c.Name));
                foreach (var record in records)
                {
                    Csv.WriteRow(output, columns.Select(c => c.Value(record)));
                }

                break;
            default:
                var table = new Table().Border(TableBorder.Rounded);
                foreach (var column in columns)
                {
                    table.AddColumn(new TableColumn(Markup.Escape(column.Name)));
                }

                foreach (var record in records)
                {
                    table.AddRow(columns.Select(c => new Text(Flat(c.Value(record)))));
                }

                Terminal.Over(output).Write(table);
                break;
        }
    }

    /// <summary>A cell's text on one line.</summary>
    private static string Flat(string? value) => value?.ReplaceLineEndings(" ") ?? string.Empty;
}
