using DomainKit.Generators.Common;
using DomainKit.Generators.Corpus;
using DomainKit.Generators.Diagnostics;

namespace DomainKit.Generators.Tests;

/// <summary>
/// <see cref="CorpusSize"/>: what the corpus-wide checks read of some files (count, length, the over-limit diagnostics
/// in path order, whether every file reported a BOM), and two sizes added as the generator adds them.
/// </summary>
public sealed class CorpusSizeTests
{
    private static readonly EquatableArray<CorpusDiagnostic> None = EquatableArray<CorpusDiagnostic>.Empty;

    [Fact]
    public void No_files_have_no_size_and_are_every_one_marked()
        => Assert.Equal(new CorpusSize(0, 0, None, true), CorpusSize.Of([]));

    [Fact]
    public void The_size_counts_the_files_and_adds_their_lengths_beyond_an_int()
        => Assert.Equal(
            new CorpusSize(3, 2L * int.MaxValue + 7, None, false),
            CorpusSize.Of([File("/c/a.txt", int.MaxValue), File("/c/b.txt", 7), File("/c/c.ann", int.MaxValue)]));

    [Fact]
    public void The_files_over_a_limit_are_listed_in_ordinal_path_order_whatever_the_order_of_the_files()
    {
        // Ordinal: upper case before lower case, and a folder's files after a shorter name that is its prefix.
        var size = CorpusSize.Of([Over("/c/b.txt"), File("/c/ok.txt", 1), Over("/c/a/z.ann"), Over("/c/B.txt"), Over("/c/a.txt")]);

        Assert.Equal(["/c/B.txt", "/c/a.txt", "/c/a/z.ann", "/c/b.txt"], size.OverLimit.Select(d => d.Span.Path));
        Assert.Equal((5, 4L * 10 + 1), (size.Files, size.Length));
    }

    public static TheoryData<bool[], bool> Marks => new()
    {
        { [true], true },
        { [true, true, true], true },
        { [false], false },
        { [true, false, true], false },
        { [false, true], false },
        { [true, true, false], false },
    };

    [Theory]
    [MemberData(nameof(Marks))]
    public void Every_file_is_marked_only_when_each_one_reported_a_BOM(bool[] marks, bool everyFileMarked)
        => Assert.Equal(everyFileMarked, CorpusSize.Of(marks.Select((m, i) => File($"/c/{i}.txt", 1, m))).EveryFileMarked);

    [Fact]
    public void Two_sizes_add_their_counts_and_lengths()
    {
        var sum = new CorpusSize(2, 10, None, true).Plus(new CorpusSize(3, 100, None, true));

        Assert.Equal(new CorpusSize(5, 110, None, true), sum);
    }

    [Theory]
    [InlineData(true, true, true)]
    [InlineData(true, false, false)]
    [InlineData(false, true, false)]
    [InlineData(false, false, false)]
    public void Two_sizes_are_every_one_marked_when_both_are(bool left, bool right, bool both)
        => Assert.Equal(both, new CorpusSize(1, 1, None, left).Plus(new CorpusSize(1, 1, None, right)).EveryFileMarked);

    [Fact]
    public void The_files_over_a_limit_of_two_sizes_are_merged_in_path_order()
    {
        var annotations = CorpusSize.Of([Over("/c/b.ann"), Over("/c/d.ann")]);
        var others = CorpusSize.Of([Over("/c/c.txt"), Over("/c/a.txt")]);

        Assert.Equal(["/c/a.txt", "/c/b.ann", "/c/c.txt", "/c/d.ann"], annotations.Plus(others).OverLimit.Select(d => d.Span.Path));
        Assert.Equal(["/c/a.txt", "/c/b.ann", "/c/c.txt", "/c/d.ann"], others.Plus(annotations).OverLimit.Select(d => d.Span.Path));
    }

    [Fact]
    public void When_one_side_has_no_file_over_a_limit_the_other_sides_are_kept()
    {
        var over = CorpusSize.Of([Over("/c/a.txt"), Over("/c/b.txt")]);
        var within = CorpusSize.Of([File("/c/c.txt", 1)]);

        Assert.Equal(over.OverLimit, over.Plus(within).OverLimit);
        Assert.Equal(over.OverLimit, within.Plus(over).OverLimit);
        Assert.Equal(None, within.Plus(within).OverLimit);
        Assert.Equal(new CorpusSize(3, 21, over.OverLimit, false), within.Plus(over));
    }

    private static ParsedFile File(string path, int length, bool marked = false)
        => new(path, CorpusFileKind.Text, null, null, null, null) { Length = length, DecodedWithByteOrderMark = marked };

    /// <summary>A file over the per-file limit, 10 characters long in this size (the diagnostic names its path).</summary>
    private static ParsedFile Over(string path)
        => File(path, 10) with { OverLimit = CorpusDiagnostic.Create(DiagnosticRules.LimitExceeded, SourceSpan.File(path), path, "10 characters", "9 characters per file") };
}
