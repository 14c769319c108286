using DomainKit.Generators.Generation.Emit;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DomainKit.Generators.Tests;

/// <summary>
/// The shape of the switch <see cref="KeyDispatchEmitter"/> writes, beside what it returns (<see cref="EmitterSourceTests"/>
/// runs it): keys by length, then by the character at the first position that splits them into the most groups, at
/// most four character switches deep, cases and comparisons in ordinal order, case labels that survive any file
/// encoding and any line-break rule, and the layout itself on a small example.
/// </summary>
public sealed class KeyDispatchShapeTests
{
    [Theory]
    [InlineData(new[] { "ab", "ac", "bd" }, new[] { "key[1]" })]
    // A tie: both positions give two groups, the first is taken; below it one key is left in each case.
    [InlineData(new[] { "ba", "ab" }, new[] { "key[0]" })]
    // Three groups at position 1 before two at 0; each case of it with two keys is split again at 0; one key is compared.
    [InlineData(new[] { "yc", "xa", "yb", "xb", "ya" }, new[] { "key[1]", "key[0]", "key[0]" })]
    [InlineData(new[] { "", "a" }, new string[0])]
    public void Each_switch_is_on_the_first_position_that_splits_its_keys_into_the_most_groups(string[] keys, string[] switches)
    {
        var method = Emit(keys);

        Assert.Equal(["key.Length", .. switches], method.DescendantNodes().OfType<SwitchStatementSyntax>().Select(s => s.Expression.ToString()));
        Assert.All(method.DescendantNodes().OfType<SwitchStatementSyntax>().Skip(1), s => Assert.True(s.Sections.Count > 1, s.ToString()));
    }

    [Fact]
    public void A_small_dispatch_reads_as_one_case_per_length_then_per_character_each_ending_in_return_minus_one()
    {
        var w = new SourceWriter();
        KeyDispatchEmitter.Emit(w, "The index.", "IndexOf", new[] { "ba", "ab", "c" }.Select((key, index) => (key, index)).ToList());

        Assert.Equal(
            """
            /// <summary>The index.</summary>
            internal static int IndexOf(global::System.ReadOnlySpan<char> key)
            {
                switch (key.Length)
                {
                    case 1:
                        if (global::System.MemoryExtensions.Equals(key, "c", global::System.StringComparison.Ordinal)) return 2;
                        return -1;
                    case 2:
                        switch (key[0])
                        {
                            case 'a':
                                if (global::System.MemoryExtensions.Equals(key, "ab", global::System.StringComparison.Ordinal)) return 1;
                                return -1;
                            case 'b':
                                if (global::System.MemoryExtensions.Equals(key, "ba", global::System.StringComparison.Ordinal)) return 0;
                                return -1;
                        }
                        return -1;
                }
                return -1;
            }

            """,
            w.ToString());
    }

    [Theory]
    [MemberData(nameof(EmitterSourceTests.KeySets), MemberType = typeof(EmitterSourceTests))]
    public void Cases_and_the_comparisons_of_a_case_are_in_ordinal_order_whatever_the_order_of_the_keys(string[] keys)
    {
        var method = Emit(keys.Reverse().ToArray());

        foreach (var @switch in method.DescendantNodes().OfType<SwitchStatementSyntax>())
        {
            var labels = @switch.Sections.Select(s => Convert.ToInt32(((CaseSwitchLabelSyntax)s.Labels.Single()).Value.GetFirstToken().Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
            Assert.Equal(labels.Order(), labels);
        }

        foreach (var section in method.DescendantNodes().OfType<SwitchSectionSyntax>())
        {
            var compared = section.Statements.OfType<IfStatementSyntax>().Select(Compared).ToList();
            Assert.Equal(compared.Order(StringComparer.Ordinal), compared);
        }

        Assert.Equal(keys.Order(StringComparer.Ordinal), method.DescendantNodes().OfType<IfStatementSyntax>().Select(Compared).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Character_switches_nest_at_most_four_deep_below_the_length_switch()
    {
        // 2^6 keys over six positions of two letters: every position splits them, four are switched on (1 + 2 + 4 + 8
        // switches), and the four keys of each case of the last ones, which differ at the other two positions, are compared.
        var keys = Enumerable.Range(0, 64).Select(i => string.Concat(Enumerable.Range(0, 6).Select(bit => (i >> bit & 1) == 1 ? 'y' : 'x'))).ToArray();
        var method = Emit(keys);

        Assert.Equal(4, method.DescendantNodes().OfType<SwitchStatementSyntax>().Max(s => s.Ancestors().OfType<SwitchStatementSyntax>().Count()));
        Assert.Equal(1 + 2 + 4 + 8, method.DescendantNodes().OfType<SwitchStatementSyntax>().Count(s => s.Expression.ToString() != "key.Length"));
        Assert.All(
            method.DescendantNodes().OfType<SwitchSectionSyntax>().Where(s => !s.DescendantNodes().OfType<SwitchStatementSyntax>().Any()),
            leaf => Assert.Equal(4, leaf.Statements.OfType<IfStatementSyntax>().Count()));
    }

    [Fact]
    public void A_case_label_is_the_character_itself_only_for_printable_ASCII_but_quote_and_backslash()
    {
        // Escaped, a label is ASCII whatever the file's encoding (a lone surrogate has no UTF-8 form), and no line
        // separator or control character ends up inside a character literal.
        string[] keys = ["a", " ", "~", "\"", "'", "\\", "\u001f", "\u007f", "\t", "\u00e9", "\u2028", "\ud800", "\udfff"];

        Assert.Equal(
            [@"'\u0009'", @"'\u001F'", "' '", "'\"'", @"'\u0027'", @"'\u005C'", "'a'", "'~'", @"'\u007F'", @"'\u00E9'", @"'\u2028'", @"'\uD800'", @"'\uDFFF'"],
            Emit(keys).DescendantNodes().OfType<CaseSwitchLabelSyntax>().Skip(1).Select(label => label.Value.ToString()));
    }

    /// <summary>The key a comparison <c>if (MemoryExtensions.Equals(key, "...", Ordinal)) return i;</c> compares with.</summary>
    private static string Compared(IfStatementSyntax comparison)
        => (string)((LiteralExpressionSyntax)((InvocationExpressionSyntax)comparison.Condition).ArgumentList.Arguments[1].Expression).Token.Value!;

    /// <summary>The dispatch method for the keys, each with its position as index, parsed.</summary>
    private static MethodDeclarationSyntax Emit(string[] keys)
    {
        var w = new SourceWriter();
        KeyDispatchEmitter.Emit(w, "The index.", "IndexOf", keys.Select((key, index) => (key, index)).ToList());
        var root = CSharpSyntaxTree.ParseText("static class C {\n" + w + "}").GetRoot();
        Assert.Empty(root.GetDiagnostics());
        return root.DescendantNodes().OfType<MethodDeclarationSyntax>().Single();
    }
}
