using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Text.Json;

namespace DomainKit.Cli;

/// <summary>
/// <c>export --format brat</c> is <see cref="BratExportCommand"/>. Otherwise: writes a dataset as JSON Lines: one camelCase object a line in <c>documents</c>, <c>actors</c>,
/// <c>statements</c>, <c>borderEvents</c>, <c>mentions</c> and <c>relations.jsonl</c>. Offsets are code points,
/// so Python's <c>text[start:end]</c> gives each span's text back. Written with <see cref="Utf8JsonWriter"/>:
/// no reflection, safe for trimming and NativeAOT.
/// </summary>
internal static class ExportCommand
{
    public static int Run(Dataset dataset, IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        string? format = null;
        string? directory = null;
        string? corpus = null;
        var known = args.Count % 2 == 0;
        for (var i = 0; i + 1 < args.Count; i += 2)
        {
            switch (args[i])
            {
                case "--format":
                    format = args[i + 1];
                    break;
                case "--out":
                    directory = args[i + 1];
                    break;
                case "--corpus":
                    corpus = args[i + 1];
                    break;
                default:
                    known = false;
                    break;
            }
        }

        if (!known || directory is null || format is not ("jsonl" or "brat") || (format == "jsonl" && corpus is not null))
        {
            error.WriteLine("usage: domainkit export --format jsonl --out DIR | export --format brat --out DIR [--corpus FOLDER]");
            return 2;
        }

        if (format == "brat")
        {
            return BratExportCommand.Run(corpus ?? BratExportCommand.BundledCorpus, directory, output, error);
        }

        Directory.CreateDirectory(directory);
        Write(directory, "documents.jsonl", dataset.Documents.All, WriteDocument);
        Write(directory, "actors.jsonl", dataset.Actors.All, WriteActor);
        Write(directory, "statements.jsonl", dataset.Statements.All, WriteStatement);
        Write(directory, "borderEvents.jsonl", dataset.BorderEvents.All, WriteBorderEvent);
        Write(directory, "mentions.jsonl", dataset.Mentions.All, WriteMention);
        Write(directory, "relations.jsonl", dataset.Relations, WriteRelation);
        output.WriteLine($"wrote 6 files to {directory}");
        return 0;
    }

    private static void Write<T>(string directory, string name, ImmutableArray<T> records, Action<Utf8JsonWriter, T> write)
    {
        using var stream = File.Create(Path.Combine(directory, name));
        foreach (var record in records)
        {
            using (var writer = new Utf8JsonWriter(stream))
            {
                writer.WriteStartObject();
                write(writer, record);
                writer.WriteEndObject();
            }

            stream.WriteByte((byte)'\n');
        }
    }

    private static void WriteDocument(Utf8JsonWriter w, Document d)
    {
        w.WriteString("id", d.Id);
        w.WriteString("title", d.Title);
        WriteActorId(w, "outlet", d.Outlet);
        WriteDate(w, "published", d.Published);
        w.WriteString("text", d.Text);
    }

    private static void WriteActor(Utf8JsonWriter w, Actor a)
    {
        w.WriteString("id", a.Id);
        w.WriteString("name", a.Name);
        w.WriteString("kind", JsonNamingPolicy.CamelCase.ConvertName(a.Kind.ToString()));
        WriteStrings(w, "aliases", a.Aliases);
        w.WriteString("country", a.Country);
        WriteActorId(w, "memberOf", a.MemberOf);
        w.WriteString("role", a.Role);
    }

    private static void WriteStatement(Utf8JsonWriter w, Statement s)
    {
        w.WriteString("id", s.Id);
        w.WriteString("speaker", s.Speaker.Id);
        WriteActorIds(w, "addressees", s.Addressees);
        w.WriteString("kind", JsonNamingPolicy.CamelCase.ConvertName(s.Kind.ToString()));
        WriteDate(w, "date", s.Date);
        WriteActorIds(w, "via", s.Via);
        w.WriteString("plover", s.Plover?.ToString());
        w.WriteString("cameo", s.Cameo);
        WriteAttestations(w, s.Attestations);
    }

    private static void WriteBorderEvent(Utf8JsonWriter w, BorderEvent e)
    {
        w.WriteString("id", e.Id);
        w.WriteString("kind", JsonNamingPolicy.CamelCase.ConvertName(e.Kind.ToString()));
        if (e.Border is { } border)
        {
            w.WriteStartArray("border");
            w.WriteStringValue(border.First);
            w.WriteStringValue(border.Second);
            w.WriteEndArray();
        }
        else
        {
            w.WriteNull("border");
        }

        WriteActorIds(w, "actors", e.Actors);
        WriteDate(w, "date", e.Date);
        if (e.Quantity is { } q)
        {
            w.WriteStartObject("quantity");
            w.WriteNumber("value", q.Value);
            w.WriteString("unit", q.Unit);
            w.WriteString("bound", JsonNamingPolicy.CamelCase.ConvertName(q.Bound.ToString()));
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("quantity");
        }

        WriteStrings(w, "locations", e.Locations);
        w.WriteString("destination", e.Destination);
        w.WriteString("source", e.Source);
        WriteActorIds(w, "via", e.Via);
        w.WriteString("plover", e.Plover?.ToString());
        w.WriteString("cameo", e.Cameo);
        WriteAttestations(w, e.Attestations);
    }

    private static void WriteMention(Utf8JsonWriter w, Mention m)
    {
        w.WriteString("document", m.Document.Id);
        w.WriteNumber("start", m.Start);
        w.WriteNumber("end", m.End);
        w.WriteString("text", m.Text);
        w.WriteString("actor", m.Actor.Id);
    }

    private static void WriteRelation(Utf8JsonWriter w, Relation r)
    {
        w.WriteString("from", r.From);
        w.WriteString("relation", r.Kind);
        w.WriteString("to", r.To);
    }

    private static void WriteAttestations(Utf8JsonWriter w, ImmutableArray<Attestation> attestations)
    {
        w.WriteStartArray("attestations");
        foreach (var a in attestations)
        {
            w.WriteStartObject();
            w.WriteString("document", a.Document.Id);
            w.WriteNumber("start", a.Start);
            w.WriteNumber("end", a.End);
            w.WriteString("text", a.Text);
            w.WriteBoolean("direct", a.Direct);
            WriteActorId(w, "via", a.Via);
            w.WriteStartArray("quotes");
            foreach (var q in a.Quotes)
            {
                w.WriteStartObject();
                w.WriteNumber("start", q.Start);
                w.WriteNumber("end", q.End);
                w.WriteString("text", q.Text);
                w.WriteBoolean("direct", q.Direct);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteDate(Utf8JsonWriter w, string name, PartialDate? date)
    {
        if (date is not { } d)
        {
            w.WriteNull(name);
            return;
        }

        w.WriteStartObject(name);
        w.WriteString("start", d.Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        w.WriteString("end", d.End.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        w.WriteString("precision", JsonNamingPolicy.CamelCase.ConvertName(d.Precision.ToString()));
        w.WriteEndObject();
    }

    private static void WriteActorId(Utf8JsonWriter w, string name, Actor? actor) => w.WriteString(name, actor?.Id);

    private static void WriteActorIds(Utf8JsonWriter w, string name, ImmutableArray<Actor> actors)
    {
        w.WriteStartArray(name);
        foreach (var actor in actors)
        {
            w.WriteStringValue(actor.Id);
        }

        w.WriteEndArray();
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, ImmutableArray<string> values)
    {
        w.WriteStartArray(name);
        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }
}
