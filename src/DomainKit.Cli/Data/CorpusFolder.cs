using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using DomainKit.Generators.Common;
using DomainKit.Generators.Corpus;
using DomainKit.Generators.Corpus.Linking;

namespace DomainKit.Cli.Data;

/// <summary>Reads a corpus folder from disk and builds it with the generator's own <see cref="CorpusBuilder"/>.</summary>
internal static class CorpusFolder
{
    /// <summary>The bundled corpus's files, copied beside the executable.</summary>
    public static string Bundled => Path.Combine(AppContext.BaseDirectory, "Corpus");

    /// <summary>The enum members of the runtime this CLI is built with, as the generator reads them from a compilation.</summary>
    public static readonly RuntimeVocabulary Vocabulary = RuntimeVocabulary.Of<ActorKind, StatementKind, BorderEventKind, PloverEventType, QuantityBound>();

    /// <summary>The linked corpus of every file under <paramref name="folder"/> (null when it could not be linked), and the diagnostics either way.</summary>
    public static LinkResult Link(string folder) => CorpusBuilder.Build(
        folder,
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(path => CorpusFileParser.Classify(path) is not null)
            // Decoded as brat decodes it: a byte order mark stays the first character, which brat's offsets count.
            .Select(path => new KeyValuePair<string, string>(path, new UTF8Encoding(false).GetString(File.ReadAllBytes(path)))),
        Vocabulary);
}
