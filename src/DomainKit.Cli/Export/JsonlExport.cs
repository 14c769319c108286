using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace DomainKit.Cli.Export;

/// <summary>
/// A dataset as JSON Lines, one record a line in <c>documents</c>, <c>actors</c>, <c>statements</c>,
/// <c>borderEvents</c>, <c>mentions</c> and <c>relations.jsonl</c>, through the library's own contract
/// (<see cref="DomainKitJson"/>). Offsets are code points, so Python's <c>text[start:end]</c> gives a span back;
/// a discontinuous span also lists its <c>fragments</c>.
/// </summary>
internal static class JsonlExport
{
    public static IReadOnlyList<string> Write(Dataset dataset, string directory)
    {
        var json = DomainKitJson.Default;
        return
        [
            Write(directory, "documents.jsonl", dataset.Documents.All, json.Document),
            Write(directory, "actors.jsonl", dataset.Actors.All, json.Actor),
            Write(directory, "statements.jsonl", dataset.Statements.All, json.Statement),
            Write(directory, "borderEvents.jsonl", dataset.BorderEvents.All, json.BorderEvent),
            Write(directory, "mentions.jsonl", dataset.Mentions.All, json.Mention),
            Write(directory, "relations.jsonl", dataset.Relations, json.Relation),
        ];
    }

    private static string Write<T>(string directory, string name, IEnumerable<T> records, JsonTypeInfo<T> typeInfo)
    {
        var path = Path.Combine(directory, name);
        using var stream = File.Create(path);
        using var writer = new Utf8JsonWriter(stream);
        foreach (var record in records)
        {
            JsonSerializer.Serialize(writer, record, typeInfo);
            writer.Flush();
            writer.Reset();
            stream.WriteByte((byte)'\n');
        }

        return path;
    }
}
