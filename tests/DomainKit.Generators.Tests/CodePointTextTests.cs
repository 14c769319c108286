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
}
