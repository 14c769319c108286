using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using DomainKit.Cli.Output;
using DomainKit.Generators.Corpus.Linking;
using DomainKit.Generators.Diagnostics;

namespace DomainKit.Cli.Data;

/// <summary>The dataset a command works on: the bundled one, or a corpus folder parsed and linked at run time.</summary>
internal static class DatasetSource
{
    /// <summary>Opens <paramref name="folder"/> as <see cref="TryLink"/> does, or the bundled dataset when it is null.</summary>
    public static bool TryOpen(string? folder, TextWriter error, [NotNullWhen(true)] out Dataset? dataset, out int exitCode)
    {
        dataset = null;
        if (folder is null)
        {
            dataset = Afghanistan2021.Dataset;
            exitCode = ExitCodes.Ok;
            return true;
        }

        if (!TryLink(folder, error, out var linked, out exitCode))
        {
            return false;
        }

        dataset = CorpusDataset.From(linked.Corpus!);
        return true;
    }

    /// <summary>
    /// Parses and links <paramref name="folder"/>. A missing folder is a usage error (exit 2); a corpus with errors
    /// prints them on <paramref name="error"/> (exit 1). Warnings are left to <c>check</c>. On success the result
    /// has its corpus and the catalogs' export-only part (<see cref="LinkResult.Extras"/>).
    /// </summary>
    public static bool TryLink(string folder, TextWriter error, [NotNullWhen(true)] out LinkResult? result, out int exitCode)
    {
        result = null;
        if (!Directory.Exists(folder))
        {
            error.WriteLine($"error: no corpus folder '{folder}'");
            exitCode = ExitCodes.Usage;
            return false;
        }

        var linked = Terminal.WithProgress(error, $"Reading {folder}", () => CorpusFolder.Link(folder));
        var errors = linked.Diagnostics.Where(d => d.Rule.Severity == DiagnosticSeverityLevel.Error).ToList();
        foreach (var diagnostic in errors)
        {
            error.WriteLine(diagnostic.ToString());
        }

        if (linked.Corpus is null || errors.Count > 0)
        {
            error.WriteLine($"error: the corpus in '{folder}' has {errors.Count} error(s); 'domainkit check {folder}' lists every diagnostic");
            exitCode = ExitCodes.CorpusErrors;
            return false;
        }

        result = linked;
        exitCode = ExitCodes.Ok;
        return true;
    }
}
