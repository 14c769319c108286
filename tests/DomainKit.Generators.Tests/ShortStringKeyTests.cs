using DomainKit.Generators.Generation.Emit.Data;

namespace DomainKit.Generators.Tests;

/// <summary>A short ASCII string's key tells it from every other string: the standoff writer finds strings by it alone.</summary>
public sealed class ShortStringKeyTests
{
    [Fact]
    public void Keys_of_short_ASCII_strings_are_equal_exactly_when_the_strings_are()
    {
        string[] strings = ["", "\0", "\0\0", "A", "A\0", "\0A", "a", "T12", "T21", "T1", "T2", "E1", "#1", "\x7F", "Arg1", "12345678", "1234567\0", "\x7F\x7F\x7F\x7F\x7F\x7F\x7F\x7F"];

        var keys = strings.Select(ShortStringKey.Of).ToList();

        Assert.All(keys, key => Assert.True(key >= 0));
        Assert.Equal(strings.Length, keys.Distinct().Count());
        Assert.Equal(keys, strings.Select(s => ShortStringKey.Of(new string(s.ToCharArray()))));
    }

    [Theory]
    [InlineData("123456789")]
    [InlineData("é")]
    [InlineData("T\u0080")]
    [InlineData("Тал")]
    [InlineData("\U0001F600")]
    public void A_longer_or_non_ASCII_string_has_no_key(string value) => Assert.Equal(ShortStringKey.None, ShortStringKey.Of(value));
}
