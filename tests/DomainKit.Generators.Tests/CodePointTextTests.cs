using DomainKit.Generators.Corpus.Linking;

namespace DomainKit.Generators.Tests;

/// <summary>
/// brat counts offsets in code points; C# strings count UTF-16 units. An astral character (a surrogate pair) is one
/// code point and two units, so every span that starts on, ends at, covers or follows one must map to the right
/// units: a span that starts on the pair's low surrogate would cut the character in half.
/// </summary>
public class CodePointTextTests
{
    // Code points: a=0, 😀=1, b=2, 𝄞=3, 𝄞=4, c=5; UTF-16 units: a=0, 😀=1-2, b=3, 𝄞=4-5, 𝄞=6-7, c=8.
    private const string Text = "a\U0001F600b\U0001D11E\U0001D11Ec";

    public static TheoryData<int, int, string> Slices => new()
    {
        { 0, 1, "a" },                                  // ends just before an astral character
        { 1, 2, "\U0001F600" },                         // starts on it and covers exactly it
        { 0, 2, "a\U0001F600" },                        // ends just after it
        { 1, 3, "\U0001F600b" },                        // starts on it and goes on
        { 2, 3, "b" },                                  // lies between two astral characters
        { 3, 5, "\U0001D11E\U0001D11E" },               // two astral characters in a row
        { 4, 5, "\U0001D11E" },                         // starts on the second of a pair of astral characters
        { 4, 6, "\U0001D11Ec" },
        { 5, 6, "c" },                                  // after every astral character
        { 6, 6, "" },                                   // empty at the very end
        { 0, 6, Text },
    };

    [Theory]
    [MemberData(nameof(Slices))]
    public void Slices_count_code_points_on_and_around_astral_characters(int start, int end, string expected)
    {
        var text = new CodePointText(Text);

        Assert.Equal(expected, text.Slice(start, end));
    }

    [Fact]
    public void Every_code_point_maps_to_the_first_unit_of_its_character()
    {
        var text = new CodePointText(Text);

        Assert.Equal(6, text.Length);
        Assert.Equal([0, 1, 3, 4, 6, 8, 9], Enumerable.Range(0, text.Length + 1).Select(text.ToUtf16));
        for (var codePoint = 0; codePoint < text.Length; codePoint++)
        {
            Assert.False(char.IsLowSurrogate(Text[text.ToUtf16(codePoint)]), $"code point {codePoint} maps into the middle of a surrogate pair");
        }
    }

    [Fact]
    public void A_text_that_starts_with_an_astral_character_is_addressed_from_it()
    {
        var text = new CodePointText("\U0001F600 ok");

        Assert.Equal("\U0001F600", text.Slice(0, 1));
        Assert.Equal(" ok", text.Slice(1, 4));
    }

    [Fact]
    public void Locate_reports_the_unit_column_of_a_span_that_starts_on_an_astral_character()
    {
        var text = new CodePointText("x\n\U0001F600\U0001F600y");

        var span = text.Locate("doc.txt", 3, 4);

        Assert.Equal((1, 2, 4, 2), (span.Line, span.Column, span.Start, span.Length));
    }

    [Fact]
    public void A_lone_surrogate_counts_as_one_code_point()
    {
        var text = new CodePointText("a\uD800b\U0001F600");

        Assert.Equal(4, text.Length);
        Assert.Equal("b", text.Slice(2, 3));
        Assert.Equal("\U0001F600", text.Slice(3, 4));
    }

    [Fact]
    public void A_lone_surrogate_at_either_end_or_after_a_plain_character_is_its_own_code_point()
    {
        var text = new CodePointText("a\uDE00b\uD800");

        Assert.Equal(4, text.Length);
        Assert.Equal(["a", "\uDE00", "b", "\uD800"], Enumerable.Range(0, 4).Select(i => text.Slice(i, i + 1)));
        Assert.Equal(4, new CodePointText("\U0001F600a\uDE00\uD800").Length);
    }

    [Fact]
    public void Fragments_are_valid_when_inside_the_text_in_order_and_apart()
    {
        var text = new CodePointText("abcdefgh");

        Assert.True(text.AreValid(Fragments((0, 3), (5, 8))));
        Assert.True(text.AreValid(Fragments((5, 8), (0, 3))));
        Assert.True(text.AreValid(Fragments((2, 2))));
        Assert.True(text.AreValid(Fragments((0, 8))));
        Assert.False(text.AreValid(Fragments()));
        Assert.False(text.AreValid(Fragments((-1, 3))));
        Assert.False(text.AreValid(Fragments((3, 2))));
        Assert.False(text.AreValid(Fragments((0, 9))));
        Assert.False(text.AreValid(Fragments((0, 3), (2, 5))));
        Assert.False(text.AreValid(Fragments((2, 5), (0, 3))));
        Assert.False(text.AreValid(Fragments((0, 8), (3, 4))));
        Assert.False(text.AreValid(Fragments((3, 4), (0, 8))));
    }

    [Fact]
    public void Locate_gives_the_line_and_column_of_a_span_and_where_a_multi_line_span_ends()
    {
        var text = new CodePointText("ab\ncd\nef");

        var oneLine = text.Locate("doc.txt", 0, 2);
        Assert.Equal((0, 0, 0, 2, 0, 0), (oneLine.Line, oneLine.Column, oneLine.Start, oneLine.Length, oneLine.ExtraLines, oneLine.LastLineEndColumn));
        var fromBreak = text.Locate("doc.txt", 2, 4);
        Assert.Equal((0, 2, 2, 2, 1, 1), (fromBreak.Line, fromBreak.Column, fromBreak.Start, fromBreak.Length, fromBreak.ExtraLines, fromBreak.LastLineEndColumn));
        var twoBreaks = text.Locate("doc.txt", 4, 8);
        Assert.Equal((1, 1, 4, 4, 1, 2), (twoBreaks.Line, twoBreaks.Column, twoBreaks.Start, twoBreaks.Length, twoBreaks.ExtraLines, twoBreaks.LastLineEndColumn));
        var all = text.Locate("doc.txt", 0, 8);
        Assert.Equal((0, 0, 2, 2), (all.Line, all.Column, all.ExtraLines, all.LastLineEndColumn));
    }

    private static DomainKit.Generators.Common.EquatableArray<Corpus.Standoff.Fragment> Fragments(params (int Start, int End)[] fragments)
        => new(fragments.Select(f => new Corpus.Standoff.Fragment(f.Start, f.End)).ToArray());
}
