using DomainKit.Cli.Data;
using DomainKit.Generators.Common;
using DomainKit.Generators.Diagnostics;
using DomainKit.Generators.Corpus;
using DomainKit.Generators.Corpus.Linking;

namespace DomainKit.Generators.Tests;

/// <summary>The generator's own entry point (<see cref="CorpusBuilder"/>) over in-memory files, without Roslyn: what the CLI does.</summary>
internal static class CorpusPipeline
{
    public static readonly RuntimeVocabulary Vocabulary = CorpusFolder.Vocabulary;

    /// <summary>The bundled corpus's files (src/DomainKit/Corpus), by path.</summary>
    public static Dictionary<string, string> BundledFiles()
    {
        var folder = Path.Combine(DiagnosticTests.RepositoryRoot(), "src", "DomainKit", "Corpus");
        return Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal)
            .ToDictionary(path => path.Replace('\\', '/'), File.ReadAllText, StringComparer.Ordinal);
    }

    /// <summary>The linked corpus (null when it could not be linked) and every diagnostic, for files of one folder.</summary>
    public static LinkResult Link(IReadOnlyDictionary<string, string> files)
        => CorpusBuilder.Build(files.Keys.Select(k => k[..Math.Max(0, k.LastIndexOf('/'))]).FirstOrDefault() ?? string.Empty, files, Vocabulary);

    /// <summary>A corpus of one document, <c>/c/doc</c>, without catalogs or annotation.conf.</summary>
    public static LinkResult LinkDocument(string text, string annotations)
        => Link(new Dictionary<string, string> { ["/c/doc.txt"] = text, ["/c/doc.ann"] = annotations });

    /// <summary>Links the files of the corpus folder <paramref name="folder"/>; also returns every file as parsed.</summary>
    public static (LinkResult Linked, IReadOnlyList<ParsedFile> Parsed) LinkFolder(string folder, IReadOnlyDictionary<string, string> files)
    {
        var parsed = files.Select(f => CorpusBuilder.Parse(f.Key, f.Value)).OfType<ParsedFile>().ToList();
        return (CorpusBuilder.Link(folder, parsed, Vocabulary), parsed);
    }
}
