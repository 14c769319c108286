using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DomainKit.Generators.Common;
using DomainKit.Generators.Corpus;
using DomainKit.Generators.Corpus.Linking;
using DomainKit.Generators.Diagnostics;

namespace DomainKit.Cli.Data;

/// <summary>Reads a corpus folder from disk and links it with the generator's own parser, limits and linker.</summary>
internal static class CorpusFolder
{
    /// <summary>The bundled corpus's files, copied beside the executable.</summary>
    public static string Bundled => Path.Combine(AppContext.BaseDirectory, "Corpus");

    /// <summary>The enum members of this runtime, as the generator reads them from a compilation.</summary>
    public static RuntimeVocabulary Vocabulary { get; } = new(
        Enum.GetNames<ActorKind>().ToEquatableArray(),
        Enum.GetNames<StatementKind>().ToEquatableArray(),
        Enum.GetNames<BorderEventKind>().ToEquatableArray(),
        Enum.GetNames<PloverEventType>().ToEquatableArray(),
        Enum.GetNames<QuantityBound>().ToEquatableArray());

    /// <summary>The linked corpus, or null when a size limit stops it; the diagnostics either way.</summary>
    public static (LinkedCorpus? Corpus, IReadOnlyList<CorpusDiagnostic> Diagnostics) Link(string folder)
    {
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
            return (null, overLimits);
        }

        var result = CorpusLinker.Link(CorpusFiles.From(folder, parsed), Vocabulary);
        return (result.Corpus, result.Diagnostics);
    }
}
