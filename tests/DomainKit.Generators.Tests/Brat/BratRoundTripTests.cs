using System.Globalization;
using DomainKit.Cli.Data;
using DomainKit.Generators.Corpus.Linking;
using DomainKit.Standoff;
using Xunit.Abstractions;

namespace DomainKit.Generators.Tests.Brat;

/// <summary>
/// Every third-party corpus of <c>shared/external-brat</c>, written back with the brat export and compiled: the export
/// holds every annotation line of the input (normalized, <see cref="LineAccounting"/>) unless the line or one it
/// depends on has a diagnostic, and the compiled dataset's standoff layer holds every annotation the export holds.
/// </summary>
public class BratRoundTripTests(ITestOutputHelper output)
{
    [Fact]
    public void Every_external_corpus_exports_and_compiles_every_annotation_line()
    {
        var verdict = ExternalBratCorpora.Verdict();
        var lost = new List<string>();
        var compiled = 0;
        foreach (var corpus in verdict.Corpora.GroupBy(ExternalBratCorpora.CorpusRoot, StringComparer.Ordinal).OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            var files = ExternalBratCorpora.Files(corpus.Key, corpus.Select(c => c.Folder));
            var (result, _) = CorpusPipeline.LinkFolder(ExternalBratCorpora.Folder(corpus.Key), files);
            var linked = result.Corpus;
            lost.AddRange(LineAccounting.Unaccounted(files, result).Select(line => corpus.Key + ": " + line));
            Assert.NotNull(linked);

            var dataset = CorpusDataset.From(linked);
            var byFolder = new SortedDictionary<string, int>(StringComparer.Ordinal);
            foreach (var layer in linked.Standoff)
            {
                var expected = StandoffLayerLines.Of(layer);
                var actual = StandoffLayerLines.Of(dataset.Documents[layer.Document].Standoff);
                Assert.Equal(expected, actual);
                var folder = Path.GetDirectoryName(corpus.Key + "/" + linked.Documents[layer.Document].Id)!.Replace('\\', '/');
                byFolder[folder] = byFolder.GetValueOrDefault(folder) + expected.Count;
            }

            Assert.Equal(byFolder.Values.Sum(), Count(dataset.Standoff));
            foreach (var (folder, annotations) in byFolder)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{folder}: {annotations} annotations compiled"));
            }

            compiled += byFolder.Values.Sum();
        }

        Assert.Empty(lost);
        // The "annotations compiled" total of docs/brat-compatibility.md: every line of a document with its text,
        // less the lines with an error (or depending on one). It changes only with shared/external-brat.
        Assert.Equal(59_571, compiled);
    }

    private static int Count(StandoffTables standoff)
        => standoff.TextBounds.Count + standoff.Events.Count + standoff.Relations.Count + standoff.Attributes.Count + standoff.Normalizations.Count
            + standoff.Notes.Count + standoff.Equivalences.Count;
}
