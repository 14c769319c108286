using System.Text;

namespace DomainKit.Synthetic;

/// <summary>
/// Deterministic synthetic corpora in DomainKit's real format (documents, brat <c>.ann</c>, <c>actors.tsv</c>,
/// <c>documents.tsv</c>, <c>relations.tsv</c> and the bundled <c>annotation.conf</c>) at a multiple of the bundled
/// corpus's size. The same scale and seed always give byte-identical files.
/// </summary>
public static class SyntheticCorpus
{
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The bundled corpus's <c>annotation.conf</c>, which every synthetic corpus uses.</summary>
    public static string Schema { get; } = ReadSchema();

    /// <summary>The files of the corpus of <paramref name="shape"/>, annotation.conf and the catalogs first, then each document's text and annotations.</summary>
    public static IReadOnlyList<SyntheticFile> Generate(SyntheticCorpusShape shape, int seed) => new CorpusComposer(shape, seed).Compose();

    /// <summary>Writes the corpus of <paramref name="shape"/> into <paramref name="folder"/> (created if missing) as UTF-8 without BOM.</summary>
    /// <returns>The number of files written.</returns>
    public static int Write(string folder, SyntheticCorpusShape shape, int seed)
    {
        Directory.CreateDirectory(folder);
        var files = Generate(shape, seed);
        foreach (var file in files)
        {
            File.WriteAllText(Path.Combine(folder, file.Name), file.Content, s_utf8);
        }

        return files.Count;
    }

    private static string ReadSchema()
    {
        using var stream = typeof(SyntheticCorpus).Assembly.GetManifestResourceStream("annotation.conf")
            ?? throw new InvalidOperationException("annotation.conf is not embedded.");
        using var reader = new StreamReader(stream, s_utf8);
        return reader.ReadToEnd();
    }
}
