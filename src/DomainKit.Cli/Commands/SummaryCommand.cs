using System;
using System.CommandLine;
using System.IO;
using System.Linq;

namespace DomainKit.Cli.Commands;

/// <summary><c>summary</c> (also the tool with no command): counts, documents, actors by kind, statements by speaker, border events by date.</summary>
internal static class SummaryCommand
{
    public static Command Create()
    {
        var corpus = CommonOptions.Corpus();
        var command = new Command("summary", "Print an overview of the dataset: counts, documents, actors by kind, statements by speaker, border events by date") { corpus };
        command.SetDatasetAction(corpus, (result, dataset) => Write(dataset, result.InvocationConfiguration.Output));
        return command;
    }

    public static int Write(Dataset dataset, TextWriter output)
    {
        output.WriteLine($"DomainKit dataset: {dataset.Documents.Count} documents, {dataset.Actors.Count} actors, {dataset.Statements.Count} statements, "
            + $"{dataset.BorderEvents.Count} border events, {dataset.Mentions.Count} mentions, {dataset.Relations.Length} relations");

        output.WriteLine();
        output.WriteLine("Documents");
        foreach (var document in dataset.Documents.All)
        {
            output.WriteLine($"  {document.Published?.ToString() ?? "undated",-10}  {document.Outlet?.Name ?? "unknown outlet",-26}  {document.Title}");
        }

        output.WriteLine();
        output.WriteLine("Actors by kind");
        foreach (var group in dataset.Actors.All.GroupBy(a => a.Kind).OrderBy(g => g.Key))
        {
            output.WriteLine($"  {group.Key} ({group.Count()}): {string.Join(", ", group.Select(a => a.Name))}");
        }

        output.WriteLine();
        output.WriteLine("Statements by speaker");
        foreach (var group in dataset.Statements.All.GroupBy(s => s.Speaker).OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Name, StringComparer.Ordinal))
        {
            output.WriteLine($"  {group.Key.Name} ({group.Count()})");
            foreach (var statement in group.OrderBy(s => s.Date?.Start))
            {
                var quote = statement.Attestations[0].Quotes.FirstOrDefault()?.Text ?? string.Empty;
                output.WriteLine($"    {statement.Date?.ToString() ?? "undated",-21}  {statement.Kind,-12}  {statement.Attestations.Length} attestation(s)  \"{Shorten(quote, 70)}\"");
            }
        }

        output.WriteLine();
        output.WriteLine("Border events by date");
        foreach (var e in dataset.BorderEvents.All.OrderBy(e => e.Date?.Start ?? DateOnly.MaxValue).ThenBy(e => e.Id, StringComparer.Ordinal))
        {
            var quantity = e.Quantity is { } q ? $"  {q.Bound} {q.Value} {q.Unit}".TrimEnd() : string.Empty;
            var agents = e.Actors.IsEmpty ? string.Empty : "  by " + string.Join(", ", e.Actors.Select(a => a.Name));
            output.WriteLine($"  {e.Date?.ToString() ?? "undated",-21}  {e.Border?.ToString() ?? "no border",-9}  {e.Kind}{agents}{quantity}");
        }

        return ExitCodes.Ok;
    }

    private static string Shorten(string text, int length)
    {
        var flat = text.ReplaceLineEndings(" ");
        return flat.Length <= length ? flat : flat[..(length - 3)] + "...";
    }
}
