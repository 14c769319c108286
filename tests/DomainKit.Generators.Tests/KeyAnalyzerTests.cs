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
    // é and É fold alike under the cheap fold; the ASCII letters of "Emirate" need no check (ı and the Kelvin sign U+212A have no ASCII upper case).
    [InlineData(true, new[] { "Héra", "Émirat", "Emirate", "Kabul" }, "IgnoreCaseFast")]
    [InlineData(true, new[] { "Kabul", "ǅemal" }, "IgnoreCaseExact")]
    [InlineData(true, new[] { "ǆamila" }, "IgnoreCaseExact")]
    [InlineData(true, new[] { "Σοφία", "ς" }, "IgnoreCaseExact")]
    // ɤ's capital (U+A7CB, Unicode 16.0) differs from it in more than the cheap fold's two bits.
    [InlineData(true, new[] { "\u0264 front" }, "IgnoreCaseExact")]
    public void The_cheap_case_fold_is_chosen_only_when_every_case_variant_of_every_key_character_folds_alike(bool ignoreCase, string[] keys, string fold)
        => Assert.Equal(fold, KeyAnalyzer.Analyze(keys, ignoreCase).KeyHash.Fold.ToString());

    [Fact]
    public void Keys_told_apart_only_by_their_first_and_last_characters_together_get_the_head_and_tail_slice()
    {
        // Twelve characters: ten heads times ten tails, eight characters alike between them; no run of four or eight
        // holds both ends, and the whole key costs three loads where head and tail cost two.
        var keys = Enumerable.Range(0, 100).Select(i => $"{i / 10}x-middle-x{i % 10}").ToList();

        var analysis = KeyAnalyzer.Analyze(keys, ignoreCase: false);

        Assert.Equal((KeySlice.HeadAndTail, 0, 4), (analysis.KeyHash.Slice, analysis.KeyHash.Start, analysis.KeyHash.Length));
    }

    [Fact]
    public void Slices_start_at_most_sixteen_characters_from_either_end()
    {
        // The keys differ in characters 21 to 23 of 60: a slice of eight would have to start at 16, one past the last
        // start tried, and the end's slices stop 36 characters short; so the keys are hashed whole.
        var keys = Enumerable.Range(0, 1000).Select(i => $"{new string('h', 20)}{i:D4}{new string('t', 36)}").ToList();

        var analysis = KeyAnalyzer.Analyze(keys, ignoreCase: false);

        Assert.Equal(0, analysis.KeyHash.Length);
    }

    [Fact]
    public void A_slice_that_ends_with_the_longest_keys_is_tried_from_the_start()
    {
        // A thousand keys of eight told apart by their last four, and a thousand of five told apart by their first:
        // four from the start at 4 tells them all apart, the short ones hashed whole, for a load per long key and two
        // per short one; four from the end collide for every short key, and the whole keys cost two loads each.
        var keys = Enumerable.Range(0, 1000).Select(i => $"aaaa{i:D4}").Concat(Enumerable.Range(0, 1000).Select(i => $"{(char)(0x4E00 + i)}zzzz")).ToList();

        var analysis = KeyAnalyzer.Analyze(keys, ignoreCase: false);

        Assert.Equal((KeySlice.FromStart, 4, 4), (analysis.KeyHash.Slice, analysis.KeyHash.Start, analysis.KeyHash.Length));
    }

    public static TheoryData<string[], string, int, int> Collisions => new()
    {
        // Forty keys told apart by their first four characters but two: one key in twenty may share its hash, so
        // the first four still win (56 loads with the two pairs) over head and tail (80).
        { [.. Keys(38, "a"), "k00-the-same-long-tail-b", "k01-the-same-long-tail-b"], "FromStart", 0, 4 },
        // Three: one too many, head and tail instead.
        { [.. Keys(37, "a"), "k00-the-same-long-tail-b", "k01-the-same-long-tail-b", "k02-the-same-long-tail-b"], "HeadAndTail", 0, 4 },
        // Two pairs cost sixteen loads: four characters from 1, which tell every key apart, cost 40 to the first four's 56.
        { [.. Keys(38, "a"), "k00-Xhe-same-long-tail-a", "k01-Xhe-same-long-tail-a"], "FromStart", 1, 4 },
    };

    [Theory]
    [MemberData(nameof(Collisions))]
    public void At_most_one_key_in_twenty_may_share_its_hash_and_each_pair_that_does_costs_eight_loads(string[] keys, string slice, int start, int length)
    {
        var analysis = KeyAnalyzer.Analyze(keys, ignoreCase: false);

        Assert.Equal((slice, start, length), (analysis.KeyHash.Slice.ToString(), analysis.KeyHash.Start, analysis.KeyHash.Length));
    }

    [Fact]
    public void A_slice_that_leaves_a_large_group_of_keys_sharing_one_hash_loses_to_the_whole_key()
    {
        // 2,000 keys told apart by the numbers at their ends, and 60 names of one length that differ only in their
        // middle: the first four characters leave the names one group (59 keys sharing a hash, under one in twenty of
        // 2,060), 1,770 pairs that a probe of a name walks through. Counted per key, as before, that cost 2,296 loads
        // and won; counted per pair, it costs 16,220, and the whole key's 14,480 wins: a chain of one key a hash.
        var keys = Enumerable.Range(0, 2000).Select(i => $"{i:D4}-abcdefghijklmnop-{i:D4}")
            .Concat(Enumerable.Range(0, 60).Select(i => $"Office of the Ab{(char)('a' + (i / 10))}{(char)('a' + (i % 10))}abad Governor"))
            .ToList();

        var analysis = KeyAnalyzer.Analyze(keys, ignoreCase: true);

        Assert.Equal(0, analysis.KeyHash.Length);
        Assert.Equal(keys.Count, keys.Select(analysis.Hash).Distinct().Count());
    }

    [Fact]
    public void Keys_no_slice_tells_apart_are_hashed_whole()
    {
        // Equal ignoring case: every hash collides, the whole key's too, which is tried first and stays.
        var analysis = KeyAnalyzer.Analyze(["kabul", "Kabul", "KABUL", "herat", "Herat", "HERAT"], ignoreCase: true);

        Assert.Equal(0, analysis.KeyHash.Length);
    }

    [Fact]
    public void Case_classes_group_every_character_with_its_unicode_upper_case_and_leave_out_classes_of_one()
    {
        // Built directly: the analyzer's own table is built once per process, so a test of the analyzer alone would
        // not see a change to how it is built after the first test built it.
        var classes = KeyAnalyzer.CaseClasses();

        Assert.Equal(['A', 'a'], classes['A'].Order());
        Assert.Equal(['Σ', 'ς', 'σ'], classes['Σ'].Order()); // final sigma (U+03C2) sorts before sigma (U+03C3)
        Assert.Equal(['Ǆ', 'ǅ', 'ǆ'], classes['Ǆ'].Order());
        Assert.All(classes, c =>
        {
            Assert.True(c.Value.Length > 1, $"U+{(int)c.Key:X4} has a class of one");
            Assert.All(c.Value, member => Assert.Equal(c.Key, UnicodeCase.ToUpper(member)));
            Assert.DoesNotContain(c.Value, char.IsSurrogate);
        });
        Assert.False(classes.ContainsKey('1'));
        // Every character with a case partner, in exactly one class.
        var partnered = Enumerable.Range(0, char.MaxValue + 1).Select(i => (char)i).Where(c => !char.IsSurrogate(c)).GroupBy(UnicodeCase.ToUpper).Where(g => g.Count() > 1).ToList();
        Assert.Equal(partnered.Count, classes.Count);
        Assert.Equal(partnered.Sum(g => g.Count()), classes.Values.SelectMany(members => members).Distinct().Count());
    }

    [Fact]
    public void Keys_in_an_astral_script_hash_apart_ignoring_case_and_alike_in_either_case()
    {
        // Six Adlam small letters (U+1E922 to U+1E943) a key. When every surrogate folded to one value, such keys
        // hashed by their length alone: one chain of every key.
        var keys = Enumerable.Range(0, 1000)
            .Select(i => string.Concat(Enumerable.Range(0, 6).Select(place => char.ConvertFromUtf32(0x1E922 + (i / (int)Math.Pow(34, place) % 34)))))
            .ToList();

        var analysis = KeyAnalyzer.Analyze(keys, ignoreCase: true);

        var hashes = keys.Select(analysis.Hash).ToList();
        Assert.True(hashes.Distinct().Count() >= keys.Count * 99 / 100, $"{hashes.Distinct().Count()} distinct hashes of {keys.Count} keys");
        Assert.All(keys, key => Assert.Equal(analysis.Hash(key), analysis.Hash(key.ToUpperInvariant())));
        Assert.NotEqual(keys[1], keys[1].ToUpperInvariant());
    }

    private static IEnumerable<string> Keys(int count, string last) => Enumerable.Range(0, count).Select(i => $"k{i:D2}-the-same-long-tail-{last}");
}
