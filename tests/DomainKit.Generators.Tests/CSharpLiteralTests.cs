using System.Globalization;
using DomainKit.Generators.Generation.Emit;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DomainKit.Generators.Tests;

/// <summary>
/// Every corpus string reaches the generated source through <see cref="CSharpLiteral"/>: a literal must read back as
/// exactly the string it was written from, in printable ASCII only, and a doc-comment text must not be able to end
/// the comment, start markup, or hide text with control and direction characters.
/// </summary>
public class CSharpLiteralTests
{
    [Theory]
    [InlineData("", "\"\"")]
    [InlineData("plain text", "\"plain text\"")]
    [InlineData(" ~", "\" ~\"")]
    [InlineData("say \"no\"", "\"say \\\"no\\\"\"")]
    [InlineData("C:\\corpus", "\"C:\\\\corpus\"")]
    [InlineData("two\nlines", "\"two\\nlines\"")]
    [InlineData("tab\tcr\r", "\"tab\\u0009cr\\u000D\"")]
    [InlineData("\u001F\u007F", "\"\\u001F\\u007F\"")]
    [InlineData("Kabul \u2013 K\u00E2bul", "\"Kabul \\u2013 K\\u00E2bul\"")]
    [InlineData("\U0001F600", "\"\\uD83D\\uDE00\"")]
    [InlineData("\u2028*/\u202E", "\"\\u2028*/\\u202E\"")]
    public void A_string_literal_escapes_exactly_what_is_not_printable_ascii(string value, string literal)
        => Assert.Equal(literal, CSharpLiteral.String(value));

    [Fact]
    public void A_missing_string_is_the_null_literal() => Assert.Equal("null", CSharpLiteral.String(null));

    [Fact]
    public void Every_utf16_unit_reads_back_as_itself_from_a_literal_of_printable_ascii()
    {
        for (var unit = 0; unit <= char.MaxValue; unit++)
        {
            var value = "a" + (char)unit + "b";
            var literal = CSharpLiteral.String(value);

            Assert.All(literal, c => Assert.InRange(c, ' ', '~'));
            var parsed = Assert.IsType<LiteralExpressionSyntax>(SyntaxFactory.ParseExpression(literal));
            Assert.Empty(parsed.GetDiagnostics());
            Assert.Equal(value, parsed.Token.ValueText);
        }
    }

    [Fact]
    public void Integers_are_written_in_the_invariant_culture_whatever_the_machine_uses()
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            // Some cultures (Swedish, for one) write the minus sign as U+2212, which is not C#.
            var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
            culture.NumberFormat.NegativeSign = "\u2212";
            CultureInfo.CurrentCulture = culture;
            Assert.Equal("-12345", CSharpLiteral.Int(-12345));
            Assert.Equal("2147483647", CSharpLiteral.Int(int.MaxValue));
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Theory]
    [InlineData("Taliban & allies", "Taliban &amp; allies")]
    [InlineData("<see cref=\"X\"/>", "&lt;see cref=\"X\"/&gt;")]
    [InlineData("K\u00E2bul \u2013 \u0627\u0641\u063A\u0627\u0646\u0633\u062A\u0627\u0646", "K\u00E2bul \u2013 \u0627\u0641\u063A\u0627\u0646\u0633\u062A\u0627\u0646")]
    [InlineData("line\nbreak\rand\ttab", "line break and tab")]
    [InlineData("a\u2028b\u2029c", "a b c")]
    [InlineData("abc\u202Edef\u200B", "abc def ")]
    [InlineData("\uE000private", " private")]
    [InlineData("\u0378unassigned", " unassigned")]
    [InlineData("\U0001F600", "  ")]
    [InlineData("*/ end", "*/ end")]
    public void A_doc_comment_text_escapes_markup_and_blanks_what_could_hide_or_break_a_line(string value, string text)
        => Assert.Equal(text, CSharpLiteral.DocText(value));
}
