using DomainKit.Compiled;

namespace DomainKit.Tests;

/// <summary>
/// <see cref="HashIndex"/> over key indexes written by hand in the layout's contract (<see cref="PackedCorpus"/>):
/// every key finds its record and nothing else does, checked against a dictionary of the same keys under the index's
/// comparison. The keys are what the bundled corpus lacks: keys of one hash chained from one slot, keys longer than a
/// slot's inline characters that differ only past them, a surrogate pair across the end of a long key's start in its
/// slot, non-ASCII and astral keys, unpaired surrogates, an index of more than one chunk, and long keys whose
/// characters run across chunks (a surrogate pair split between two, a key longer than two chunks). Each index is
/// probed as decoded block by block and again once decoded whole (<see cref="HashIndex.Flatten"/>).
/// </summary>
public class HashIndexTests
{
    private static readonly string Long = new('k', HashIndexFields.InlineCharacters(HashIndexFields.NarrowSlotBits));

    /// <summary>As many characters as a wide slot holds whole.</summary>
    private static readonly string WideLong = new('w', HashIndexFields.InlineCharacters(HashIndexFields.WideSlotBits));

    /// <summary>As many characters as a long key's slot holds of it, but the last: what follows starts the slot's last pair.</summary>
    private static readonly string BeforePrefixEnd = new('p', HashIndexFields.PrefixCharacters(HashIndexFields.NarrowSlotBits) - 1);

    /// <summary>The same for a wide slot.</summary>
    private static readonly string BeforeWidePrefixEnd = new('q', HashIndexFields.PrefixCharacters(HashIndexFields.WideSlotBits) - 1);

    [Fact]
    public void Every_ordinal_key_finds_its_record_and_near_misses_find_nothing()
    {
        string[] keys =
        [
            "T1", "T2", "T10", "a", "taliban", "Taliban",
            Long + "-one", Long + "-two", Long + "-éé", Long + "-😀",
            "Ёжик в тумане и ещё немного слов", "😀😀😀😀😀😀😀😀😀😀😀😀",
            "lone \uD800 surrogate past the inline characters", "\uDC00x",
            BeforePrefixEnd + "\uD800 lone at the end of the slot's part", BeforePrefixEnd + "😀 across the end of the slot's part",
            BeforePrefixEnd + "xA differs first after the slot's part", BeforePrefixEnd + "xB differs first after the slot's part",
            WideLong + "-one", WideLong + "-😀", BeforeWidePrefixEnd + "😀 across the end of a wide slot's part",
            BeforeWidePrefixEnd + "xA differs first after a wide slot's part", BeforeWidePrefixEnd + "xB differs first after a wide slot's part",
        ];

        AssertIndex(new KeyHash(KeyFold.Ordinal, KeySlice.FromStart, 0, 0), keys, StringComparer.Ordinal);
    }

    [Fact]
    public void Keys_of_one_hash_are_chained_and_each_is_told_apart_past_the_inline_characters()
    {
        // Hashing the first four characters only: keys of one length and one start share a hash.
        string[] keys =
        [
            Long + "-one", Long + "-two", Long + "-six", Long + "-éé", Long + "-ab", Long + "-😀",
            "kkkkAkkkkkkkkkkkkkkkkkkk", "kkkkAbcd", "kkkk", "kkkkkkkkkkkkkkkkkkkkkkk\uD800",
            "abcdefghij", "abcdefghik", "Kabul",
        ];

        AssertIndex(new KeyHash(KeyFold.Ordinal, KeySlice.FromStart, 0, 4), keys, StringComparer.Ordinal);
    }

    [Fact]
    public void A_key_chained_behind_a_key_of_another_hash_is_found_and_probes_of_their_slot_miss()
    {
        // Two keys make one bucket and five slots; these two hash apart but to one home, which no displacement moves
        // apart: the second is chained from the first one's slot, so its probe passes a key of another hash first.
        var hash = new KeyHash(KeyFold.Ordinal, KeySlice.FromStart, 0, 0);
        var pair = Enumerable.Range(0, 200).SelectMany(i => Enumerable.Range(i + 1, 200).Select(j => new[] { $"k{i}", $"k{j}" }))
            .First(p => hash.Hash(p[0]) != hash.Hash(p[1]) && HashIndexFields.Home(hash.Hash(p[0]), 5) == HashIndexFields.Home(hash.Hash(p[1]), 5));

        AssertIndex(hash, pair, StringComparer.Ordinal);
    }

