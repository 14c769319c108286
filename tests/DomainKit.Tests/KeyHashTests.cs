using System.Text;
using DomainKit.Compiled;

namespace DomainKit.Tests;

/// <summary>
/// The key indexes' hash (<see cref="KeyHash"/>) against its definition read one character at a time: fold each
/// character, pack four into a lane (the first in the low 16 bits); sum the key's length and the lanes of the slice
/// (or of the whole key, the last lane overlapping the one before it), each times a multiplier of its own, and fold
/// the sum's third quarter into its top half. Every fold and slice
/// variant is checked on keys of every length from empty to past two slices, of ASCII, Latin-1, Greek, Cyrillic and
/// astral characters, so the bundled corpus's choice of variant does not limit what is tested.
/// </summary>
public class KeyHashTests
{
    private const ulong Multiplier = 0x9E3779B97F4A7C15;

    /// <summary>What a whole key's multiplier grows by from one lane to the next.</summary>
    private const ulong WholeStep = 0x9E3779B97F4A7C16;

    /// <summary>The multipliers of a slice's first, second, third and fourth load.</summary>
    private static readonly ulong[] SliceMultipliers = [0xBF58476D1CE4E5B9, 0x94D049BB133111EB, 0xD6E8FEB86659FD93, 0xFF51AFD7ED558CCD];

    /// <summary>
    /// Every slice the generator may choose (a <see cref="KeySlice"/>, as a number: the enum is internal), its start
    /// and length; for <see cref="KeySlice.FromEnd"/> the start is at least the length, so the slice ends inside the key.
    /// </summary>
    public static TheoryData<int, int, int> Slices => new()
    {
        { (int)KeySlice.FromStart, 0, 4 },
        { (int)KeySlice.FromStart, 0, 8 },
        { (int)KeySlice.FromStart, 3, 4 },
        { (int)KeySlice.FromStart, 5, 8 },
        { (int)KeySlice.FromEnd, 4, 4 },
        { (int)KeySlice.FromEnd, 6, 4 },
        { (int)KeySlice.FromEnd, 8, 8 },
        { (int)KeySlice.FromEnd, 11, 8 },
        { (int)KeySlice.HeadAndTail, 0, 4 },
        { (int)KeySlice.HeadAndTail, 0, 8 },
    };

    [Theory]
    [MemberData(nameof(Slices))]
    public void A_sliced_hash_is_its_definition_for_every_fold_and_key_length(int sliceNumber, int start, int length)
    {
        var slice = (KeySlice)sliceNumber;
        foreach (var fold in Enum.GetValues<KeyFold>())
        {
            var hash = new KeyHash(fold, slice, start, length);
            foreach (var key in Keys())
            {
                Assert.True(Reference(key, fold, slice, start, length) == hash.Hash(key), $"{fold} {slice} {start} {length}: \"{key}\"");
            }
        }
    }

    [Fact]
    public void An_unsliced_hash_and_the_whole_key_hash_are_the_definition_over_every_character()
    {
        foreach (var fold in Enum.GetValues<KeyFold>())
        {
            var hash = new KeyHash(fold, KeySlice.FromStart, 0, 0);
            foreach (var key in Keys())
            {
                var expected = ReferenceWhole(key, fold);
                Assert.True(expected == hash.Hash(key), $"{fold}: \"{key}\"");
                Assert.True(expected == KeyHash.Whole(key, fold), $"{fold} whole: \"{key}\"");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Slices))]
    public void A_hash_reads_nothing_past_its_key(int sliceNumber, int start, int length)
    {
        // The key as the start of a longer buffer, not a string whose terminating zero follows it.
        foreach (var fold in Enum.GetValues<KeyFold>())
        {
            var hash = new KeyHash(fold, (KeySlice)sliceNumber, start, length);
            foreach (var key in Keys())
            {
                var inBuffer = (key + "WXYZ").AsSpan(0, key.Length);
                Assert.True(hash.Hash(key) == hash.Hash(inBuffer), $"{fold} {(KeySlice)sliceNumber} {start} {length}: \"{key}\"");
                Assert.True(KeyHash.Whole(key, fold) == KeyHash.Whole(inBuffer, fold), $"{fold} whole: \"{key}\"");
            }
        }
    }

