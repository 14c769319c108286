using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DomainKit.Generators.Corpus;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace DomainKit.Generators.Tests;

/// <summary>
/// The documented size limits (DK0034) and the byte order mark rule: a text keeps its BOM, as brat counts it, other
/// files drop it, and a host that reports a BOM for every file does not shift a text's offsets.
/// </summary>
public class LimitAndEncodingTests
{
    [Fact]
    public void A_corpus_over_the_size_limit_stops_with_the_limit_diagnostic_on_its_declaration()
    {
        // Nine texts just under the per-file limit share one string, so the test holds 60 MB, not 540 MB.
        var text = new string('a', CorpusLimits.MaxFileLength - 1);
        var corpus = new TestCorpus();
        for (var i = 0; i < 9; i++)
        {
            corpus[$"big{i:D2}.txt"] = text;
        }

        var result = GeneratorHarness.Run(corpus.Files);

        var diagnostic = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal("DK0034", diagnostic.Id);
        Assert.Equal("Consumer.cs", diagnostic.Location.GetLineSpan().Path);
        Assert.Contains($"more than the limit of {CorpusLimits.MaxCorpusLength} characters per corpus", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Empty(result.RunResult.Results.Single().GeneratedSources);
        Assert.Empty(result.CompileErrors);
    }

    [Fact]
    public void A_file_over_the_limit_is_not_parsed()
    {
        var parsed = CorpusFileParser.Parse("/c/huge.ann", CorpusFileKind.Annotations, "T1\tActor 0 1\tx\n" + new string(' ', CorpusLimits.MaxFileLength));

        Assert.Null(parsed.Annotations);
        Assert.Equal("DK0034", parsed.OverLimit?.Id);
    }

    [Fact]
    public void A_file_of_exactly_the_maximum_lines_is_read()
    {
        var lines = string.Concat(Enumerable.Repeat("#1\tAnnotatorNotes T1\tx\n", CorpusLimits.MaxLinesPerFile));

        Assert.Null(CorpusFileParser.Parse("/c/full.ann", CorpusFileKind.Annotations, lines).OverLimit);
        Assert.Equal("DK0034", CorpusFileParser.Parse("/c/full.ann", CorpusFileKind.Annotations, lines + "#1\tAnnotatorNotes T1\tx").OverLimit?.Id);
    }

    [Fact]
    public void Long_chains_within_the_limits_link_without_deep_recursion_or_quadratic_walks()
    {
        // 100,000 actors each a member of the next, and 20,000 events each an argument of the next whose last
        // one is dropped (its trigger is not a span): both chains used to be walked once per element.
        const int actors = 100_000, events = 20_000;
        var corpus = new TestCorpus();
        var rows = new StringBuilder(corpus["actors.tsv"]);
        for (var i = 0; i < actors; i++)
        {
            rows.Append($"chain{i}\tChain {i}\tGroup\t\t{(i + 1 < actors ? $"chain{i + 1}" : string.Empty)}\t\t\n");
        }

        corpus["actors.tsv"] = rows.ToString();
        corpus["annotation.conf"] = TestCorpus.Schema.Replace("[events]", "[events]\nLink\tNext?:Link");
        var ann = new StringBuilder(corpus["echo.ann"]).Append($"T9\tLink {TestCorpus.Span(TestCorpus.EchoText, "said")}\tsaid\n");
        for (var i = 1; i <= events; i++)
        {
            ann.Append($"E{i + 1}\tLink:{(i < events ? "T9" : "T8")} Next:E{i + 2}\n");
        }

        corpus["echo.ann"] = ann.ToString();

        var (linked, diagnostics) = CorpusPipeline.Link(corpus.Files);

        Assert.Equal(actors + 4, linked!.Actors.Count);
        // The dropped event, and the note that so many actors get no property each.
        Assert.Equal(["DK0006", "DK0035"], diagnostics.Select(d => d.Id).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(linked.Standoff.Single(l => linked.Documents[l.Document].Id == "echo").Events, e => e.Type == "Link");
    }

    [Fact]
    public void A_BOM_is_dropped_from_annotation_schema_and_catalog_files()
    {
        var plain = GeneratorHarness.Run(new TestCorpus().Files);
        var texts = new TestCorpus().Files
            .Select(f => (AdditionalText)new DecodedAdditionalText(f.Key, f.Key.EndsWith(".txt", StringComparison.Ordinal) ? Encoding.UTF8.GetBytes(f.Value) : WithBom(f.Value)))
            .ToList();

        var withBom = Run(texts);

        Assert.Empty(withBom.Diagnostics);
        Assert.Equal(Sources(plain.RunResult), Sources(withBom));
    }

    [Fact]
    public void A_text_decoded_from_bytes_with_a_BOM_keeps_it_as_character_0_as_brat_counts_it()
    {
        var corpus = new TestCorpus();
        var keptByHost = GeneratorHarness.Run(corpus.Files.ToDictionary(f => f.Key, f => f.Key.EndsWith(".txt", StringComparison.Ordinal) ? "\uFEFF" + f.Value : f.Value));
        var texts = corpus.Files
            .Select(f => (AdditionalText)new DecodedAdditionalText(f.Key, f.Key.EndsWith(".txt", StringComparison.Ordinal) ? WithBom(f.Value) : Encoding.UTF8.GetBytes(f.Value)))
            .ToList();

        var decoded = Run(texts);

        // The test corpus's offsets do not count a BOM, so both hosts see the same shifted spans.
        Assert.Contains(decoded.Diagnostics, d => d.Id == "DK0002");
        Assert.Equal(keptByHost.GeneratorDiagnostics.Select(d => d.ToString()), decoded.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void A_host_that_reports_a_BOM_for_every_file_does_not_shift_the_offsets_the_annotations_wrote()
    {
        var plain = GeneratorHarness.Run(new TestCorpus().Files);
        var texts = new TestCorpus().Files.Select(f => (AdditionalText)new StringAdditionalText(f.Key, SourceText.From(f.Value, Encoding.UTF8))).ToList();

        var everyFileReportsABom = Run(texts);

        Assert.Empty(everyFileReportsABom.Diagnostics);
        Assert.Equal(Sources(plain.RunResult), Sources(everyFileReportsABom));
    }

    [Fact]
    public void When_every_file_reports_a_BOM_a_text_whose_offsets_count_it_keeps_it_as_character_0()
    {
        var counting = new TestCorpus().Files.ToDictionary(
            f => f.Key,
            f => f.Key.EndsWith(".ann", StringComparison.Ordinal) ? CountingABom(f.Value) : f.Value);
        var keptByHost = GeneratorHarness.Run(counting.ToDictionary(f => f.Key, f => f.Key.EndsWith(".txt", StringComparison.Ordinal) ? "\uFEFF" + f.Value : f.Value));
        var texts = counting.Select(f => (AdditionalText)new StringAdditionalText(f.Key, SourceText.From(f.Value, Encoding.UTF8))).ToList();

        var everyFileReportsABom = Run(texts);

        Assert.Empty(keptByHost.GeneratorDiagnostics);
        Assert.Empty(everyFileReportsABom.Diagnostics);
        Assert.Equal(Sources(keptByHost.RunResult), Sources(everyFileReportsABom));
    }

    [Fact]
    public void Offsets_that_count_the_BOM_match_and_the_text_keeps_it()
    {
        var (corpus, diagnostics) = CorpusPipeline.LinkDocument("\uFEFFHola Ana.", "T1\tPerson 6 9\tAna\n");

        Assert.Equal(["DK0027"], diagnostics.Select(d => d.Id));
        var text = corpus!.Documents.Single().Text;
        Assert.Equal("Ana", text[6..9]);
        Assert.Equal('\uFEFF', text[0]);
    }

    /// <summary>The annotations with every text-bound offset one higher, as an annotator who counted a BOM wrote them.</summary>
    private static string CountingABom(string annotations) => string.Join("\n", annotations.Split('\n').Select(line =>
    {
        var fields = line.Split('\t');
        if (!line.StartsWith('T') || fields.Length < 2)
        {
            return line;
        }

        var typeAndOffsets = fields[1].Split(' ', 2);
        fields[1] = typeAndOffsets[0] + " " + Regex.Replace(typeAndOffsets[1], @"\d+", m => (int.Parse(m.Value, CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture));
        return string.Join('\t', fields);
    }));

    private static byte[] WithBom(string text) => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)];

    private static GeneratorDriverRunResult Run(List<AdditionalText> texts)
        => GeneratorHarness.Driver(texts).RunGenerators(GeneratorHarness.Compilation()).GetRunResult();

    private static List<string> Sources(GeneratorDriverRunResult result)
        => result.Results.Single().GeneratedSources.Select(s => s.HintName + "\n" + s.SourceText).ToList();

    /// <summary>An additional file whose host gives its text and the encoding it claims, as Stryker.NET's compilation does.</summary>
    private sealed class StringAdditionalText(string path, SourceText text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => text;
    }

    /// <summary>An additional file decoded from bytes as the compiler does, detecting (and dropping) a byte order mark.</summary>
    private sealed class DecodedAdditionalText(string path, byte[] bytes) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(bytes, bytes.Length, encoding: null);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }
}
