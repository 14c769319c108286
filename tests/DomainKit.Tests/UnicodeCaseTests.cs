using System.Globalization;
using System.Text;
using DomainKit.Compiled;

namespace DomainKit.Tests;

public sealed class UnicodeCaseTests
{
    private const int LowSurrogateStart = 0xDC00, LowSurrogates = 1024, AstralStart = 0x10000;

    // In invariant mode (every test project's) char.ToUpperInvariant and Rune.ToUpperInvariant answer from the
    // runtime's Unicode data, not the machine's ICU: the tables' source. On a runtime with a newer Unicode the runs to
    // paste are printed.

    [Fact]
    public void The_upper_case_table_is_the_runtimes_own_of_every_character_but_surrogates()
    {
        AssertInvariantMode();
        var upper = Enumerable.Range(0, char.MaxValue + 1)
            .Select(c => char.IsSurrogate((char)c) ? c : char.ToUpperInvariant((char)c))
            .ToArray();

        AssertTable(upper, 0, 0, c => UnicodeCase.ToUpper((char)c));
        AssertTable(upper, 0, 0, UnicodeCase.ToUpper);
    }

    [Fact]
    public void The_astral_upper_case_is_the_runtimes_own_of_every_astral_code_point()
    {
        AssertInvariantMode();
        var upper = Enumerable.Range(AstralStart, 0x10FFFF + 1 - AstralStart)
            .Select(value => Rune.ToUpperInvariant(new Rune(value)).Value)
            .ToArray();

        AssertTable(upper, AstralStart, AstralStart, UnicodeCase.ToUpper);
    }

    [Fact]
    public void The_low_surrogate_fold_joins_the_low_halves_of_every_astral_case_pair_of_the_runtime_and_no_more()
    {
        AssertInvariantMode();
        // Each low surrogate's class under "an astral character and its upper case join their low halves",
        // named by its smallest member.
        var parent = Enumerable.Range(0, LowSurrogates).ToArray();
        for (var value = 0x10000; value <= 0x10FFFF; value++)
        {
            var upper = Rune.ToUpperInvariant(new Rune(value)).Value;
            if (upper != value)
            {
                Assert.Equal(value >> 10, upper >> 10); // a pair within one high surrogate's block, as the fold assumes
                var (a, b) = (Root(value & 0x3FF), Root(upper & 0x3FF));
                parent[Math.Max(a, b)] = Math.Min(a, b);
            }
        }

        var folds = Enumerable.Range(0, LowSurrogates).Select(i => LowSurrogateStart + Root(i)).ToArray();
        AssertTable(folds, LowSurrogateStart, 0, c => UnicodeCase.FoldLowSurrogate((char)c));

        int Root(int x)
        {
            while (parent[x] != x)
            {
                x = parent[x];
            }

            return x;
        }
    }

    [Theory]
    [InlineData('a', 'A')]
    [InlineData('A', 'A')]
    [InlineData('ÿ', 'Ÿ')]
    [InlineData('µ', 'Μ')]
    [InlineData('ς', 'Σ')]
    [InlineData('ǅ', 'Ǆ')]
    [InlineData('ǆ', 'Ǆ')]
    [InlineData('ı', 'ı')] // .NET maps neither dotless i nor long s to an ASCII letter, ignoring case or not
    [InlineData('ſ', 'ſ')]
    [InlineData('\u212A', '\u212A')] // the Kelvin sign is upper case already
    [InlineData('\u0264', '\uA7CB')] // ɤ and ƛ have capitals since Unicode 16.0, which ICU 72 (Debian 12's) lacks
    [InlineData('\u019B', '\uA7DC')]
    [InlineData('\uFF41', '\uFF21')]
    [InlineData('\uD800', '\uD800')]
    [InlineData('\uDC28', '\uDC28')]
    [InlineData('\uFFFF', '\uFFFF')]
    public void Characters_map_to_their_unicode_16_upper_case(char c, char upper)
    {
        Assert.Equal(upper, UnicodeCase.ToUpper(c));
        Assert.Equal(upper, UnicodeCase.ToUpper((int)c));
    }

    [Theory]
    [InlineData(0x10428, 0x10400)] // Deseret
    [InlineData(0x10400, 0x10400)]
    [InlineData(0x1E922, 0x1E900)] // Adlam
    [InlineData(0x1E943, 0x1E921)]
    [InlineData(0x16E60, 0x16E40)] // Medefaidrin
    [InlineData(0x1F600, 0x1F600)] // an emoji
    [InlineData(0x10FFFF, 0x10FFFF)]
    public void Astral_code_points_map_to_their_unicode_16_upper_case(int codePoint, int upper)
        => Assert.Equal(upper, UnicodeCase.ToUpper(codePoint));

    [Theory]
    [InlineData("\U00010428", "\U00010400")] // Deseret
    [InlineData("\U0001E922", "\U0001E900")] // Adlam
    [InlineData("\U000104D8", "\U000104B0")] // Osage
    [InlineData("\U00010CC0", "\U00010C80")] // Old Hungarian
    public void The_halves_of_an_astral_letter_and_of_its_capital_fold_alike(string small, string capital)
    {
        Assert.Equal(capital[0], small[0]);
        Assert.Equal(UnicodeCase.FoldLowSurrogate(capital[1]), UnicodeCase.FoldLowSurrogate(small[1]));
    }

    private static void AssertInvariantMode()
        => Assert.True(AppContext.TryGetSwitch("System.Globalization.Invariant", out var invariant) && invariant);

    /// <summary>
    /// Checks <paramref name="table"/> against the runtime's <paramref name="expected"/> images of the code points from
    /// <paramref name="first"/> on; a table's runs count them from <paramref name="runsFrom"/>.
    /// </summary>
    private static void AssertTable(int[] expected, int first, int runsFrom, Func<int, int> table)
    {
        // Backwards, so pages are filled from their last characters as well as their first.
        var differing = Enumerable.Range(0, expected.Length).Reverse()
            .Where(i => table(first + i) != expected[i])
            .Select(i => $"U+{first + i:X4}")
            .ToList();
        Assert.True(differing.Count == 0, $"{string.Join(", ", differing)} differ; the runtime's runs are:\n{Runs(expected, first, runsFrom)}");
    }

    /// <summary>A mapping in the tables' form: runs of first, last, step and what each adds (modulo 65,536).</summary>
    private static string Runs(int[] images, int first, int runsFrom)
    {
        var mapped = Enumerable.Range(0, images.Length)
            .Where(i => images[i] != first + i)
            .Select(i => (Character: first + i - runsFrom, Adds: (images[i] - (first + i)) & 0xFFFF))
            .ToList();
        var runs = new List<string>();
        for (var i = 0; i < mapped.Count;)
        {
            var next = i + 1;
            var step = 1;
            if (next < mapped.Count && mapped[next].Adds == mapped[i].Adds && mapped[next].Character - mapped[i].Character <= 2)
            {
                step = mapped[next].Character - mapped[i].Character;
                while (next < mapped.Count && mapped[next].Adds == mapped[i].Adds && mapped[next].Character - mapped[next - 1].Character == step)
                {
                    next++;
                }
            }

            runs.Add(string.Create(CultureInfo.InvariantCulture, $"0x{mapped[i].Character:X4}, 0x{mapped[next - 1].Character:X4}, {step}, 0x{mapped[i].Adds:X4},"));
            i = next;
        }

        return string.Join('\n', runs.Chunk(4).Select(line => "        " + string.Join(' ', line)));
    }
}