    [Theory]
    [InlineData((int)KeySlice.FromStart, 0, 4, 4)]
    [InlineData((int)KeySlice.FromStart, 3, 4, 7)]
    [InlineData((int)KeySlice.FromStart, 5, 8, 13)]
    [InlineData((int)KeySlice.FromEnd, 6, 4, 6)]
    [InlineData((int)KeySlice.FromEnd, 8, 8, 8)]
    [InlineData((int)KeySlice.HeadAndTail, 0, 8, 8)]
    [InlineData((int)KeySlice.FromStart, 0, 0, int.MaxValue)]
    public void A_slice_fits_the_keys_that_hold_all_of_its_characters(int slice, int start, int length, int shortest)
        => Assert.Equal(shortest, new KeyHash(KeyFold.Ordinal, (KeySlice)slice, start, length).SliceFits);

    [Fact]
    public void Keys_equal_under_the_index_comparison_hash_alike_and_case_tells_ordinal_keys_apart()
    {
        string[] keys = ["islamic emirate", "Taliban", "ab", "zz-top`{@[", "Ελληνικά", "Кыргызстан", "Ёж"];
        foreach (var key in keys)
        {
            var upper = key.ToUpperInvariant();
            var lower = key.ToLowerInvariant();
            var exact = new KeyHash(KeyFold.IgnoreCaseExact, KeySlice.HeadAndTail, 0, 4);
            Assert.Equal(exact.Hash(upper), exact.Hash(lower));
            Assert.Equal(KeyHash.Whole(upper, KeyFold.IgnoreCaseExact), KeyHash.Whole(lower, KeyFold.IgnoreCaseExact));
            Assert.NotEqual(KeyHash.Whole(upper, KeyFold.Ordinal), KeyHash.Whole(lower, KeyFold.Ordinal));
            if (Ascii.IsValid(key))
            {
                // The fast fold is chosen only for key sets it folds alike; ASCII letters always are.
                Assert.Equal(KeyHash.Whole(upper, KeyFold.IgnoreCaseFast), KeyHash.Whole(lower, KeyFold.IgnoreCaseFast));
            }
        }

        // An astral letter and its capital hash alike ignoring case; other astral characters apart.
        foreach (var fold in new[] { KeyFold.IgnoreCaseFast, KeyFold.IgnoreCaseExact })
        {
            Assert.Equal(KeyHash.Whole("a\U00010428b\U0001E922", fold), KeyHash.Whole("A\U00010400B\U0001E900", fold));
            Assert.NotEqual(KeyHash.Whole("a😀b", fold), KeyHash.Whole("A𝐀B", fold));
        }

        Assert.NotEqual(KeyHash.Whole("a\U00010428b", KeyFold.Ordinal), KeyHash.Whole("a\U00010400b", KeyFold.Ordinal));
    }

    [Theory]
    [InlineData('a', 'A')]
    [InlineData('z', 'Z')]
    [InlineData('`', '`')]
    [InlineData('{', '{')]
    [InlineData('@', '@')]
    [InlineData('A', 'A')]
    [InlineData('\u007F', '\u007F')]
    [InlineData('\uD800', '\uD800')]
    [InlineData('\uDC00', '\uDC00')]
    [InlineData('\uDC28', '\uDC00')] // the low halves of 𐐨 (U+10428) and 𐐀 (U+10400)
    [InlineData('\uDD22', '\uDD00')] // of Adlam's small a (U+1E922) and capital (U+1E900)
    [InlineData('\uDFFF', '\uDFFF')]
    public void Case_ignoring_folds_upper_case_ASCII_letters_and_low_surrogates_by_the_case_table(char c, char folded)
    {
        Assert.Equal(folded, KeyHash.FoldCharacter(c, KeyFold.IgnoreCaseFast));
        Assert.Equal(folded, KeyHash.FoldCharacter(c, KeyFold.IgnoreCaseExact));
        Assert.Equal(c, KeyHash.FoldCharacter(c, KeyFold.Ordinal));
    }

    [Theory]
    [InlineData('é', 'È', 'É')]
    [InlineData('\u0080', '\u0080', '\u0080')]
    [InlineData('\uD7FF', '\uD7DE', '\uD7FF')]
    [InlineData('\uE000', '\uE000', '\uE000')]
    [InlineData('ж', 'Ж', 'Ж')]
    [InlineData('ω', 'ψ', 'Ω')]
    [InlineData('\uDBFF', '\uDBDE', '\uDBFF')] // a high surrogate is left to the fold of other characters
    public void Other_characters_lose_two_bits_under_the_fast_fold_and_upper_case_under_the_exact_one(char c, char fast, char exact)
    {
        Assert.Equal(fast, KeyHash.FoldCharacter(c, KeyFold.IgnoreCaseFast));
        Assert.Equal(exact, KeyHash.FoldCharacter(c, KeyFold.IgnoreCaseExact));
    }

