using System.Collections.Generic;
using System.IO;
using System.Linq;
using DomainKit.Generators.Corpus;
using DomainKit.Generators.Corpus.Export;
using DomainKit.Generators.Corpus.Linking;

namespace DomainKit.Cli.Export;

/// <summary>
/// A corpus folder written back as brat standoff and TSV catalogs from its linked model (ids kept) and the catalogs'
/// export-only part (their other columns, relations.tsv's rows: <see cref="CatalogExtras"/>), in the format curators
/// edit. <c>annotation.conf</c> is copied as it is.
/// </summary>
internal static class BratExport
{
    public static IReadOnlyList<string> Write(LinkedCorpus corpus, CatalogExtras extras, string corpusFolder, string directory)
    {
        var written = new List<string>();
        foreach (var (name, content) in CorpusWriter.Write(corpus, extras))
        {
            // A document in a subfolder of the corpus has the subfolder in its id, and gets it back here.
            var path = Path.Combine(directory, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, content);
            written.Add(path);
        }

        var schema = Path.Combine(corpusFolder, CorpusFileParser.SchemaFileName);
        if (File.Exists(schema))
        {
            var copy = Path.Combine(directory, CorpusFileParser.SchemaFileName);
            File.Copy(schema, copy, overwrite: true);
            written.Add(copy);
        }

        return written.Order(System.StringComparer.Ordinal).ToList();
    }
}
