using System.Text;
using DomainKit.Compiled;
using DomainKit.Generators.Generation.Emit.Data;

namespace DomainKit.Generators.Tests;

/// <summary>The string pool's rules: one reference per distinct string in order of first use, bytes where its row says, segments cut at the limit, and strings UTF-8 cannot hold kept aside.</summary>
public sealed class StringPoolTests
{
    [Fact]
    public void Each_distinct_string_gets_the_next_reference_once_and_null_gets_none()
    {
        var pool = new StringPool();

        Assert.Equal(
            [0, 1, 0, Refs.None, 2, 3, 1, 4, 2],
            new[] { "Kabul", "kabul", "Kabul", null, "", "Душанбе \U0001F600", "kabul", "Kabul ", "" }.Select(pool.Add));
        Assert.Equal(["Kabul", "kabul", "", "Душанбе \U0001F600", "Kabul "], Strings(pool));
        Assert.Empty(pool.Fallback);
    }

    [Fact]
    public void A_string_is_its_UTF_8_bytes_at_the_segment_and_start_of_its_row()
    {
        var pool = new StringPool();
        string[] strings = ["ab", "é", "", "\U00010400z"];
        foreach (var s in strings)
        {
            pool.Add(s);
        }

        Assert.Equal([0, 0, 2, 0, 2, 2, 0, 4, 0, 0, 4, 5], pool.Rows);
        Assert.Equal(Encoding.UTF8.GetBytes(string.Concat(strings)), pool.Segments.Single());
    }

    [Fact]
    public void A_string_that_would_pass_the_segment_limit_starts_the_next_segment_and_a_longer_one_has_one_of_its_own()
    {
        var pool = new StringPool();
        var (big, small, huge) = (new string('a', Refs.MaxSegmentLength - 10), new string('b', 11), new string('c', Refs.MaxSegmentLength + 5));
        pool.Add(big);
        pool.Add(new string('d', 10));
        pool.Add(small);
        pool.Add(huge);
        pool.Add("e");

        Assert.Equal([Refs.MaxSegmentLength, 11, Refs.MaxSegmentLength + 5, 1], pool.Segments.Select(s => s.Count));
        Assert.Equal([0, 0, Refs.MaxSegmentLength - 10, 0, Refs.MaxSegmentLength - 10, 10, 1, 0, 11, 2, 0, Refs.MaxSegmentLength + 5, 3, 0, 1], pool.Rows);
        Assert.Equal([big, new string('d', 10), small, huge, "e"], Strings(pool));
    }

    [Fact]
    public void An_empty_first_string_does_not_leave_an_empty_segment_behind_a_long_one()
    {
        var pool = new StringPool();
        pool.Add("");
        pool.Add(new string('x', Refs.MaxSegmentLength + 1));

        Assert.Equal([Refs.MaxSegmentLength + 1], pool.Segments.Select(s => s.Count));
        Assert.Equal([0, 0, 0, 0, 0, Refs.MaxSegmentLength + 1], pool.Rows);
    }

    [Fact]
    public void A_string_with_an_unpaired_surrogate_is_a_fallback_string_with_a_reference_below_none()
    {
        var pool = new StringPool();
        string[] unpaired = ["\uD800", "a\uDC00", "\uDC00\uD800", "x\uD83D", "\uD83D\uDE00\uDE00"];

        Assert.Equal(0, pool.Add("\uD83D\uDE00"));
        Assert.Equal([-2, -3, -4, -5, -6, -2], unpaired.Append("\uD800").Select(pool.Add));
        Assert.Equal(unpaired, pool.Fallback);
        Assert.Equal(1, pool.Add("b"));
        Assert.Equal([0, 0, 4, 0, 4, 1], pool.Rows);
    }

    /// <summary>Every pooled string, read back from its row's segment, start and length.</summary>
    private static List<string> Strings(StringPool pool)
        => Enumerable.Range(0, pool.Rows.Count / StringFields.Width).Select(reference =>
        {
            var row = reference * StringFields.Width;
            var bytes = pool.Segments[pool.Rows[row + StringFields.Segment]].Skip(pool.Rows[row + StringFields.Start]).Take(pool.Rows[row + StringFields.Length]).ToArray();
            return Encoding.UTF8.GetString(bytes);
        }).ToList();
}
