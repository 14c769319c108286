using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using DomainKit.Cli.Data;
using DomainKit.Cli.Output;

namespace DomainKit.Cli.Commands;

/// <summary><c>statements</c>: statements filtered by speaker, addressee, kind, date range and document.</summary>
internal static class StatementsCommand
{
    private static readonly Column<Statement>[] Columns =
    [
        new("id", s => s.Id),
        new("date", s => s.Date?.ToString()),
        new("speaker", s => s.Speaker.Id),
        new("kind", s => s.Kind.ToString()),
        new("addressees", s => string.Join(";", s.Addressees.Select(a => a.Id))),
        new("documents", s => s.Attestations.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("quote", s => s.Attestations[0].Quotes.FirstOrDefault()?.Text),
    ];

    public static Command Create()
    {
        var speaker = new Option<string?>("--speaker") { Description = "Said by this actor (id, name or alias)", HelpName = "ACTOR" };
        var addressee = new Option<string?>("--addressee") { Description = "Addressed to this actor (id, name or alias)", HelpName = "ACTOR" };
        var kind = new Option<StatementKind?>("--kind") { Description = "Of this kind" };
        var from = CommonOptions.From();
        var to = CommonOptions.To();
        var document = new Option<string?>("--document") { Description = "Attested by this document (its id)", HelpName = "ID" };
        var corpus = CommonOptions.Corpus();
        var format = CommonOptions.Format();
        var command = new Command("statements", "List statements: who said what to whom, when, and which documents report it")
        {
            speaker, addressee, kind, from, to, document, corpus, format,
        };
        command.SetDatasetAction(corpus, (result, dataset) =>
        {
            var error = result.InvocationConfiguration.Error;
            IEnumerable<Statement> statements = dataset.Statements.All;
            if (result.GetValue(speaker) is { } speakerName)
            {
                if (!Lookup.TryActor(dataset, speakerName, error, out var actor))
                {
                    return ExitCodes.Usage;
                }

                statements = dataset.Statements.BySpeaker(actor);
            }

            if (result.GetValue(addressee) is { } addresseeName)
            {
                if (!Lookup.TryActor(dataset, addresseeName, error, out var actor))
                {
                    return ExitCodes.Usage;
                }

                statements = statements.Where(s => s.Addressees.Contains(actor));
            }

            if (result.GetValue(document) is { } documentId)
            {
                if (!Lookup.TryDocument(dataset, documentId, error, out var found))
                {
                    return ExitCodes.Usage;
                }

                statements = statements.Where(s => s.Attestations.Any(a => a.Document == found));
            }

            var kindValue = result.GetValue(kind);
            var (fromValue, toValue) = (result.GetValue(from), result.GetValue(to));
            var selected = statements
                .Where(s => (kindValue is null || s.Kind == kindValue) && CommonOptions.InRange(s.Date, fromValue, toValue))
                .ToList();
            RecordOutput.Write(result.InvocationConfiguration.Output, result.GetValue(format), selected, Columns, DomainKitJson.Default.Statement);
            return ExitCodes.Ok;
        });
        return command;
    }
}