    [Fact]
    public void The_exact_fold_is_the_unicode_upper_case_of_every_character_but_low_surrogates()
    {
        for (var c = (int)char.MaxValue; c >= 0; c--)
        {
            var expected = char.IsLowSurrogate((char)c) ? UnicodeCase.FoldLowSurrogate((char)c) : UnicodeCase.ToUpper((char)c);
            Assert.True(expected == KeyHash.FoldCharacter((char)c, KeyFold.IgnoreCaseExact), $"U+{c:X4}");
        }
    }

    /// <summary>Keys of 0 to 26 characters from several scripts, each also in a second casing.</summary>
    private static IEnumerable<string> Keys()
    {
        string[] alphabets =
        [
            "aZ`{@[zA09-_ ~",
            "taliban islamic emirate",
            "éÉ\u0080ÿß\u00FFaz",
            "Ελληνικάελληνικά",
            "КыргызстанЖж",
            "a😀b𝐀c\uDBFF\uDFFF",
            "a\U00010428\U0001E922\U000104D8z",
            "\uD7FF\uE000\uFFFFÀà",
        ];
        foreach (var alphabet in alphabets)
        {
            for (var length = 0; length <= 26; length++)
            {
                var key = new StringBuilder(length);
                for (var i = 0; key.Length < length; i++)
                {
                    key.Append(alphabet[(i * 7 + length) % alphabet.Length]);
                }

                yield return key.ToString();
                yield return key.ToString().ToUpperInvariant();
            }
        }
    }

    /// <summary>The slice hashed when all of its characters lie inside the key, else the whole key.</summary>
    private static uint Reference(string key, KeyFold fold, KeySlice slice, int start, int length)
    {
        var (first, last) = slice switch
        {
            KeySlice.FromStart => (start, start + length),
            KeySlice.FromEnd => (key.Length - start, key.Length - start + length),
            _ => (0, length),
        };
        if (first < 0 || last > key.Length)
        {
            return ReferenceWhole(key, fold);
        }

        // The slice's lanes from its start take the first multipliers; a head and tail's tail lanes, from the key's end back, the third and fourth.
        var sum = (ulong)key.Length * Multiplier;
        for (var at = first; at < last; at += 4)
        {
            sum += Lane(key, at, 4, fold) * SliceMultipliers[(at - first) / 4];
        }

        if (slice == KeySlice.HeadAndTail)
        {
            for (var back = 4; back <= length; back += 4)
            {
                sum += Lane(key, key.Length - back, 4, fold) * SliceMultipliers[1 + (back / 4)];
            }
        }

        return Finished(sum);
    }

    private static uint ReferenceWhole(string key, KeyFold fold)
    {
        // A whole key's lanes take the first slice multiplier, then each the one before plus a fixed even step.
        var sum = (ulong)key.Length * Multiplier;
        if (key.Length < 4)
        {
            return Finished(sum + (Lane(key, 0, key.Length, fold) * SliceMultipliers[0]));
        }

        var lanes = new List<int>();
        for (var at = 0; at < key.Length - 4; at += 4)
        {
            lanes.Add(at);
        }

        lanes.Add(key.Length - 4);
        for (var i = 0; i < lanes.Count; i++)
        {
            sum += Lane(key, lanes[i], 4, fold) * (SliceMultipliers[0] + ((ulong)i * WholeStep));
        }

        return Finished(sum);
    }

    /// <summary>The sum's top half with its third quarter folded into its low bits.</summary>
    private static uint Finished(ulong sum) => (uint)((sum ^ (sum >> 16)) >> 32);

    private static ulong Lane(string key, int at, int count, KeyFold fold)
    {
        ulong lane = 0;
        for (var i = 0; i < count; i++)
        {
            lane |= (ulong)Fold(key[at + i], fold) << (16 * i);
        }

        return lane;
    }

    /// <summary>The folds as <see cref="KeyFold"/> describes them.</summary>
    private static char Fold(char c, KeyFold fold) => fold switch
    {
        KeyFold.Ordinal => c,
        _ when char.IsAscii(c) => char.IsAsciiLetterLower(c) ? (char)(c - 'a' + 'A') : c,
        _ when char.IsLowSurrogate(c) => UnicodeCase.FoldLowSurrogate(c),
        KeyFold.IgnoreCaseFast => (char)(c & 0xFFDE),
        _ => UnicodeCase.ToUpper(c),
    };
}
