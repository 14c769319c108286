using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Linq;
using DomainKit.Cli.Data;
using DomainKit.Cli.Output;

namespace DomainKit.Cli.Commands;

/// <summary><c>events</c>: border events filtered by border, kind and date range.</summary>
internal static class EventsCommand
{
    private static readonly Column<BorderEvent>[] Columns =
    [
        new("id", e => e.Id),
        new("date", e => e.Date?.ToString()),
        new("border", e => e.Border?.ToString()),
        new("kind", e => e.Kind.ToString()),
        new("actors", e => string.Join(";", e.Actors.Select(a => a.Id))),
        new("quantity", e => e.Quantity is { } q ? $"{q.Bound} {q.Value} {q.Unit}".TrimEnd() : null),
        new("documents", e => string.Join(";", e.Attestations.Select(a => a.Document.Id))),
    ];

    public static Command Create()
    {
        var border = new Option<Border?>("--border")
        {
            Description = "On this border: two ISO 3166-1 alpha-3 codes, such as AFG-TJK (either order)",
            CustomParser = ParseBorder,
        };
        var kind = new Option<BorderEventKind?>("--kind") { Description = "Of this kind" };
        var from = CommonOptions.From();
        var to = CommonOptions.To();
        var corpus = CommonOptions.Corpus();
        var format = CommonOptions.Format();
        var command = new Command("events", "List border events: retreats, reinforcements, closures and pledges at international borders")
        {
            border, kind, from, to, corpus, format,
        };
        command.SetDatasetAction(corpus, (result, dataset) =>
        {
            IEnumerable<BorderEvent> events = result.GetValue(border) is { } on ? dataset.BorderEvents.On(on) : dataset.BorderEvents.All;
            var kindValue = result.GetValue(kind);
            var (fromValue, toValue) = (result.GetValue(from), result.GetValue(to));
            var selected = events
                .Where(e => (kindValue is null || e.Kind == kindValue) && CommonOptions.InRange(e.Date, fromValue, toValue))
                .ToList();
            RecordOutput.Write(result.InvocationConfiguration.Output, result.GetValue(format), selected, Columns, DomainKitJson.Default.BorderEvent);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Border? ParseBorder(ArgumentResult result)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : null;
        if (Border.TryParse(text?.ToUpperInvariant(), out var parsed))
        {
            return parsed;
        }

        result.AddError($"'{text}' is not a border: give two different ISO 3166-1 alpha-3 codes, such as AFG-TJK");
        return null;
    }
}
