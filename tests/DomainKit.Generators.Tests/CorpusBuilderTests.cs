using DomainKit.Generators.Common;
using DomainKit.Generators.Corpus;
using DomainKit.Generators.Corpus.Linking;
using DomainKit.Generators.Diagnostics;
using static DomainKit.Generators.Tests.LinkerRuleCorpus;

namespace DomainKit.Generators.Tests;

/// <summary>
/// <see cref="CorpusBuilder"/>, the one way from a folder's files to a linked corpus: corpus files only, paths with '/',
/// files in path order, an empty or oversized corpus reported and not linked, anything else linked.
/// </summary>
public sealed class CorpusBuilderTests
{
    private static readonly EquatableArray<CorpusDiagnostic> None = EquatableArray<CorpusDiagnostic>.Empty;

    [Theory]
    [InlineData("/c/doc.txt", "/c/doc.txt")]
    [InlineData(@"C:\c\sub\doc.txt", "C:/c/sub/doc.txt")]
    [InlineData("/c/", "/c")]
    [InlineData(@"C:\c\\", "C:/c")]
    [InlineData("/", "")]
    public void A_path_is_normalized_to_forward_slashes_without_a_trailing_one(string path, string normalized)
        => Assert.Equal(normalized, CorpusBuilder.NormalizePath(path));

    [Fact]
    public void A_corpus_file_is_parsed_under_its_normalized_path_and_any_other_file_is_not_parsed()
    {
        var parsed = CorpusBuilder.Parse(@"C:\c\sub\doc.TXT", "x")!;

        Assert.Equal(("C:/c/sub/doc.TXT", CorpusFileKind.Text, "C:/c/sub/doc.TXT"), (parsed.Path, parsed.Kind, parsed.Text!.Path));
        Assert.Null(CorpusBuilder.Parse("/c/README.md", "x"));
    }

    [Fact]
    public void A_folder_without_corpus_files_is_reported_at_the_folder_and_not_linked()
    {
        var expected = new LinkResult(null, new EquatableArray<CorpusDiagnostic>([
            new CorpusDiagnostic("DK0021", SourceSpan.Corpus("/c"), new EquatableArray<string>(["/c"]))]));

        Assert.Equal(expected, CorpusBuilder.Build("/c", [], CorpusPipeline.Vocabulary));
        var result = CorpusBuilder.Build("/c", [new("/c/README.md", "x"), new("/c/notes.tsv", "id\n")], CorpusPipeline.Vocabulary);
        Assert.Equal(expected, result);
        Assert.True(result.Diagnostics[0].Span.IsCorpus);
        Assert.Equal(
            "No corpus files were found under '/c'; add its .txt, .ann, .tsv and annotation.conf files as AdditionalFiles",
            result.Diagnostics[0].Message);
    }

    [Fact]
    public void A_corpus_with_files_over_a_limit_is_not_linked_and_reports_each_in_path_order()
    {
        var tooManyLines = new string('\n', CorpusLimits.MaxLinesPerFile + 1);

        var result = CorpusBuilder.Build("/c", [
            new("/c/annotation.conf", Schema), new("/c/doc.txt", "x"), new("/c/b.ann", tooManyLines), new("/c/a.ann", tooManyLines)],
            CorpusPipeline.Vocabulary);

        Assert.Null(result.Corpus);
        Assert.Equal(
            ["DK0034 a.ann(1,1): 'a.ann' | 1000001 lines | 1000000 lines per file", "DK0034 b.ann(1,1): 'b.ann' | 1000001 lines | 1000000 lines per file"],
            Shown(result.Diagnostics));
    }

    [Fact]
    public void A_corpus_is_blocked_when_it_has_no_file_or_is_over_a_limit_and_else_not()
    {
        var over = CorpusDiagnostic.Create(DiagnosticRules.LimitExceeded, SourceSpan.File("/c/a.ann"), "'a.ann'", "2 lines", "1 lines per file");

        Assert.Equal(["DK0021"], CorpusBuilder.Blocking("/c", new CorpusSize(0, 0, None, true)).Select(d => d.Id));
        Assert.Empty(CorpusBuilder.Blocking("/c", new CorpusSize(1, 0, None, true)));
        Assert.Empty(CorpusBuilder.Blocking("/c", new CorpusSize(1, CorpusLimits.MaxCorpusLength, None, false)));
        Assert.Equal([over], CorpusBuilder.Blocking("/c", new CorpusSize(1, 5, new EquatableArray<CorpusDiagnostic>([over]), false)));
        Assert.Equal(
            ["DK0034 c(1,1): Corpus '/c' | 268435457 characters | 268435456 characters per corpus"],
            Shown(CorpusBuilder.Blocking("/c", new CorpusSize(1, CorpusLimits.MaxCorpusLength + 1, None, false))));
    }

    [Fact]
    public void A_corpus_within_the_limits_is_linked_from_its_corpus_files_in_any_order_and_any_separator()
    {
        var result = CorpusBuilder.Build("/c", [
            new(@"\c\doc.ann", "T1\tActor 5 8\tAna\n"), new("/c/README.md", "not a corpus file"), new(@"\c\doc.txt", "Hola Ana."),
            new("/c/annotation.conf", Schema)],
            CorpusPipeline.Vocabulary);

        var document = Assert.Single(result.Corpus!.Documents);
        Assert.Equal(("doc", "Hola Ana."), (document.Id, document.Text));
        Assert.Equal(["Ana"], result.Corpus.Standoff.Single().TextBounds.Select(t => t.Span.Text));
        // The path a diagnostic shows is the normalized one.
        Assert.Equal(
            ["/c/doc.ann(1,1): warning DK0017: Actor mention T1 'Ana' has no 'actor:<id>' normalization; it is not a mention of any actor"],
            result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Gather_groups_the_files_in_path_order_so_the_first_catalog_in_path_order_counts()
    {
        ParsedFile[] files = [Parsed("b.txt", "b"), Parsed("sub/actors.tsv", ActorHeader), Parsed("B.txt", "B"), Parsed("actors.tsv", ActorHeader), Parsed("a.txt", "a")];

        var (corpus, blocking) = CorpusBuilder.Gather(Folder, files);

        Assert.Empty(blocking);
        Assert.Equal(["/c/B.txt", "/c/a.txt", "/c/b.txt"], corpus!.Texts.Select(t => t.Path));
        Assert.Same(files[3].Table, corpus.Actors);
        Assert.Equal(Folder, corpus.Folder);
    }

    [Fact]
    public void Gather_gives_no_files_and_the_reasons_for_a_corpus_that_is_not_linked()
    {
        var (corpus, blocking) = CorpusBuilder.Gather(Folder, []);

        Assert.Null(corpus);
        Assert.Equal(["DK0021 c(1,1): /c"], Shown(blocking));
    }
}
