using DomainKit.Generators.Common;

namespace DomainKit.Generators.Tests;

/// <summary>Corpus files are listed by ordinal path; a list already in order is not sorted again.</summary>
public sealed class PathOrderTests
{
    [Fact]
    public void A_list_out_of_order_is_sorted_by_ordinal_path_keeping_equal_paths_in_their_order()
    {
        var files = new[] { ("b", 1), ("a/z", 2), ("B", 3), ("a", 4), ("b", 5), ("é", 6) };
        var sorted = PathOrder.Sort(files, f => f.Item1);
        Assert.Equal(new[] { 3, 4, 2, 1, 5, 6 }, sorted.Select(f => f.Item2));
    }

    [Fact]
    public void A_list_in_order_is_returned_as_it_is()
    {
        var files = new[] { "A", "a", "a", "b/c", "ba" };
        Assert.Same(files, PathOrder.Sort(files, f => f));
    }
}
