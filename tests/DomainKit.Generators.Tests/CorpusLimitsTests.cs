using System.Text;
using DomainKit.Generators.Common;
using DomainKit.Generators.Corpus;
using DomainKit.Generators.Diagnostics;

namespace DomainKit.Generators.Tests;

/// <summary>
/// <see cref="CorpusLimits"/> at each boundary: a file's length, its lines as an editor counts them (texts are exempt),
/// a corpus's length, and the DK0034 diagnostic each one gives.
/// </summary>
public sealed class CorpusLimitsTests
{
    private const int MaxLines = CorpusLimits.MaxLinesPerFile;

    private static readonly CorpusFileKind[] LineCountedKinds = Enum.GetValues<CorpusFileKind>().Where(k => k != CorpusFileKind.Text).ToArray();

    [Fact]
    public void A_file_of_the_maximum_length_is_within_the_limit_and_one_more_character_is_not()
    {
        var (longest, tooLong) = (new string('a', CorpusLimits.MaxFileLength), new string('a', CorpusLimits.MaxFileLength + 1));
        foreach (var kind in Enum.GetValues<CorpusFileKind>())
        {
            Assert.Null(CorpusLimits.CheckFile("/c/sub/file", kind, longest));
            Assert.Equal(
                Exceeded(SourceSpan.File("/c/sub/file"), "'file'", "33554433 characters", "33554432 characters per file"),
                CorpusLimits.CheckFile("/c/sub/file", kind, tooLong));
        }
    }

    [Fact]
    public void The_length_diagnostic_says_the_file_its_size_and_the_limit()
    {
        var diagnostic = CorpusLimits.CheckFile("/c/doc.ann", CorpusFileKind.Annotations, new string('\n', CorpusLimits.MaxFileLength + 1))!;

        // The length comes first: a file over both limits is reported for its characters.
        Assert.Equal(
            "'doc.ann' has 33554433 characters, more than the limit of 33554432 characters per file; the corpus is not compiled until it is split or trimmed",
            diagnostic.Message);
        Assert.Equal(("DK0034", SourceSpan.File("/c/doc.ann"), false), (diagnostic.Id, diagnostic.Span, diagnostic.Span.IsCorpus));
    }

    // Contents as a line repeated some times and a tail, built in the test: theory data this large would be written
    // into every test case's name.
    public static TheoryData<string, int, string, int> Lines => new()
    {
        { "\n", MaxLines, "", MaxLines },                 // a final line break starts no line
        { "\n", MaxLines - 1, "x", MaxLines },            // the last line has no line break
        { "\n", MaxLines, "x", MaxLines + 1 },
        { "\n", MaxLines + 1, "", MaxLines + 1 },
        { "x\r\n", MaxLines, "", MaxLines },              // CRLF is one line break
        { "x\r\n", MaxLines, "\r", MaxLines + 1 },        // a lone CR is text on a line
        { "\r", MaxLines + 1, "", 1 },
        { "", 0, "", 0 },
        { "", 0, "x", 1 },
    };

    [Theory]
    [MemberData(nameof(Lines))]
    public void Lines_are_counted_as_an_editor_counts_them_and_more_than_the_maximum_is_over_the_limit(string line, int times, string tail, int lines)
    {
        var content = new StringBuilder().Insert(0, line, times).Append(tail).ToString();
        foreach (var kind in LineCountedKinds)
        {
            var diagnostic = CorpusLimits.CheckFile("/c/file", kind, content);

            Assert.Equal(lines > MaxLines ? Exceeded(SourceSpan.File("/c/file"), "'file'", $"{lines} lines", "1000000 lines per file") : null, diagnostic);
        }
    }

    [Fact]
    public void The_line_diagnostic_says_the_file_its_lines_and_the_limit()
    {
        var diagnostic = CorpusLimits.CheckFile("/c/actors.tsv", CorpusFileKind.Actors, new string('\n', MaxLines + 1))!;

        Assert.Equal(
            "'actors.tsv' has 1000001 lines, more than the limit of 1000000 lines per file; the corpus is not compiled until it is split or trimmed",
            diagnostic.Message);
    }

    [Fact]
    public void A_text_has_no_line_limit()
        => Assert.Null(CorpusLimits.CheckFile("/c/doc.txt", CorpusFileKind.Text, new string('\n', 2 * MaxLines)));

    [Fact]
    public void A_corpus_of_the_maximum_length_is_within_the_limit_and_one_more_character_is_not()
    {
        Assert.Empty(CorpusLimits.CheckCorpus("/c", new CorpusSize(9, CorpusLimits.MaxCorpusLength, EquatableArray<CorpusDiagnostic>.Empty, false)));

        var diagnostic = Assert.Single(CorpusLimits.CheckCorpus("/c", new CorpusSize(9, CorpusLimits.MaxCorpusLength + 1, EquatableArray<CorpusDiagnostic>.Empty, false)));

        Assert.Equal(Exceeded(SourceSpan.Corpus("/c"), "Corpus '/c'", "268435457 characters", "268435456 characters per corpus"), diagnostic);
        Assert.True(diagnostic.Span.IsCorpus);
        Assert.Equal(
            "Corpus '/c' has 268435457 characters, more than the limit of 268435456 characters per corpus; the corpus is not compiled until it is split or trimmed",
            diagnostic.Message);
    }

    [Fact]
    public void The_files_over_a_limit_come_first_in_their_order_then_the_corpus_length()
    {
        var files = new[]
        {
            Exceeded(SourceSpan.File("/c/b.txt"), "'b.txt'", "1 characters", "0 characters per file"),
            Exceeded(SourceSpan.File("/c/a.txt"), "'a.txt'", "1 characters", "0 characters per file"),
        };

        Assert.Equal(files, CorpusLimits.CheckCorpus("/c", new CorpusSize(2, 2, new EquatableArray<CorpusDiagnostic>(files), false)));
        Assert.Equal(
            [.. files, Exceeded(SourceSpan.Corpus("/c"), "Corpus '/c'", "268435457 characters", "268435456 characters per corpus")],
            CorpusLimits.CheckCorpus("/c", new CorpusSize(2, CorpusLimits.MaxCorpusLength + 1, new EquatableArray<CorpusDiagnostic>(files), false)));
    }

    private static CorpusDiagnostic Exceeded(SourceSpan span, string what, string size, string limit)
        => new("DK0034", span, new EquatableArray<string>([what, size, limit]));
}
