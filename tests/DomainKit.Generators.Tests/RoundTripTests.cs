using DomainKit.Generators.Common;
using DomainKit.Generators.Corpus;
using DomainKit.Generators.Corpus.Linking;
using DomainKit.Generators.Corpus.Export;
using DomainKit.Generators.Corpus.Standoff;

namespace DomainKit.Generators.Tests;

/// <summary>Nothing is lost: the linked model written back as brat standoff and TSV says what its input said.</summary>
public class RoundTripTests
{
    [Fact]
    public void The_bundled_corpus_exported_as_brat_and_tsv_has_the_same_annotations_and_rows_as_its_input()
    {
        var input = CorpusPipeline.BundledFiles();
        var linked = CorpusPipeline.Link(input);
        Assert.Empty(linked.Diagnostics);

        var exported = CorpusWriter.Write(linked.Corpus!, linked.Extras!).ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);

        var compared = 0;
        foreach (var (path, content) in input)
        {
            var name = Path.GetFileName(path);
            switch (CorpusFileParser.Classify(path))
            {
                case CorpusFileKind.Annotations:
                    Assert.Equal(Keys(path, content), Keys(name, exported[name]));
                    break;
                case CorpusFileKind.Text:
                    Assert.Equal(content, exported[name]);
                    break;
                case CorpusFileKind.Actors or CorpusFileKind.Documents or CorpusFileKind.Relations:
                    var kind = CorpusFileParser.Classify(path)!.Value;
                    Assert.Equal(Sorted(LineAccounting.RowKeys(path, content, kind)), Sorted(LineAccounting.RowKeys(name, exported[name], kind)));
                    break;
                default:
                    continue;
            }

            compared++;
        }

        Assert.Equal(input.Count - 1, compared);
    }

    [Fact]
    public void The_exported_corpus_links_to_the_same_records()
    {
        var input = CorpusPipeline.BundledFiles();
        var linked = CorpusPipeline.Link(input);
        var corpus = linked.Corpus;
        var exported = CorpusWriter.Write(corpus!, linked.Extras!).ToDictionary(f => "/export/" + f.Key, f => f.Value, StringComparer.Ordinal);
        exported["/export/annotation.conf"] = input.Single(f => f.Key.EndsWith("/annotation.conf", StringComparison.Ordinal)).Value;

        var (again, diagnostics) = CorpusPipeline.Link(exported);

        Assert.Empty(diagnostics);
        Assert.Equal(corpus!.Actors, again!.Actors);
        Assert.Equal(corpus.Documents, again.Documents);
        Assert.Equal(corpus.Mentions, again.Mentions);
        Assert.Equal(corpus.Relations, again.Relations);
        Assert.Equal(corpus.Standoff, again.Standoff);
        Assert.Equal(corpus.Statements.Select(s => s.Id), again.Statements.Select(s => s.Id));
        Assert.Equal(corpus.BorderEvents.Select(e => e.Id), again.BorderEvents.Select(e => e.Id));
    }

    [Fact]
    public void Every_line_of_the_bundled_corpus_is_in_the_export()
    {
        var input = CorpusPipeline.BundledFiles();
        Assert.Empty(LineAccounting.Unaccounted(input, CorpusPipeline.Link(input)));
    }

    [Fact]
    public void Every_line_of_a_damaged_corpus_is_exported_or_diagnosed()
    {
        var corpus = new TestCorpus()
            .ReplaceLine("pledge.ann", "T3\t", $"T3\tActor {TestCorpus.Span(TestCorpus.PledgeText, "TASS")}\tTass")
            .ReplaceLine("pledge.ann", "N5\t", "N5\tReference T5 date:2021-07-32\tbad")
            .AppendLine("pledge.ann", "Q1\tnonsense")
            .AppendLine("pledge.ann", "A9\tDirect A2")
            .AppendLine("pledge.ann", "R1\tContradicts Arg1:E1 Arg2:T1")
            .ReplaceLine("echo.ann", "E1\t", "E1\tStatement:T2 Content:T3")
            .AppendLine("actors.tsv", "tass\tTASS again\tMedia\t\t\t\t");
        Assert.Empty(LineAccounting.Unaccounted(corpus.Files, CorpusPipeline.Link(corpus.Files)));
    }

    [Fact]
    public void A_line_dropped_without_a_diagnostic_is_found()
    {
        var corpus = new TestCorpus();
        var linked = CorpusPipeline.Link(corpus.Files);
        var withoutNote = linked.Corpus! with { Standoff = linked.Corpus.Standoff.Select(l => l with { Notes = EquatableArray<NoteModel>.Empty }).ToEquatableArray() };

        Assert.Equal(["pledge.ann(25): #1\tAnnotatorNotes T5\tJuly 2021 from the document date"], LineAccounting.Unaccounted(corpus.Files, linked with { Corpus = withoutNote }));
    }

    private static List<string> Keys(string path, string content) => Sorted(new StandoffKeys(StandoffParser.Parse(path, content)).Keys());

    private static List<string> Sorted(IEnumerable<string> keys) => keys.Order(StringComparer.Ordinal).ToList();
}
