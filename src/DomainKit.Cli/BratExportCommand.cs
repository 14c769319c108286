using System;
using System.IO;
using DomainKit.Generators.Corpus;
using DomainKit.Generators.Corpus.Export;

namespace DomainKit.Cli;

/// <summary>
/// Writes a corpus folder back as brat standoff and TSV catalogs from its linked model (ids renumbered): what the
/// generator kept, in the format curators edit. annotation.conf is copied as is. Errors leave their annotations out,
/// so the command fails on them; warnings are printed.
/// </summary>
internal static class BratExportCommand
{
    /// <summary>The bundled corpus, copied beside the executable.</summary>
    public static string BundledCorpus => Path.Combine(AppContext.BaseDirectory, "Corpus");

    public static int Run(string corpusFolder, string directory, TextWriter output, TextWriter error)
    {
        if (!Directory.Exists(corpusFolder))
        {
            error.WriteLine($"error: no corpus folder '{corpusFolder}'");
            return 2;
        }

        var (corpus, diagnostics) = CorpusFolder.Link(corpusFolder);
        foreach (var diagnostic in diagnostics)
        {
            error.WriteLine(diagnostic.ToString());
        }

        if (corpus is null)
        {
            return 1;
        }

        Directory.CreateDirectory(directory);
        var files = CorpusWriter.Write(corpus);
        foreach (var (name, content) in files)
        {
            // A document in a subfolder of the corpus has the subfolder in its id, and gets it back here.
            var target = Path.Combine(directory, name);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllText(target, content);
        }

        var schema = Path.Combine(corpusFolder, CorpusFileParser.SchemaFileName);
        if (File.Exists(schema))
        {
            File.Copy(schema, Path.Combine(directory, CorpusFileParser.SchemaFileName), overwrite: true);
        }

        output.WriteLine($"wrote {files.Count} files to {directory}");
        return 0;
    }
}
