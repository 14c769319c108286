using System.Globalization;
using DomainKit.Compiled;

namespace DomainKit.Tests;

public sealed class UnicodeUpperCaseTests
{
    [Fact]
    public void The_table_is_the_runtimes_own_upper_case_of_every_character_but_surrogates()
    {
        // In invariant mode (every test project's) char.ToUpperInvariant answers from the runtime's Unicode data, not
        // the machine's ICU: the table's source. On a runtime with a newer Unicode the runs to paste are printed.
        Assert.True(AppContext.TryGetSwitch("System.Globalization.Invariant", out var invariant) && invariant);
        var differing = new List<string>();
        for (var c = (int)char.MaxValue; c >= 0; c--)
        {
            var expected = char.IsSurrogate((char)c) ? (char)c : char.ToUpperInvariant((char)c);
            if (UnicodeUpperCase.ToUpper((char)c) != expected)
            {
                differing.Add($"U+{c:X4}");
            }
        }

        Assert.True(differing.Count == 0, $"{string.Join(", ", differing)} differ; the runtime's runs are:\n{RuntimeRuns()}");
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
    [InlineData('\uFFFF', '\uFFFF')]
    public void Characters_map_to_their_unicode_16_upper_case(char c, char upper)
        => Assert.Equal(upper, UnicodeUpperCase.ToUpper(c));

    /// <summary>The runtime's mapping in the table's form: runs of first, last, step and what each adds (modulo 65,536).</summary>
    private static string RuntimeRuns()
    {
        var mapped = Enumerable.Range(0, char.MaxValue + 1)
            .Where(c => !char.IsSurrogate((char)c) && char.ToUpperInvariant((char)c) != c)
            .Select(c => (Character: c, Adds: (char.ToUpperInvariant((char)c) - c) & 0xFFFF))
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
