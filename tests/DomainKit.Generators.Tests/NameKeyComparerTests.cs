using DomainKit.Generators.Corpus.Linking;

namespace DomainKit.Generators.Tests;

public sealed class NameKeyComparerTests
{
    [Theory]
    [InlineData("Kabul", "KABUL", true)]
    [InlineData("Kabul", "Kabul ", false)]
    [InlineData("Kabul", "Kabol", false)]
    [InlineData("ÿ", "Ÿ", true)]
    [InlineData("Σοφία", "ΣΟΦΊΑ", true)]
    [InlineData("\u019B front", "\uA7DC FRONT", true)] // ƛ and its capital, a pair since Unicode 16.0
    [InlineData("\u0131", "I", false)] // dotless i is not I, ignoring case or not
    [InlineData("\u212A", "k", false)] // nor is the Kelvin sign k
    [InlineData("\U00010400x", "\U00010428X", true)] // Deseret capital and small long i
    [InlineData("\U00010400", "\U00010401", false)]
    [InlineData("\U0001E922 \U000104D8", "\U0001E900 \U000104B0", true)] // Adlam, Osage: by DomainKit's table, not the compiler's
    [InlineData("\U00010400", "ab", false)]
    [InlineData("a\U00010400", "a\U00010400", true)]
    [InlineData("", "", true)]
    public void Names_are_equal_when_every_character_has_the_same_upper_case(string x, string y, bool equal)
    {
        var comparer = NameKeyComparer.Instance;

        Assert.Equal(equal, comparer.Equals(x, y));
        Assert.Equal(equal, comparer.Equals(y, x));
        if (equal)
        {
            Assert.Equal(comparer.GetHashCode(x), comparer.GetHashCode(y));
        }
    }

    [Fact]
    public void A_lone_surrogate_is_itself()
    {
        // Built here: an attribute's string argument carries a lone surrogate as U+FFFD.
        var high = new string('\uD800', 1);

        Assert.True(NameKeyComparer.Instance.Equals(high + "x", high + "X"));
        Assert.False(NameKeyComparer.Instance.Equals(high, new string('\uDC00', 1)));
        Assert.False(NameKeyComparer.Instance.Equals(high + "x", "\U00010400"));
    }

    [Fact]
    public void Null_equals_only_null()
    {
        Assert.True(NameKeyComparer.Instance.Equals(null, null));
        Assert.False(NameKeyComparer.Instance.Equals(null, string.Empty));
        Assert.False(NameKeyComparer.Instance.Equals("a", null));
    }
}
