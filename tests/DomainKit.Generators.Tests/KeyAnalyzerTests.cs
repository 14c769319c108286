using DomainKit.Compiled;
using DomainKit.Generators.Generation.Emit.Data;

namespace DomainKit.Generators.Tests;

/// <summary>
/// How a key index's hash is chosen: the fold by the comparison and the characters of the keys, and the cheapest
/// slice that tells the keys apart (the first one tried on a tie), the whole key when no slice is cheaper.
/// </summary>
public sealed class KeyAnalyzerTests
{
    public static TheoryData<string, string, int, int> Slices => new()
    {
        // Keys told apart by their last four characters only: four from the end.
        { "catalog-{0:D4}", "FromEnd", 4, 4 },
        // By their first four only: four from the start.
        { "{0:D4}-catalog", "FromStart", 0, 4 },
        // By four characters in the middle: the first start that holds them all.
        { "ab{0:D4}-xyz-and-a-long-tail", "FromStart", 2, 4 },
        // By the three digits before "-ab" (the fourth is always 0): of the slices that hold them, the first one tried.
        { "a-long-head-and-xyz{0:D4}-ab", "FromEnd", 6, 4 },
    };

    [Theory]
    [MemberData(nameof(Slices))]
    public void The_cheapest_slice_that_tells_the_keys_apart_is_chosen(string format, string slice, int start, int length)
    {
        var keys = Enumerable.Range(0, 1000).Select(i => string.Format(System.Globalization.CultureInfo.InvariantCulture, format, i)).ToList();
        var analysis = KeyAnalyzer.Analyze(keys, ignoreCase: false);

        Assert.Equal((KeyFold.Ordinal, slice, start, length), (analysis.KeyHash.Fold, analysis.KeyHash.Slice.ToString(), analysis.KeyHash.Start, analysis.KeyHash.Length));
        Assert.Equal(keys.Count, keys.Select(analysis.Hash).Distinct().Count());
        Assert.Equal((keys.Min(k => k.Length), keys.Max(k => k.Length)), (analysis.MinLength, analysis.MaxLength));
    }

    [Fact]
    public void Keys_shorter_than_any_slice_are_hashed_whole()
    {
        var analysis = KeyAnalyzer.Analyze(["a", "bc", "def", "gh"], ignoreCase: false);

        Assert.Equal((0, 1, 3), (analysis.KeyHash.Length, analysis.MinLength, analysis.MaxLength));
    }

    [Fact]
    public void No_keys_are_hashed_whole_with_no_length()
    {
        var analysis = KeyAnalyzer.Analyze([], ignoreCase: true);

        Assert.Equal((KeyFold.IgnoreCaseFast, 0, 0, 0), (analysis.KeyHash.Fold, analysis.KeyHash.Length, analysis.MinLength, analysis.MaxLength));
    }

    [Theory]
    [InlineData(false, new[] { "Kabul", "Herat" }, "Ordinal")]
    [InlineData(false, new[] { "ǅemal" }, "Ordinal")]
    [InlineData(true, new[] { "Kabul", "Herat", "a-1", "" }, "IgnoreCaseFast")]
    [InlineData(true, new[] { "\U00010400x", "Kabul" }, "IgnoreCaseFast")]
    [InlineData(true, new[] { "Kabul", "ǅemal" }, "IgnoreCaseExact")]
    [InlineData(true, new[] { "ǆamila" }, "IgnoreCaseExact")]
    [InlineData(true, new[] { "Σοφία", "ς" }, "IgnoreCaseExact")]
    public void The_cheap_case_fold_is_chosen_only_when_every_case_variant_of_every_key_character_folds_alike(bool ignoreCase, string[] keys, string fold)
        => Assert.Equal(fold, KeyAnalyzer.Analyze(keys, ignoreCase).KeyHash.Fold.ToString());
}
