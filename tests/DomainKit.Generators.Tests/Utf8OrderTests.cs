using System.Text;
using DomainKit.Generators.Generation.Emit.Data;

namespace DomainKit.Generators.Tests;

/// <summary>The annotation id index is sorted without encoding its ids: the order must be the UTF-8 bytes' the runtime compares.</summary>
public sealed class Utf8OrderTests
{
    private static readonly string[] Strings =
    [
        "", "a", "ab", "b", "T1", "T10", "T2", "#1", "é", "\u07FF", "\u0800", "\uD7FF", "\uE000", "\uFFFD", "\uFFFF",
        "\U00010000", "\U0001F600", "\U0010FFFF", "\uD800", "\uDC00", "a\uD800b", "a\uFFFDb", "\uD83D\uDE00x", "\uDE00\uD83D",
    ];

    [Fact]
    public void Every_pair_compares_as_its_UTF8_bytes_do()
    {
        foreach (var x in Strings)
        {
            foreach (var y in Strings)
            {
                var bytes = Encoding.UTF8.GetBytes(x).AsSpan().SequenceCompareTo(Encoding.UTF8.GetBytes(y));
                Assert.True(Math.Sign(bytes) == Math.Sign(Utf8Order.Instance.Compare(x, y)), $"'{Escape(x)}' vs '{Escape(y)}'");
            }
        }
    }

    [Fact]
    public void Null_orders_as_the_empty_string()
    {
        Assert.Equal(0, Utf8Order.Instance.Compare(null, ""));
        Assert.Equal(0, Utf8Order.Instance.Compare("", null));
        Assert.True(Utf8Order.Instance.Compare(null, "a") < 0);
        Assert.True(Utf8Order.Instance.Compare("a", null) > 0);
    }

    private static string Escape(string text) => string.Concat(text.Select(c => $"\\u{(int)c:X4}"));
}
