using System.CommandLine;
using System.IO;
using System.Linq;
using DomainKit.Cli.Data;
using DomainKit.Cli.Output;
using DomainKit.Generators.Diagnostics;

namespace DomainKit.Cli.Commands;

/// <summary>
/// <c>check [FOLDER]</c>: parses and links a corpus folder with the generator's own parser and linker and prints
/// what the build would report (its result, so on standard output), so curators can check a corpus without compiling it.
/// </summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var folder = new Argument<string?>("FOLDER") { Description = "The corpus folder (subfolders included); default: --corpus, else the bundled corpus", Arity = ArgumentArity.ZeroOrOne };
        var corpus = CommonOptions.Corpus();
        var command = new Command("check", "Report a corpus folder's DKnnnn diagnostics, as the build would, without compiling; exit 1 on errors") { folder, corpus };
        command.SetAction(result => Run(
            result.GetValue(folder) ?? result.GetValue(corpus) ?? CorpusFolder.Bundled,
            result.InvocationConfiguration.Output,
            result.InvocationConfiguration.Error));
        return command;
    }

    public static int Run(string folder, TextWriter output, TextWriter error)
    {
        if (!Directory.Exists(folder))
        {
            error.WriteLine($"error: no corpus folder '{folder}'");
            return ExitCodes.Usage;
        }

        var (corpus, diagnostics) = Terminal.WithProgress(error, $"Checking {folder}", () => CorpusFolder.Link(folder));
        foreach (var diagnostic in diagnostics)
        {
            output.WriteLine(diagnostic.ToString());
        }

        var errors = diagnostics.Count(d => d.Rule.Severity == DiagnosticSeverityLevel.Error);
        if (corpus is not null)
        {
            output.WriteLine($"{corpus.Documents.Count} documents, {corpus.Actors.Count} actors, {corpus.Statements.Count} statements, "
                + $"{corpus.BorderEvents.Count} border events, {corpus.Mentions.Count} mentions; "
                + $"{errors} errors, {diagnostics.Count(d => d.Rule.Severity == DiagnosticSeverityLevel.Warning)} warnings");
        }

        return corpus is null || errors > 0 ? ExitCodes.CorpusErrors : ExitCodes.Ok;
    }
}
