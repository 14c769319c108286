using DomainKit.Generators.Corpus;
using DomainKit.Generators.Corpus.Linking;

namespace DomainKit.Generators.Tests;

/// <summary>The generator's own entry point (<see cref="CorpusBuilder"/>) over in-memory files, without Roslyn: what the CLI does.</summary>
internal static class CorpusPipeline
{
    public static readonly RuntimeVocabulary Vocabulary = RuntimeVocabulary.Of<ActorKind, StatementKind, BorderEventKind, PloverEventType, QuantityBound>();

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
}
