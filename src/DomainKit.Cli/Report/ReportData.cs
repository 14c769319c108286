using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace DomainKit.Cli.Report;

/// <summary>
/// Writes a dataset as the JSON the report page reads: actors, documents, records (statements, then border events)
/// and relations, with references as indexes into those arrays. Spans carry both their code-point offsets (shown
/// to the reader) and UTF-16 offsets (used to slice the text in the browser). Written with
/// <see cref="Utf8JsonWriter"/>: no reflection, safe for trimming and NativeAOT.
/// </summary>
internal static class ReportData
{
    // Escapes <, >, &, quotes and line separators as \uXXXX, so the JSON can sit inside a <script> block:
    // no "</script>" or "<!--" can appear in it, whatever the corpus says.
    private static readonly JsonWriterOptions s_options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    private static readonly int s_unixEpochDay = new DateOnly(1970, 1, 1).DayNumber;

    /// <summary>The dataset as UTF-8 JSON.</summary>
    public static byte[] ToJson(Dataset dataset, string name)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var actors = dataset.Actors.All;
        var actorIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < actors.Length; i++)
        {
            actorIndex[actors[i].Id] = i;
        }

        var documents = dataset.Documents.All;
        var documentIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var offsets = new Utf16Offsets[documents.Length];
        for (var i = 0; i < documents.Length; i++)
        {
            documentIndex[documents[i].Id] = i;
            offsets[i] = new Utf16Offsets(documents[i].Text);
        }

        var context = new Context(actorIndex, documentIndex, offsets);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, s_options))
        {
            w.WriteStartObject();
            w.WriteString("name", name);
            w.WriteStartArray("actors");
            foreach (var actor in actors)
            {
                WriteActor(w, actor, context);
            }

            w.WriteEndArray();
            w.WriteStartArray("documents");
            foreach (var document in documents)
            {
                WriteDocument(w, document, context);
            }

            w.WriteEndArray();
            w.WriteStartArray("records");
            foreach (var statement in dataset.Statements.All)
            {
                WriteStatement(w, statement, context);
            }

            foreach (var borderEvent in dataset.BorderEvents.All)
            {
                WriteBorderEvent(w, borderEvent, context);
            }

            w.WriteEndArray();
            w.WriteStartArray("relations");
            foreach (var relation in dataset.Relations)
            {
                w.WriteStartObject();
                w.WriteString("from", relation.From);
                w.WriteString("kind", relation.Kind);
                w.WriteString("to", relation.To);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return stream.ToArray();
    }

    private static void WriteActor(Utf8JsonWriter w, Actor actor, Context context)
    {
        w.WriteStartObject();
        w.WriteString("id", actor.Id);
        w.WriteString("name", actor.Name);
        w.WriteString("kind", actor.Kind.ToString());
        WriteOptional(w, "role", actor.Role);
        WriteOptional(w, "country", actor.Country);
        if (actor.MemberOf is { } memberOf)
        {
            w.WriteNumber("memberOf", context.Actor(memberOf));
        }

        w.WriteEndObject();
    }

    private static void WriteDocument(Utf8JsonWriter w, Document document, Context context)
    {
        w.WriteStartObject();
        w.WriteString("id", document.Id);
        w.WriteString("title", document.Title);
        if (document.Outlet is { } outlet)
        {
            w.WriteNumber("outlet", context.Actor(outlet));
        }

        WriteOptional(w, "published", document.Published?.ToString());
        w.WriteString("text", document.Text);
        w.WriteEndObject();
    }

    private static void WriteStatement(Utf8JsonWriter w, Statement statement, Context context)
        => WriteRecord(w, statement.Id, "statement", statement.Kind.ToString(), statement.Date, statement.Via, statement.Plover, statement.Cameo, statement.Attestations, context, () =>
        {
            w.WriteNumber("speaker", context.Actor(statement.Speaker));
            WriteActors(w, "addressees", statement.Addressees, context);
        });

    private static void WriteBorderEvent(Utf8JsonWriter w, BorderEvent borderEvent, Context context)
        => WriteRecord(w, borderEvent.Id, "border", borderEvent.Kind.ToString(), borderEvent.Date, borderEvent.Via, borderEvent.Plover, borderEvent.Cameo, borderEvent.Attestations, context, () =>
        {
            WriteActors(w, "agents", borderEvent.Actors, context);
            WriteOptional(w, "border", borderEvent.Border?.ToString());
            if (borderEvent.Quantity is { } quantity)
            {
                w.WriteString("quantity", $"{quantity.Bound} {quantity.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)} {quantity.Unit}".TrimEnd());
            }

            if (!borderEvent.Locations.IsEmpty)
            {
                w.WriteStartArray("locations");
                foreach (var location in borderEvent.Locations)
                {
                    w.WriteStringValue(location);
                }

                w.WriteEndArray();
            }

            WriteOptional(w, "source", borderEvent.Source);
            WriteOptional(w, "destination", borderEvent.Destination);
        });

    /// <summary>The fields statements and border events share, around <paramref name="writeOwnFields"/>.</summary>
    private static void WriteRecord(
        Utf8JsonWriter w,
        string id,
        string type,
        string kind,
        PartialDate? date,
        ImmutableArray<Actor> via,
        PloverEventType? plover,
        string? cameo,
        ImmutableArray<Attestation> attestations,
        Context context,
        Action writeOwnFields)
    {
        w.WriteStartObject();
        w.WriteString("id", id);
        w.WriteString("type", type);
        w.WriteString("kind", kind);
        WriteDate(w, date);
        writeOwnFields();
        WriteActors(w, "via", via, context);
        WriteOptional(w, "plover", plover?.ToString());
        WriteOptional(w, "cameo", cameo);
        WriteAttestations(w, attestations, context);
        w.WriteEndObject();
    }

    private static void WriteDate(Utf8JsonWriter w, PartialDate? date)
    {
        if (date is not { } d)
        {
            return;
        }

        w.WriteStartObject("date");
        w.WriteString("text", d.ToString());
        w.WriteString("precision", d.Precision.ToString());

        // Days since 1970-01-01, the unit the page's axis is drawn in; the end day is inclusive.
        w.WriteNumber("start", d.Start.DayNumber - s_unixEpochDay);
        w.WriteNumber("end", d.End.DayNumber - s_unixEpochDay);
        w.WriteEndObject();
    }

    private static void WriteAttestations(Utf8JsonWriter w, ImmutableArray<Attestation> attestations, Context context)
    {
        w.WriteStartArray("attestations");
        foreach (var attestation in attestations)
        {
            var document = context.Document(attestation.Document);
            var offsets = context.Offsets[document];
            w.WriteStartObject();
            w.WriteNumber("document", document);
            w.WriteNumber("start", attestation.Start);
            w.WriteNumber("end", attestation.End);
            w.WriteNumber("from", offsets[attestation.Start]);
            w.WriteNumber("to", offsets[attestation.End]);
            w.WriteBoolean("direct", attestation.Direct);
            if (attestation.Via is { } via)
            {
                w.WriteNumber("via", context.Actor(via));
            }

            w.WriteStartArray("quotes");
            foreach (var quote in attestation.Quotes)
            {
                w.WriteStartObject();
                w.WriteNumber("start", quote.Start);
                w.WriteNumber("end", quote.End);
                w.WriteBoolean("direct", quote.Direct);
                w.WriteStartArray("fragments");
                if (quote.Fragments.IsEmpty)
                {
                    WriteUtf16Fragment(w, offsets, quote.Start, quote.End);
                }
                else
                {
                    foreach (var fragment in quote.Fragments)
                    {
                        WriteUtf16Fragment(w, offsets, fragment.Start, fragment.End);
                    }
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteUtf16Fragment(Utf8JsonWriter w, Utf16Offsets offsets, int start, int end)
    {
        w.WriteStartArray();
        w.WriteNumberValue(offsets[start]);
        w.WriteNumberValue(offsets[end]);
        w.WriteEndArray();
    }

    private static void WriteActors(Utf8JsonWriter w, string name, ImmutableArray<Actor> actors, Context context)
    {
        if (actors.IsEmpty)
        {
            return;
        }

        w.WriteStartArray(name);
        foreach (var actor in actors)
        {
            w.WriteNumberValue(context.Actor(actor));
        }

        w.WriteEndArray();
    }

    private static void WriteOptional(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    /// <summary>Index lookups for references, and each document's offset map.</summary>
    private sealed record Context(Dictionary<string, int> ActorIndex, Dictionary<string, int> DocumentIndex, Utf16Offsets[] Offsets)
    {
        public int Actor(Actor actor) => ActorIndex[actor.Id];

        public int Document(Document document) => DocumentIndex[document.Id];
    }
}
