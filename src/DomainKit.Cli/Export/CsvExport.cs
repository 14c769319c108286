using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using DomainKit.Cli.Output;
using static DomainKit.Cli.Export.ExportValues;

namespace DomainKit.Cli.Export;

/// <summary>
/// A dataset as RFC 4180 CSV (UTF-8, no byte order mark, CRLF), one file per record type. Statements and border
/// events share the event-data columns an ACLED or POLECAT user knows, one row per attesting document, so
/// <c>quote</c> is always <c>text[start:end]</c> of that document. docs/export.md describes every column.
/// </summary>
internal static class CsvExport
{
    /// <summary>The columns of <c>statements.csv</c> and <c>border_events.csv</c>.</summary>
    public static readonly string[] EventColumns =
    [
        "event_id", "event_type", "event_date", "event_date_end", "date_precision", "plover", "cameo", "actor1", "actor1_country", "actor2",
        "border", "quantity", "quantity_bound", "quantity_unit", "document", "start", "end", "quote", "direct", "via",
    ];

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static IReadOnlyList<string> Write(Dataset dataset, string directory) =>
    [
        Write(directory, "documents.csv", ["id", "title", "outlet", "published", "published_end", "date_precision", "text"], dataset.Documents.All, d =>
            [[d.Id, d.Title, d.Outlet?.Id, Start(d.Published), End(d.Published), Precision(d.Published), d.Text]]),
        Write(directory, "actors.csv", ["id", "name", "kind", "country", "member_of", "role", "aliases"], dataset.Actors.All, a =>
            [[a.Id, a.Name, Name(a.Kind), a.Country, a.MemberOf?.Id, a.Role, string.Join(";", a.Aliases)]]),
        Write(directory, "statements.csv", EventColumns, dataset.Statements.All, s => s.Attestations.Select(a => EventRow(
            s.Id, Name(s.Kind), s.Date, s.Plover, s.Cameo, s.Speaker, s.Addressees, border: null, quantity: null, a))),
        Write(directory, "border_events.csv", EventColumns, dataset.BorderEvents.All, e => e.Attestations.Select(a => EventRow(
            e.Id, Name(e.Kind), e.Date, e.Plover, e.Cameo, e.Actors.FirstOrDefault(), e.Actors.IsEmpty ? [] : e.Actors[1..], e.Border, e.Quantity, a))),
        Write(directory, "mentions.csv", ["document", "start", "end", "text", "actor", "fragments"], dataset.Mentions.All, m =>
            [[m.Document.Id, Number(m.Start), Number(m.End), m.Text, m.Actor.Id, string.Join(";", m.Fragments.Select(f => $"{f.Start}-{f.End}"))]]),
        Write(directory, "relations.csv", ["from", "relation", "to"], dataset.Relations, r => [[r.From, r.Kind, r.To]]),
    ];

    private static string?[] EventRow(
        string id, string type, PartialDate? date, PloverEventType? plover, string? cameo, Actor? actor1, ImmutableArray<Actor> actor2, Border? border, Quantity? quantity, Attestation a) =>
    [
        id, type, Start(date), End(date), Precision(date), plover?.ToString(), cameo, actor1?.Id, actor1?.Country, string.Join(";", actor2.Select(x => x.Id)),
        border?.ToString(), quantity is { } q ? Number(q.Value) : null, quantity is { } b ? Name(b.Bound) : null, quantity?.Unit,
        a.Document.Id, Number(a.Start), Number(a.End), a.Text, a.Direct ? "true" : "false", a.Via?.Id,
    ];

    private static string? Start(PartialDate? date) => date is { } d ? Day(d.Start) : null;

    private static string? End(PartialDate? date) => date is { } d ? Day(d.End) : null;

    private static string? Precision(PartialDate? date) => date is { } d ? Name(d.Precision) : null;

    private static string Write<T>(string directory, string name, string[] columns, IEnumerable<T> records, System.Func<T, IEnumerable<string?[]>> rows)
    {
        var path = Path.Combine(directory, name);
        using var writer = new StreamWriter(path, append: false, Utf8);
        Csv.WriteRow(writer, columns);
        foreach (var record in records)
        {
            foreach (var row in rows(record))
            {
                Csv.WriteRow(writer, row);
            }
        }

        return path;
    }
}
