using DomainKit.Generators.Corpus.Standoff;

namespace DomainKit.Generators.Tests;

/// <summary>
/// The string rules of brat's Python reader, one per test: Python's whitespace and <c>str.split()</c>, its
/// <c>str.splitlines()</c> line breaks, brat's annotation id grammar, and counting in code points.
/// </summary>
public class BratTextTests
{
    [Fact]
    public void Whitespace_is_pythons_so_the_information_separators_split_tokens_and_escape_does_not()
    {
        Assert.True(BratText.IsSpace('\u001C'));
        Assert.True(BratText.IsSpace('\u001F'));
        Assert.True(BratText.IsSpace('\u00A0'));
        Assert.False(BratText.IsSpace('\u001B'));
        Assert.False(BratText.IsSpace('!'));
        Assert.Equal([("a", 0), ("b\u001Bc", 2), ("d", 8)], BratText.SplitWhitespace("a\u001Fb\u001Bc \t d"));
    }

    [Fact]
    public void Splitting_on_whitespace_gives_each_token_with_the_column_it_starts_at()
    {
        Assert.Equal([("Speaker:T1", 2), ("Content:T2", 15)], BratText.SplitWhitespace("  Speaker:T1 \t Content:T2  "));
        Assert.Empty(BratText.SplitWhitespace(" \t "));
        Assert.Empty(BratText.SplitWhitespace(string.Empty));
    }

    [Theory]
    [InlineData("T1", true)]
    [InlineData("AN12", true)]
    [InlineData("T1a", true)]
    [InlineData("T12-b", true)]
    [InlineData("#3", true)]
    [InlineData("#AN3", true)]
    [InlineData("zZ9", true)]
    [InlineData("T0", true)]
    [InlineData("a1", true)]
    [InlineData("", false)]
    [InlineData("#", false)]
    [InlineData("T", false)]
    [InlineData("12", false)]
    [InlineData("1T", false)]
    [InlineData("T-1", false)]
    [InlineData("\u00C91", false)]
    [InlineData("@1", false)]
    [InlineData("[1", false)]
    [InlineData("`1", false)]
    [InlineData("{1", false)]
    [InlineData("T/", false)]
    [InlineData("T:", false)]
    public void An_annotation_id_is_letters_or_a_hash_then_digits_then_any_suffix(string value, bool isId)
        => Assert.Equal(isId, BratText.IsId(value));

    // Surrogates are built in code and the rows are not enumerated at discovery: xUnit serializes discovered rows for
    // the runner, which turns a lone surrogate into U+FFFD, so those rows would test nothing about surrogates.
    public static TheoryData<string, int, int> Utf16Indexes => new()
    {
        { "a\U0001F600b", 0, 0 },
        { "a\U0001F600b", 1, 1 },
        { "a\U0001F600b", 2, 3 },
        { "a\U0001F600b", 3, 4 },
        { "a\U0001F600b", 9, 4 },
        { "\uD800a", 1, 1 },
        { "a\uD800", 2, 2 },
        { "\uDE00\uD83D", 1, 1 },
    };

    public static TheoryData<string, int> CodePointLengths => new()
    {
        { string.Empty, 0 },
        { "abc", 3 },
        { "a\U0001F600b", 3 },
        { "\U0001F600\U0001D11E", 2 },
        { "\uD800", 1 },
        { "\uD800a", 2 },
        { "\uDE00\uD83D", 2 },
    };

    [Theory]
    [MemberData(nameof(Utf16Indexes), DisableDiscoveryEnumeration = true)]
    public void A_code_point_count_maps_to_the_utf16_index_after_that_many_code_points(string text, int codePoints, int index)
        => Assert.Equal(index, BratText.Utf16IndexOf(text, codePoints));

    [Theory]
    [MemberData(nameof(CodePointLengths), DisableDiscoveryEnumeration = true)]
    public void Length_in_code_points_counts_a_pair_once_and_a_lone_surrogate_once(string text, int length)
        => Assert.Equal(length, BratText.CodePointLength(text));

    [Theory]
    [InlineData(1, 1)]
    [InlineData(3, 2)]
    [InlineData(4, 3)]
    public void Code_points_before_a_utf16_index_count_each_pair_once(int utf16Length, int codePoints)
        => Assert.Equal(codePoints, BratText.CodePointsBefore("a\U0001F600b", utf16Length));

    [Fact]
    public void Lines_break_where_pythons_splitlines_breaks_them_and_nowhere_else()
    {
        var content = "\uFEFFa\nb\rc\r\nd\u000Be\u000Cf\u001Cg\u001Dh\u001Ei\u0085j\u2028k\u2029l\u001Fstill l\u0007\n\r\nlast";

        var lines = StandoffLines.Split("a.ann", content).ToList();

        Assert.Equal(["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l\u001Fstill l\u0007", "", "last"], lines.Select(l => l.Text));
        Assert.Equal(Enumerable.Range(0, 14), lines.Select(l => l.Number));
        Assert.All(lines, l => Assert.Equal(l.Text, content.Substring(l.Start, l.Text.Length)));
        Assert.Equal(1, lines[0].Start);
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("\uFEFF", 0)]
    [InlineData("a", 1)]
    [InlineData("a\n", 1)]
    [InlineData("a\r\n", 1)]
    [InlineData("a\r", 1)]
    [InlineData("a\n\n", 2)]
    [InlineData("a\r\r", 2)]
    [InlineData("\uFEFFa", 1)]
    public void A_final_line_break_ends_the_last_line_and_opens_no_new_one(string content, int count)
        => Assert.Equal(count, StandoffLines.Split("a.ann", content).Count());

    [Fact]
    public void Only_a_leading_byte_order_mark_is_dropped()
        => Assert.Equal(["a\uFEFFb"], StandoffLines.Split("a.ann", "a\uFEFFb").Select(l => l.Text));
}
