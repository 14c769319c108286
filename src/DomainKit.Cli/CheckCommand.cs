using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DomainKit.Generators.Common;
using DomainKit.Generators.Corpus;
using DomainKit.Generators.Corpus.Linking;
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

        var parsed = new List<ParsedFile>();
        foreach (var path in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (CorpusFileParser.Classify(path) is { } kind)
            {
                parsed.Add(CorpusFileParser.Parse(path.Replace('\\', '/'), kind, File.ReadAllText(path)));
            }
        }

        var overLimits = CorpusLimits.CheckCorpus(folder, parsed, SourceSpan.File(folder));
        if (overLimits.Count > 0)
        {
            foreach (var diagnostic in overLimits)
            {
                output.WriteLine(diagnostic.ToString());
            }

            return 1;
        }

        var files = CorpusFiles.From(folder, parsed);
        var result = CorpusLinker.Link(files, Vocabulary());
        foreach (var diagnostic in result.Diagnostics)
        {
            output.WriteLine(diagnostic.ToString());
        }

        var corpus = result.Corpus;
        output.WriteLine($"{corpus.Documents.Count} documents, {corpus.Actors.Count} actors, {corpus.Statements.Count} statements, "
            + $"{corpus.BorderEvents.Count} border events, {corpus.Mentions.Count} mentions; "
            + $"{result.Diagnostics.Count(d => d.Rule.Severity == DiagnosticSeverityLevel.Error)} errors, "
            + $"{result.Diagnostics.Count(d => d.Rule.Severity == DiagnosticSeverityLevel.Warning)} warnings");
        return result.Diagnostics.Any(d => d.Rule.Severity == DiagnosticSeverityLevel.Error) ? 1 : 0;
    }

    /// <summary>The enum members of this runtime, as the generator reads them from a compilation.</summary>
    internal static RuntimeVocabulary Vocabulary() => new(
        Enum.GetNames<ActorKind>().ToEquatableArray(),
        Enum.GetNames<StatementKind>().ToEquatableArray(),
        Enum.GetNames<BorderEventKind>().ToEquatableArray(),
        Enum.GetNames<PloverEventType>().ToEquatableArray(),
        Enum.GetNames<QuantityBound>().ToEquatableArray());
}
