using System;
using System.IO;
using System.Linq;
using DomainKit.Generators.Diagnostics;

namespace DomainKit.Cli;

/// <summary>
/// Parses and links a corpus folder with the generator's own parser and linker, and prints what the build would
/// report, so curators can check a corpus without compiling it.
/// </summary>
internal static class CheckCommand
{
    public static int Run(string folder, TextWriter output)
    {
        if (!Directory.Exists(folder))
        {
            output.WriteLine($"error: no folder '{folder}'");
            return 2;
        }

        var (corpus, diagnostics) = CorpusFolder.Link(folder);
        foreach (var diagnostic in diagnostics)
        {
            output.WriteLine(diagnostic.ToString());
        }

        if (corpus is not null)
        {
            output.WriteLine($"{corpus.Documents.Count} documents, {corpus.Actors.Count} actors, {corpus.Statements.Count} statements, "
                + $"{corpus.BorderEvents.Count} border events, {corpus.Mentions.Count} mentions; "
                + $"{diagnostics.Count(d => d.Rule.Severity == DiagnosticSeverityLevel.Error)} errors, "
                + $"{diagnostics.Count(d => d.Rule.Severity == DiagnosticSeverityLevel.Warning)} warnings");
        }

        return corpus is null || diagnostics.Any(d => d.Rule.Severity == DiagnosticSeverityLevel.Error) ? 1 : 0;
    }
}
