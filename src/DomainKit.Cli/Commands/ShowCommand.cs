using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using DomainKit.Cli.Data;
using DomainKit.Cli.Output;
using DomainKit.Generators.Corpus.Linking;
using Spectre.Console;

namespace DomainKit.Cli.Commands;

/// <summary>
/// <c>show ID</c>: one statement, border event, actor or document; for statements and border events every
/// attestation's passage in context, with the exact quoted spans (or the passage) highlighted: in colour on a
/// terminal, between <c>[[</c> and <c>]]</c> otherwise.
/// </summary>
internal static class ShowCommand
{
    /// <summary>Code points of context printed on each side of a passage.</summary>
    private const int Context = 80;

    // Mark highlighted spans while the text is built; printing turns them into colour or brackets.
    private const char HighlightStart = '\u0001';
    private const char HighlightEnd = '\u0002';

    public static Command Create()
    {
        var id = new Argument<string>("ID") { Description = "A statement, border event, actor or document id (an actor also by name or alias)" };
        var corpus = CommonOptions.Corpus();
        var format = CommonOptions.Format();
        var command = new Command("show", "Show one record; statements and border events with each attestation's passage in context, the exact span highlighted") { id, corpus, format };
        command.Validators.Add(result =>
        {
            if (result.GetValue(format) == OutputFormat.Csv)
            {
                result.AddError("show prints one record: --format table or json");
            }
        });
        command.SetDatasetAction(corpus, (result, dataset) =>
        {
            var output = result.InvocationConfiguration.Output;
            var error = result.InvocationConfiguration.Error;
            var key = result.GetRequiredValue(id);
            var asJson = result.GetValue(format) == OutputFormat.Json;
            if (dataset.Statements.TryGet(key, out var statement))
            {
                Print(output, asJson ? JsonSerializer.Serialize(statement, DomainKitJson.Default.Statement) : Describe(statement));
            }
            else if (dataset.BorderEvents.TryGet(key, out var borderEvent))
            {
                Print(output, asJson ? JsonSerializer.Serialize(borderEvent, DomainKitJson.Default.BorderEvent) : Describe(borderEvent));
            }
            else if (dataset.Documents.TryGet(key, out var document))
            {
                Print(output, asJson ? JsonSerializer.Serialize(document, DomainKitJson.Default.Document) : Describe(document, dataset));
            }
            else if (dataset.Actors.TryGet(key, out var actor) || dataset.Actors.TryFind(key, out actor))
            {
                Print(output, asJson ? JsonSerializer.Serialize(actor, DomainKitJson.Default.Actor) : Describe(actor, dataset));
            }
            else
            {
                error.WriteLine($"error: no statement, border event, document or actor '{key}'");
                return ExitCodes.Usage;
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static string Describe(Statement s)
    {
        var text = new StringBuilder();
        text.AppendLine($"statement {s.Id}");
        Field(text, "speaker", $"{s.Speaker.Id} ({s.Speaker.Name})");
        Field(text, "kind", s.Kind.ToString());
        Field(text, "date", s.Date?.ToString());
        Field(text, "addressees", string.Join(", ", s.Addressees.Select(a => a.Id)));
        Field(text, "via", string.Join(", ", s.Via.Select(a => a.Id)));
        Field(text, "plover", s.Plover?.ToString());
        Field(text, "cameo", s.Cameo);
        foreach (var a in s.Attestations)
        {
            var spans = a.Quotes.IsEmpty ? [(a.Start, a.End)] : a.Quotes.SelectMany(q => Ranges(q.Start, q.End, q.Fragments)).ToList();
            Attestation(text, a, spans);
        }

        return text.ToString().TrimEnd();
    }

    private static string Describe(BorderEvent e)
    {
        var text = new StringBuilder();
        text.AppendLine($"border event {e.Id}");
        Field(text, "kind", e.Kind.ToString());
        Field(text, "border", e.Border?.ToString());
        Field(text, "date", e.Date?.ToString());
        Field(text, "actors", string.Join(", ", e.Actors.Select(a => a.Id)));
        Field(text, "quantity", e.Quantity is { } q ? $"{q.Bound} {q.Value} {q.Unit}".TrimEnd() : null);
        Field(text, "locations", string.Join(", ", e.Locations));
        Field(text, "destination", e.Destination);
        Field(text, "source", e.Source);
        Field(text, "plover", e.Plover?.ToString());
        Field(text, "cameo", e.Cameo);
        foreach (var a in e.Attestations)
        {
            Attestation(text, a, [(a.Start, a.End)]);
        }

        return text.ToString().TrimEnd();
    }

    private static string Describe(Document d, Dataset dataset)
    {
        var text = new StringBuilder();
        text.AppendLine($"document {d.Id}");
        Field(text, "title", d.Title);
        Field(text, "outlet", d.Outlet?.Id);
        Field(text, "published", d.Published?.ToString());
        Field(text, "length", $"{new CodePointText(d.Text).Length} code points");
        Field(text, "statements", string.Join(", ", dataset.Statements.In(d).Select(s => s.Id)));
        Field(text, "border events", string.Join(", ", dataset.BorderEvents.In(d).Select(e => e.Id)));
        Field(text, "mentions", dataset.Mentions.In(d).Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return text.ToString().TrimEnd();
    }

    private static string Describe(Actor a, Dataset dataset)
    {
        var text = new StringBuilder();
        text.AppendLine($"actor {a.Id}");
        Field(text, "name", a.Name);
        Field(text, "kind", a.Kind.ToString());
        Field(text, "aliases", string.Join(", ", a.Aliases));
        Field(text, "country", a.Country);
        Field(text, "member of", a.MemberOf?.Id);
        Field(text, "role", a.Role);
        Field(text, "statements", string.Join(", ", dataset.Statements.BySpeaker(a).Select(s => s.Id)));
        var mentions = dataset.Mentions.Of(a);
        Field(text, "mentions", $"{mentions.Count} in {mentions.Select(m => m.Document).Distinct().Count()} documents");
        return text.ToString().TrimEnd();
    }

    private static void Field(StringBuilder text, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            text.AppendLine($"  {name,-13} {value}");
        }
    }

    private static IEnumerable<(int Start, int End)> Ranges(int start, int end, System.Collections.Immutable.ImmutableArray<CodePointRange> fragments)
        => fragments.IsEmpty ? [(start, end)] : fragments.Select(f => (f.Start, f.End));

    /// <summary>The passage with <see cref="Context"/> code points either side, the highlighted spans marked.</summary>
    private static void Attestation(StringBuilder text, Attestation a, IReadOnlyList<(int Start, int End)> highlighted)
    {
        var document = new CodePointText(a.Document.Text);
        var from = Math.Max(0, a.Start - Context);
        var to = Math.Min(document.Length, a.End + Context);
        text.AppendLine();
        text.AppendLine($"{a.Document.Id} [{a.Start}, {a.End}){(a.Via is { } via ? " via " + via.Id : string.Empty)}");
        text.Append(from > 0 ? "  …" : "  ");
        var position = from;
        foreach (var (start, end) in highlighted.Where(h => h.Start >= from && h.End <= to).OrderBy(h => h.Start))
        {
            if (start < position)
            {
                continue;
            }

            text.Append(document.Slice(position, start));
            text.Append(HighlightStart).Append(document.Slice(start, end)).Append(HighlightEnd);
            position = end;
        }

        text.Append(document.Slice(position, to));
        text.AppendLine(to < document.Length ? "…" : string.Empty);
    }

    private static void Print(TextWriter output, string text)
    {
        if (Terminal.IsTerminal(output))
        {
            Terminal.Over(output).MarkupLine(Markup.Escape(text).Replace(HighlightStart.ToString(), "[black on yellow]", StringComparison.Ordinal).Replace(HighlightEnd.ToString(), "[/]", StringComparison.Ordinal));
        }
        else
        {
            output.WriteLine(text.Replace(HighlightStart.ToString(), "[[", StringComparison.Ordinal).Replace(HighlightEnd.ToString(), "]]", StringComparison.Ordinal));
        }
    }
}
