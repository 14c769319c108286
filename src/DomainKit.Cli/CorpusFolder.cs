using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using DomainKit.Generators.Corpus;
using DomainKit.Generators.Corpus.Linking;
using DomainKit.Generators.Diagnostics;

namespace DomainKit.Cli;

/// <summary>Reads a corpus folder from disk and links it with the generator's own parser, limits and linker.</summary>
internal static class CorpusFolder
{
    /// <summary>The linked corpus, or null when a size limit stops it; the diagnostics either way.</summary>
    public static (LinkedCorpus? Corpus, IReadOnlyList<CorpusDiagnostic> Diagnostics) Link(string folder)
    {
        var parsed = new List<ParsedFile>();
        foreach (var path in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (CorpusFileParser.Classify(path) is { } kind)
            {
                // Decoded as brat decodes it: a byte order mark stays the first character, which brat's offsets count.
                parsed.Add(CorpusFileParser.Parse(path.Replace('\\', '/'), kind, new UTF8Encoding(false).GetString(File.ReadAllBytes(path))));
            }
        }

        var overLimits = CorpusLimits.CheckCorpus(folder, parsed, SourceSpan.File(folder));
        if (overLimits.Count > 0)
        {
            return (null, overLimits);
        }

        var result = CorpusLinker.Link(CorpusFiles.From(folder, parsed), CheckCommand.Vocabulary());
        return (result.Corpus, result.Diagnostics);
    }
}
