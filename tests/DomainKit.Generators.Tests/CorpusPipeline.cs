using DomainKit.Generators.Common;
using DomainKit.Generators.Corpus;
using DomainKit.Generators.Corpus.Linking;
using DomainKit.Generators.Diagnostics;

namespace DomainKit.Generators.Tests;

/// <summary>The generator's pure pipeline (parse, limits, link) over in-memory files, without Roslyn: what the CLI does.</summary>
internal static class CorpusPipeline
{
    public static readonly RuntimeVocabulary Vocabulary = new(
        Enum.GetNames<ActorKind>().ToEquatableArray(),
        Enum.GetNames<StatementKind>().ToEquatableArray(),
        Enum.GetNames<BorderEventKind>().ToEquatableArray(),
        Enum.GetNames<PloverEventType>().ToEquatableArray(),
        Enum.GetNames<QuantityBound>().ToEquatableArray());

    /// <summary>The bundled corpus's files (src/DomainKit/Corpus), by path.</summary>
    public static Dictionary<string, string> BundledFiles()
    {
        var folder = Path.Combine(DiagnosticTests.RepositoryRoot(), "src", "DomainKit", "Corpus");
        return Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal)
            .ToDictionary(path => path.Replace('\\', '/'), File.ReadAllText, StringComparer.Ordinal);
    }

    /// <summary>The linked corpus (null when a limit stopped it) and every diagnostic.</summary>
    public static (LinkedCorpus? Corpus, IReadOnlyList<CorpusDiagnostic> Diagnostics) Link(IReadOnlyDictionary<string, string> files)
    {
        var folder = files.Keys.Select(k => k[..Math.Max(0, k.LastIndexOf('/'))]).FirstOrDefault() ?? string.Empty;
        var (corpus, diagnostics, _) = LinkFolder(folder, files);
        return (corpus, diagnostics);
    }

    /// <summary>A corpus of one document, <c>/c/doc</c>, without catalogs or annotation.conf.</summary>
    public static (LinkedCorpus? Corpus, IReadOnlyList<CorpusDiagnostic> Diagnostics) LinkDocument(string text, string annotations)
        => Link(new Dictionary<string, string> { ["/c/doc.txt"] = text, ["/c/doc.ann"] = annotations });

    /// <summary>Links the files of the corpus folder <paramref name="folder"/>; also returns every file as parsed.</summary>
    public static (LinkedCorpus? Corpus, IReadOnlyList<CorpusDiagnostic> Diagnostics, IReadOnlyList<ParsedFile> Parsed) LinkFolder(
        string folder, IReadOnlyDictionary<string, string> files)
    {
        var parsed = files.OrderBy(f => f.Key, StringComparer.Ordinal)
            .Where(f => CorpusFileParser.Classify(f.Key) is not null)
            .Select(f => CorpusFileParser.Parse(f.Key, CorpusFileParser.Classify(f.Key)!.Value, f.Value))
            .ToList();
        var overLimits = CorpusLimits.CheckCorpus(folder, parsed, SourceSpan.File(folder));
        if (overLimits.Count > 0)
        {
            return (null, overLimits, parsed);
        }

        var result = CorpusLinker.Link(CorpusFiles.From(folder, parsed), Vocabulary);
        return (result.Corpus, result.Diagnostics, parsed);
    }
}