    [Fact]
    public void Case_ignoring_keys_are_found_in_any_casing_whatever_their_script_and_length()
    {
        var cyrillic = string.Concat(Enumerable.Repeat("Кыргызстан ", 14));
        var astral = string.Concat(Enumerable.Repeat("Ж😀", 70));
        string[] keys =
        [
            "Islamic Emirate of Afghanistan", "Taliban", "CSTO", "Кыргызская Республика и её соседи",
            cyrillic, astral, cyrillic[..^1] + "Ж", Long + "ab", Long + "éa", Long + "straße",
            BeforePrefixEnd + "\U00010400 Deseret across the end of the slot's part", BeforePrefixEnd + "Ё\U00010428 Deseret after it",
            BeforeWidePrefixEnd + "\U00010400 Deseret across the end of a wide slot's part", WideLong + "Straße",
            "\U0001E922\U0001E923\U0001E924", "\U0001E900\U0001E925\U0001E926", "\U000104D8\U000104D9", "\U00010428\U00010429", // Adlam, Osage, Deseret
            "Émile Zola ÀÞàþ×÷ßµÿ", "Şahin Ōsaka Łódź", "Δήμος Σίσυφος ς", "РОССИЯ, Ёжик и Ўзбекистон", "Ваҳдат Душанбе 12",
            BeforePrefixEnd + "Ж across the end", "ab", "Жж", "ŞŞŞ",
        ];

        AssertIndex(new KeyHash(KeyFold.IgnoreCaseExact, KeySlice.HeadAndTail, 0, 4), keys, StringComparer.OrdinalIgnoreCase);
        AssertIndex(new KeyHash(KeyFold.IgnoreCaseExact, KeySlice.FromStart, 0, 4), keys, StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public void The_fast_fold_finds_ASCII_keys_in_any_casing()
        => AssertIndex(new KeyHash(KeyFold.IgnoreCaseFast, KeySlice.FromEnd, 4, 4), ["Kabul", "Kandahar", "Herat", "Mazar-i-Sharif", "CSTO"], StringComparer.OrdinalIgnoreCase);

    [Fact]
    public void An_index_of_several_chunks_finds_every_key()
    {
        var keys = Enumerable.Range(0, 3000).Select(i => $"actor-{i}").ToArray();
        var data = new PackedCorpus.Builder().KeyIndex(Section.ActorIds, new KeyHash(KeyFold.Ordinal, KeySlice.FromStart, 0, 0), [.. keys.Select((k, i) => (k, i))]);
        var reader = new DataReader(data.Build());
        Assert.True(reader.Length(Section.ActorIds) > 2 * IntTableCodec.ChunkLength);
        var index = new HashIndex(reader, Section.ActorIds, flattenWhenSteady: false);

        Assert.Equal(Enumerable.Range(0, keys.Length), keys.Select(k => index.Find(k)));
        Assert.Equal(-1, index.Find("actor-3000"));

        // Decoded whole, the blocks already decoded copied and the others decoded then.
        var flattened = new HashIndex(reader, Section.ActorIds, flattenWhenSteady: false);
        Assert.Equal(7, flattened.Find(keys[7]));
        flattened.Flatten();
        flattened.Flatten();
        Assert.Equal(Enumerable.Range(0, keys.Length), keys.Select(k => flattened.Find(k)));
        Assert.Equal(-1, flattened.Find("actor-3000"));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(16)]
    [InlineData(1000)]
    [InlineData(70_000)]
    public void The_one_array_starts_the_section_on_a_cache_line(int length)
    {
        // Many arrays, so that the heap's own placement (eight bytes apart) would put most of them off a line.
        for (var i = 0; i < 16; i++)
        {
            var array = HashIndex.AllocateLineAligned(length, out var start);
            var handle = System.Runtime.InteropServices.GCHandle.Alloc(array, System.Runtime.InteropServices.GCHandleType.Pinned);
            try
            {
                Assert.InRange(start, 0, 15);
                Assert.True(array.Length - start >= length);
                Assert.Equal(0, (handle.AddrOfPinnedObject() + (start * sizeof(int))) % 64);
            }
            finally
            {
                handle.Free();
            }
        }
    }

    [Fact]
    public void A_small_index_is_one_array_once_its_last_block_is_decoded_and_a_large_one_soon_after_its_64th_block()
    {
        var small = Enumerable.Range(0, 100).Select(i => $"actor-{i}").ToArray();
        var smallIndex = new HashIndex(new DataReader(new PackedCorpus.Builder().KeyIndex(Section.ActorIds, new KeyHash(KeyFold.Ordinal, KeySlice.FromStart, 0, 0), [.. small.Select((k, i) => (k, i))]).Build()), Section.ActorIds);
        Assert.Equal(0, smallIndex.Find(small[0]));
        Assert.False(smallIndex.IsFlat);
        Assert.Equal(Enumerable.Range(0, small.Length), small.Select(k => smallIndex.Find(k)));
        Assert.True(smallIndex.IsFlat);
        Assert.Equal(Enumerable.Range(0, small.Length), small.Select(k => smallIndex.Find(k)));

        // Hundreds of blocks, of which the first 300 keys' slots reach more than 64 and fewer than all: the rest is decoded
        // by a thread-pool work item, and probes agree while it runs and after it.
        var large = Enumerable.Range(0, 20_000).Select(i => $"actor-{i}").ToArray();
        var largeReader = new DataReader(new PackedCorpus.Builder().KeyIndex(Section.ActorIds, new KeyHash(KeyFold.Ordinal, KeySlice.FromStart, 0, 0), [.. large.Select((k, i) => (k, i))]).Build());
        var largeIndex = new HashIndex(largeReader, Section.ActorIds);
        Assert.Equal(Enumerable.Range(0, 300), large[..300].Select(k => largeIndex.Find(k)));
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!largeIndex.IsFlat && waited.Elapsed < TimeSpan.FromSeconds(30))
        {
            Assert.Equal(Enumerable.Range(0, 300), large[..300].Select(k => largeIndex.Find(k)));
        }

        Assert.True(largeIndex.IsFlat);
        Assert.Equal(Enumerable.Range(0, large.Length), large.Select(k => largeIndex.Find(k)));
        Assert.Equal(-1, largeIndex.Find("actor-20000"));

        // A warm working set of eight keys reaches a handful of blocks only: thousands of lookups through them queue it too.
        var warmIndex = new HashIndex(largeReader, Section.ActorIds);
        waited.Restart();
        while (!warmIndex.IsFlat && waited.Elapsed < TimeSpan.FromSeconds(30))
        {
            Assert.Equal(Enumerable.Range(0, 8), large[..8].Select(k => warmIndex.Find(k)));
        }

        Assert.True(warmIndex.IsFlat);
        Assert.Equal(Enumerable.Range(0, large.Length), large.Select(k => warmIndex.Find(k)));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Long_keys_whose_characters_run_across_chunks_are_compared_whole(int firstLongKeyBeforeChunkEnd)
    {
        // Deseret letters have a case partner outside the BMP: a case-ignoring comparison of their halves apart fails.
        Assert.Equal("\U00010400", "\U00010428", StringComparer.OrdinalIgnoreCase);
        var deseret = string.Concat(Enumerable.Repeat("Ж\U00010400", 30));
        // Longer than two chunks: its characters cross three chunk ends, each inside a pair when they start an odd number of integers before the first.
        var longerThanTwoChunks = string.Concat(Enumerable.Repeat("a\U00010401Б", IntTableCodec.ChunkLength + 7));
        string[] keys = [deseret, deseret[..^3] + "x\U00010428", Long + "\U00010400", longerThanTwoChunks, "Kabul"];

        // A rest of four integers: first stored, it ends 3, 2, 1 or 0 integers past the chunk's end, where a rest stops
        // being compared in one piece.
        var shortRest = "Ж" + new string('q', HashIndexFields.PrefixCharacters(HashIndexFields.NarrowSlotBits) + 6);

        // In three orders, so that a long key with a long rest, the longest and the short rest are each first stored, at the chunk's end.
        foreach (var order in new[] { keys, keys.Reverse().ToArray(), [shortRest, .. keys] })
        {
            AssertIndex(new KeyHash(KeyFold.IgnoreCaseExact, KeySlice.FromStart, 0, 4), order, StringComparer.OrdinalIgnoreCase, firstLongKeyBeforeChunkEnd);
            AssertIndex(new KeyHash(KeyFold.Ordinal, KeySlice.FromEnd, 4, 4), order, StringComparer.Ordinal, firstLongKeyBeforeChunkEnd);
        }
    }

    [Fact]
    public void An_empty_index_finds_nothing_not_even_the_empty_key()
    {
        var index = new HashIndex(new DataReader(new PackedCorpus.Builder().Build()), Section.ActorNames);

        Assert.Equal(-1, index.Find(string.Empty));
        Assert.Equal(-1, index.Find("Taliban"));
    }

    /// <summary>
    /// Every key, in three casings (and upper case past the inline characters or past a long key's part in its slot
    /// only), and near misses of each (a character more, fewer, changed at the start, in the inline characters, first
    /// after a long key's part in its slot and at the end, a non-ASCII or astral character for its last) find what a
    /// dictionary of the keys under <paramref name="comparer"/> finds, in narrow slots and in wide ones.
    /// </summary>
    /// <summary>Every slot width, and an index that ignores case also with its letters marked (<see cref="HashIndexFields.MarksLetters"/>).</summary>
    private static void AssertIndex(KeyHash hash, string[] keys, StringComparer comparer, int? firstLongKeyBeforeChunkEnd = null)
    {
        foreach (var slotBits in new[] { HashIndexFields.NarrowSlotBits, HashIndexFields.WideSlotBits })
        {
            foreach (var marksLetters in hash.Fold == KeyFold.Ordinal ? [false] : new[] { false, true })
            {
                AssertIndex(hash, keys, comparer, firstLongKeyBeforeChunkEnd, slotBits, marksLetters);
            }
        }
    }

    private static void AssertIndex(KeyHash hash, string[] keys, StringComparer comparer, int? firstLongKeyBeforeChunkEnd, int slotBits, bool marksLetters)
    {
        var data = new PackedCorpus.Builder().KeyIndex(Section.ActorNames, hash, firstLongKeyBeforeChunkEnd, [.. keys.Select((k, i) => (k, i))], slotBits, marksLetters);
        var index = new HashIndex(new DataReader(data.Build()), Section.ActorNames, flattenWhenSteady: false);
        var expected = keys.Select((k, i) => (k, i)).ToDictionary(e => e.k, e => e.i, comparer);
        var inline = HashIndexFields.InlineCharacters(slotBits);
        var prefix = HashIndexFields.PrefixCharacters(slotBits);

        // Decoded block by block as the probes reach them, then read from the whole section decoded at once.
        foreach (var flat in new[] { false, true })
        {
            if (flat)
            {
                index.Flatten();
            }

            foreach (var key in keys)
            {
                string[] probes =
                [
                    key, key.ToUpperInvariant(), key.ToLowerInvariant(), key + "x", key[..^1], "x" + key[1..],
                    key.Length > 2 ? key[..2] + "#" + key[3..] : "#", key[..^1] + "y", key[..^1] + "é", key[..^1] + "😀",
                    key.Length > 10 ? key[..10] + "Q" + key[11..] : key + "Q",
                    key.Length > inline ? key[..inline] + key[inline..].ToUpperInvariant() : key,
                    key.Length > inline ? key[..prefix] + key[prefix..].ToUpperInvariant() : key,
                    key.Length > inline ? key[..prefix] + "Q" + key[(prefix + 1)..] : key,
                    string.Concat(key.Select((c, i) => i % 2 == 0 ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c))),
                    key[..^1] + (char)(key[^1] + CasePairs.SmallLetterDistance), key[..^1] + (char)(key[^1] - CasePairs.SmallLetterDistance),
                ];
                foreach (var probe in probes)
                {
                    Assert.True((expected.TryGetValue(probe, out var record) ? record : -1) == index.Find(probe), $"\"{probe}\" (key \"{key}\", flat: {flat}, slot bits: {slotBits}, marks letters: {marksLetters})");
                }
            }
        }
    }
}
