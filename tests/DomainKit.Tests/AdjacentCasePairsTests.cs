using DomainKit.Compiled;

namespace DomainKit.Tests;

/// <summary>
/// <see cref="AdjacentCasePairs"/> against the runtime's own <see cref="StringComparison.OrdinalIgnoreCase"/>: every two
/// code units it unites, the runtime unites; and the letters it was built for (Ş, Ō, Ґ, Ҳ, Ạ) are among them.
/// </summary>
public class AdjacentCasePairsTests
{
    [Fact]
    public void Every_pair_it_unites_the_runtime_unites_and_no_other_two_code_units()
    {
        var united = 0;
        for (var c = 1; c < char.MaxValue; c++)
        {
            foreach (var other in new[] { c - 1, c + 1 })
            {
                var (a, b) = ((char)c, (char)other);
                var unite = AdjacentCasePairs.Unite(a, b);
                Assert.Equal(unite, AdjacentCasePairs.Unite(b, a));
                if (unite)
                {
                    united++;
                    Assert.True(string.Equals(a.ToString(), b.ToString(), StringComparison.OrdinalIgnoreCase), $"U+{c:X4} and U+{other:X4}");
                }
            }

            // Code units further apart, or equal, are never a pair of these.
            Assert.False(AdjacentCasePairs.Unite((char)c, (char)c));
            Assert.False(AdjacentCasePairs.Unite((char)c, (char)(c ^ 32)));
        }

        // 305 pairs, each found from both of its letters.
        Assert.Equal(2 * 305, united);
    }

    [Theory]
    [InlineData('\u015E', '\u015F')] // Ş ş
    [InlineData('\u014C', '\u014D')] // Ō ō
    [InlineData('\u0139', '\u013A')] // Ĺ ĺ: the capital odd
    [InlineData('\u0490', '\u0491')] // Ґ ґ
    [InlineData('\u04B2', '\u04B3')] // Ҳ ҳ
    [InlineData('\u1EA0', '\u1EA1')] // Ạ ạ
    [InlineData('\u03E2', '\u03E3')] // Ϣ ϣ
    public void The_letters_of_a_pair_one_apart_are_united(char capital, char small)
        => Assert.True(AdjacentCasePairs.Unite(capital, small) && AdjacentCasePairs.Unite(small, capital));

    [Theory]
    [InlineData('\u015F', '\u0160')] // ş Š: neighbours of two pairs
    [InlineData('\u0130', '\u0131')] // İ ı: no pair in .NET
    [InlineData('\u0041', '\u0042')] // A B
    [InlineData('\u0218', '\u0219')] // Ș ș: Unicode 3.0, left to the runtime
    [InlineData('\u048A', '\u048B')] // Ҋ ҋ: Unicode 3.2, left to the runtime
    [InlineData('\u01C5', '\u01C6')] // Dž dž: one upper case, but a titlecase letter two from its capital, left to the runtime
    public void Other_neighbours_are_not(char a, char b)
        => Assert.False(AdjacentCasePairs.Unite(a, b));
}
