using DomainKit.Compiled;
using DomainKit.Generators.Common;
using DomainKit.Generators.Generation.Emit.Data;

namespace DomainKit.Generators.Tests;

/// <summary>
/// What every table is written with besides its rows: the lists pool, groupings, a document's annotation ids and
/// the hash indexes, each read back from the integers written as the layout (<c>CorpusLayout.cs</c>,
/// <see cref="HashIndexFields"/>) describes them.
/// </summary>
public sealed class TableBuilderTests
{
    [Fact]
    public void The_empty_list_is_the_shared_list_at_position_0_and_each_other_list_is_count_prefixed()
    {
        var lists = new ListPool();

        Assert.Equal(0, lists.Add([]));
        Assert.Equal(1, lists.Add([7, 8]));
        Assert.Equal(0, lists.Add([]));
        Assert.Equal(4, lists.Add([9]));
        Assert.Equal([0, 2, 7, 8, 1, 9], lists.Items);
    }

    [Fact]
    public void A_grouping_keeps_each_record_once_per_group_in_record_order_and_drops_groups_outside_the_count()
    {
        var table = new TableBuilder();

        // Records 0 to 3 name groups {2}, {0, 2, 0}, {3, -1, 1} and {2}, as (group, record) pairs.
        table.Memberships(Section.StatementsBySpeaker, 3, [2, 0, 0, 1, 2, 1, 0, 1, 3, 2, -1, 2, 1, 2, 2, 3]);

        // Group count, the starts of groups 0..3, then the members: group 0 {1}, group 1 {2}, group 2 {0, 1, 3}.
        Assert.Equal([3, 0, 1, 2, 5, 1, 2, 0, 1, 3], table.Sections[(int)Section.StatementsBySpeaker]);
    }

    [Theory]
    [InlineData(3, new[] { 2, 0, 2 }, 0, true)]
    [InlineData(4, new[] { 2, 0, 2 }, 0, false)]
    [InlineData(3, new[] { 2, 1, 2 }, 0, false)]
    [InlineData(3, new[] { 2, 0, 2 }, 1, false)]
    public void An_index_is_taken_from_the_last_table_only_when_computed_from_the_same_inputs_at_the_same_place(int groupCount, int[] groups, int before, bool taken)
    {
        var last = new TableBuilder();
        last.Grouping(Section.StatementsByKind, 3, [2, 0, 2]);
        last.Freeze();
        var table = new TableBuilder();
        var fresh = new TableBuilder();
        table.TakeIndexesFrom(last.Sections, last.IndexInputs);
        foreach (var builder in new[] { table, fresh })
        {
            builder.Sections[(int)Section.StatementsByKind].AddRange(Enumerable.Repeat(9, before));
            builder.Grouping(Section.StatementsByKind, groupCount, groups);
        }

        Assert.Equal(fresh.Sections[(int)Section.StatementsByKind], table.Sections[(int)Section.StatementsByKind]);
        Assert.Equal(taken ? 1 : 0, table.IndexInputs.Taken);
    }

    [Fact]
    public void A_table_with_a_row_still_open_cannot_be_finished()
    {
        var table = new TableBuilder();
        table.Row(Section.Borders, BorderRow.Width).Set(BorderRow.First, 1);

        Assert.Throws<InvalidOperationException>(() => table.Finish(EquatableArray<string>.Empty));
    }

    [Fact]
    public void Annotation_ids_are_ordered_by_hash_then_by_their_UTF_8_bytes_then_as_given()
    {
        // TTZ2AT and T51W39 share their ordinal hash; twenty T1 tell apart only the order they were given in.
        Assert.Equal(KeyHash.Whole("TTZ2AT".AsSpan(), KeyFold.Ordinal), KeyHash.Whole("T51W39".AsSpan(), KeyFold.Ordinal));
        var table = new TableBuilder();
        var ids = new List<(string Id, int String, int Kind, int Row)>
        {
            ("T51W39", table.Strings.Add("T51W39"), 1, 100),
            ("TTZ2AT", table.Strings.Add("TTZ2AT"), 1, 101),
        };
        ids.AddRange(Enumerable.Range(0, 20).Select(i => ("T1", table.Strings.Add("T1"), i % 3, i)));

        AnnotationIdRows.Write(table, ids);
        var tables = table.Finish(EquatableArray<string>.Empty);

        var expected = ids.Select((e, order) => (Hash: KeyHash.Whole(e.Id.AsSpan(), KeyFold.Ordinal), e.Id, e.Kind, e.Row, Order: order))
            .OrderBy(e => e.Hash).ThenBy(e => e.Id, StringComparer.Ordinal).ThenBy(e => e.Order)
            .Select(e => (unchecked((int)e.Hash), e.Id, e.Kind, e.Row));
        var written = tables.Sections[(int)Section.AnnotationIds].Chunk(AnnotationIdFields.Width)
            .Select(r => (r[AnnotationIdFields.Hash], CompiledStrings.Of(tables, r[AnnotationIdFields.Id]), r[AnnotationIdFields.Kind], r[AnnotationIdFields.Row]));
        Assert.Equal(expected, written);
    }

    [Fact]
    public void No_keys_write_no_index()
    {
        Assert.Empty(HashIndexWriter.Write([], KeyAnalyzer.Analyze([], ignoreCase: false)));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(64)]
    [InlineData(65)]
    [InlineData(300)]
    public void An_index_has_a_bucket_per_four_hashes_slots_for_115_keys_in_100_and_its_slots_right_after_the_displacements(int count)
    {
        var keys = Enumerable.Range(0, count).Select(i => $"key-{i}").ToList();
        var (ints, _) = Index(keys, ignoreCase: false);

        var buckets = (count + 3) / 4;
        var slots = (count * 115 / 100) + 1;
        Assert.Equal((slots, buckets), (ints[HashIndexFields.SlotCount], ints[HashIndexFields.BucketCount]));
        Assert.Equal(HashIndexFields.NarrowSlotBits, ints[HashIndexFields.SlotBits]);
        const int width = 1 << HashIndexFields.NarrowSlotBits;
        Assert.Equal(width * ((HashIndexFields.HeaderWidth + buckets + width - 1) / width), ints[HashIndexFields.SlotsStart]);
        Assert.Equal(ints[HashIndexFields.SlotsStart] + (slots * width), ints.Count);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(7)]
    public void Keys_longer_than_a_slot_holds_keep_their_start_there_and_the_rest_after_the_slots_two_characters_an_integer(int longKeys)
    {
        // Keys of 24 characters (the most a slot holds) and of 25 to 31.
        var keys = Enumerable.Range(0, 20).Select(i => i < longKeys ? $"long-key-of-{25 + i}-".PadRight(25 + i, 'z') : $"a-key-of-24-characters{i:D2}").ToList();
        AssertKeysInSlotsAndRests(keys, HashIndexFields.NarrowSlotBits, longKeys);
    }

    [Theory]
    [InlineData(11, 40)]
    [InlineData(20, 57)]
    public void An_index_whose_keys_are_mostly_longer_than_a_narrow_slot_holds_takes_wide_slots(int longKeys, int length)
    {
        // Of 20 keys, more than half longer than 24 characters: ids of 40 characters fit a wide slot whole, and keys of
        // 57 to 76 keep their first 54 characters there and the rest after the slots.
        var keys = Enumerable.Range(0, 20).Select(i => i < longKeys ? $"long-key-of-{length + i}-".PadRight(length + i, 'z') : $"short-{i:D2}").ToList();
        AssertKeysInSlotsAndRests(keys, HashIndexFields.WideSlotBits, length > HashIndexFields.InlineCharacters(HashIndexFields.WideSlotBits) ? longKeys : 0);

        // Exactly half of them long: narrow slots.
        var half = Enumerable.Range(0, 20).Select(i => i < 10 ? $"long-key-of-{length + i}-".PadRight(length + i, 'z') : $"short-{i:D2}").ToList();
        Assert.Equal(HashIndexFields.NarrowSlotBits, Index(half, ignoreCase: false).Ints[HashIndexFields.SlotBits]);
    }

    [Fact]
    public void A_case_ignoring_index_of_mostly_non_ASCII_keys_stores_their_pair_letters_as_capitals_and_marks_them()
    {
        // 11 keys of 20 not ASCII in their slot's part (the 25-character keys' 25th code unit is past it): marked.
        var keys = Enumerable.Range(0, 20).Select(i => i < 11 ? $"Émile Šahin «ß» Жук {i:D2}" : $"key number {i:D2}-".PadRight(i < 13 ? 24 : 25, 'x') + (i is 13 or 14 ? "é" : "")).ToList();
        var (ints, analysis) = Index(keys, ignoreCase: true);
        Assert.Equal(1, ints[HashIndexFields.MarksLetters]);
        var slotsStart = ints[HashIndexFields.SlotsStart];
        foreach (var slot in Enumerable.Range(0, ints[HashIndexFields.SlotCount]).Select(s => slotsStart + (s << HashIndexFields.NarrowSlotBits)).Where(s => ints[s + HashIndexFields.SlotRecord] >= 0))
        {
            var key = keys[ints[slot + HashIndexFields.SlotRecord]];
            var part = key.Length > HashIndexFields.InlineCharacters(HashIndexFields.NarrowSlotBits) ? HashIndexFields.PrefixCharacters(HashIndexFields.NarrowSlotBits) : key.Length;
            var letters = Enumerable.Range(0, part).Where(i => CasePairs.IsCapital(key[i]) || CasePairs.IsSmall(key[i])).Aggregate(0u, (bits, i) => bits | (1u << i));
            var tag = ints[slot + HashIndexFields.SlotTag];
            Assert.Equal(HashIndexFields.Tag(analysis.Hash(key), marksLetters: true, letters), tag);
            Assert.Equal(letters, HashIndexFields.MarkedLetters(tag));
            Assert.Equal(string.Concat(key.Take(part).Select(CasePairs.Stored)), Characters(ints, slot + (part == key.Length ? HashIndexFields.SlotKey : HashIndexFields.SlotPrefix), part));
        }

        // Half of them (nine of eighteen), ids compared as they are, or ASCII keys (DEL, U+007F, the last of ASCII): nothing marked, keys as they are, tags the full hash.
        foreach (var (unmarked, ignoreCase) in new[] { (keys.Skip(2).ToList(), true), (keys, false), (keys.Select(k => k.Replace("É", "E").Replace("Š", "S").Replace("«ß»", "<\u007F>").Replace("Жук", "Zhuk")).ToList(), true) })
        {
            var (plain, plainAnalysis) = Index(unmarked, ignoreCase);
            Assert.Equal(0, plain[HashIndexFields.MarksLetters]);
            var start = plain[HashIndexFields.SlotsStart];
            var slot = start + (Enumerable.Range(0, plain[HashIndexFields.SlotCount]).First(s => plain[start + (s << HashIndexFields.NarrowSlotBits) + HashIndexFields.SlotRecord] == 0) << HashIndexFields.NarrowSlotBits);
            Assert.Equal(unchecked((int)plainAnalysis.Hash(unmarked[0])), plain[slot + HashIndexFields.SlotTag]);
            Assert.Equal(ignoreCase ? AsciiLetters.ToUpper(unmarked[0]) : unmarked[0], Characters(plain, slot + HashIndexFields.SlotKey, unmarked[0].Length));
        }
    }

    /// <summary>
    /// The index of <paramref name="keys"/> has slots of 2^<paramref name="slotBits"/> integers and holds each key in
    /// its slot, or, for the first <paramref name="longKeys"/> (too long for the slot), its start there and the rest
    /// after the slots, one rest after another.
    /// </summary>
    private static void AssertKeysInSlotsAndRests(List<string> keys, int slotBits, int longKeys)
    {
        var (ints, _) = Index(keys, ignoreCase: false);
        Assert.Equal(slotBits, ints[HashIndexFields.SlotBits]);
        var inline = HashIndexFields.InlineCharacters(slotBits);
        var slotsStart = ints[HashIndexFields.SlotsStart];
        Assert.Equal(0, slotsStart % (1 << slotBits));
        var tailsStart = slotsStart + (ints[HashIndexFields.SlotCount] << slotBits);
        var slots = Enumerable.Range(0, ints[HashIndexFields.SlotCount]).Select(slot => slotsStart + (slot << slotBits))
            .Where(slot => ints[slot + HashIndexFields.SlotRecord] >= 0).ToList();
        Assert.Equal(keys.Take(longKeys), keys.Where(k => k.Length > inline));

        // A long key's slot holds its first 22 or 54 characters (none of these keys has a surrogate pair there).
        var prefix = HashIndexFields.PrefixCharacters(slotBits);
        Assert.Equal(tailsStart + keys.Sum(k => k.Length > inline ? (k.Length - prefix + 1) / 2 : 0), ints.Count);
        // Each key's rest starts where the previous one's ends (the keys' hashes differ, so they come in key order).
        var tails = slots.Where(slot => ints[slot + HashIndexFields.SlotLength] > inline)
            .OrderBy(slot => ints[slot + HashIndexFields.SlotRecord]).Select(slot => ints[slot + HashIndexFields.SlotTail]).ToList();
        Assert.Equal(keys.Take(longKeys).Select(k => (k.Length - prefix + 1) / 2).Aggregate(new List<int> { tailsStart }, (starts, length) => [.. starts, starts[^1] + length])[..^1], tails);
        foreach (var slot in slots)
        {
            var key = keys[ints[slot + HashIndexFields.SlotRecord]];
            var characters = key.Length > inline
                ? Characters(ints, slot + HashIndexFields.SlotPrefix, prefix) + Characters(ints, ints[slot + HashIndexFields.SlotTail], key.Length - prefix)
                : Characters(ints, slot + HashIndexFields.SlotKey, key.Length);
            Assert.Equal(key, characters);
        }
    }

    [Fact]
    public void A_surrogate_pair_across_the_end_of_a_long_keys_start_goes_whole_to_the_rest()
    {
        var prefix = HashIndexFields.PrefixCharacters(HashIndexFields.NarrowSlotBits);
        var key = new string('a', prefix - 1) + "\U00010400" + "-and-more";
        var (ints, _) = Index([key, "Kabul"], ignoreCase: true);
        var slotsStart = ints[HashIndexFields.SlotsStart];
        var slot = Enumerable.Range(0, ints[HashIndexFields.SlotCount]).Select(s => slotsStart + (s << HashIndexFields.NarrowSlotBits))
            .Single(s => ints[s + HashIndexFields.SlotRecord] == 0);

        // The slot holds the pair's first half too: the reader asks it where the rest starts. ASCII letters as capitals.
        var stored = AsciiLetters.ToUpper(key);
        Assert.Equal(stored[..prefix], Characters(ints, slot + HashIndexFields.SlotPrefix, prefix));
        Assert.Equal(stored[(prefix - 1)..], Characters(ints, ints[slot + HashIndexFields.SlotTail], key.Length - prefix + 1));
        Assert.Equal(ints[slot + HashIndexFields.SlotTail] + ((key.Length - prefix + 2) / 2), ints.Count);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(40)]
    [InlineData(300)]
    public void Every_key_is_found_from_its_hash_s_slot_keys_of_one_hash_are_chained_and_every_other_slot_is_empty(int words)
    {
        // Every casing of two-letter words: under an ignore-case index four keys share each hash, so every hash has
        // a chain, and chains run through the slots the first keys left free, slot 0 among them.
        var keys = Enumerable.Range(0, words)
            .SelectMany(i => new[] { $"{(char)('a' + (i % 26))}{(char)('a' + (i / 26))}", $"{(char)('A' + (i % 26))}{(char)('a' + (i / 26))}", $"{(char)('a' + (i % 26))}{(char)('A' + (i / 26))}", $"{(char)('A' + (i % 26))}{(char)('A' + (i / 26))}" })
            .ToList();
        var (ints, analysis) = Index(keys, ignoreCase: true);
        var slotsStart = ints[HashIndexFields.SlotsStart];
        int Field(int slot, int field) => ints[slotsStart + (slot << ints[HashIndexFields.SlotBits]) + field];

        var reached = new List<int>();
        foreach (var group in keys.Select((key, record) => (key, record)).GroupBy(k => analysis.Hash(k.key)))
        {
            // The chain from the probe's slot may hold keys of another hash (of the same bucket and home) too.
            var ofThisHash = Chain(ints, group.Key).Where(slot => analysis.Hash(keys[Field(slot, HashIndexFields.SlotRecord)]) == group.Key).ToList();
            Assert.Equal(group.Select(k => k.record), ofThisHash.Select(slot => Field(slot, HashIndexFields.SlotRecord)));
            reached.AddRange(ofThisHash);
        }

        Assert.Contains(keys.Select(k => Chain(ints, analysis.Hash(k))), chain => chain.IndexOf(0) is >= 0 and var at && at < chain.Count - 1);
        Assert.Equal(keys.Count, reached.Distinct().Count());
        Assert.All(Enumerable.Range(0, ints[HashIndexFields.SlotCount]).Except(reached), slot => Assert.Equal(Refs.None, Field(slot, HashIndexFields.SlotRecord)));
    }

    [Fact]
    public void Keys_of_one_bucket_whose_homes_are_equal_but_hashes_differ_are_chained_from_their_slot()
    {
        // Two keys: one bucket, three slots. No displacement moves two equal homes apart, so the second is chained.
        var pair = Enumerable.Range(0, 100).SelectMany(i => Enumerable.Range(i + 1, 100).Select(j => new List<string> { $"k{i}", $"k{j}" }))
            .First(keys =>
            {
                var analysis = KeyAnalyzer.Analyze(keys, ignoreCase: false);
                var (first, second) = (analysis.Hash(keys[0]), analysis.Hash(keys[1]));
                return first != second && HashIndexFields.Home(first, 3) == HashIndexFields.Home(second, 3);
            });
        var (ints, analysis) = Index(pair, ignoreCase: false);
        Assert.Equal((1, 3), (ints[HashIndexFields.BucketCount], ints[HashIndexFields.SlotCount]));

        foreach (var key in pair)
        {
            var chain = Chain(ints, analysis.Hash(key));
            Assert.Equal([0, 1], chain.Select(slot => ints[ints[HashIndexFields.SlotsStart] + (slot << ints[HashIndexFields.SlotBits]) + HashIndexFields.SlotRecord]));
        }
    }

    [Fact]
    public void A_bucket_no_displacement_places_whole_is_placed_in_part_and_its_other_keys_chained()
    {
        // Eight keys: two buckets, ten slots. Often the second bucket's homes fit no turn of the slots the first left.
        // Random keys: keys that differ by one counter, such as w1-0 to w1-7, hash to evenly spaced homes, which fit.
        var found = Enumerable.Range(0, 2000).Select(seed => RandomKeys(new Random(seed), 8))
            .Select(keys => (Keys: keys, Index: Index(keys, ignoreCase: false)))
            .First(set => Chained(set.Index.Ints, set.Keys.Select(set.Index.Analysis.Hash).ToList()) > Repeated(set.Index.Ints, set.Keys.Select(set.Index.Analysis.Hash).ToList()));
        var (ints, analysis) = found.Index;
        var slotsStart = ints[HashIndexFields.SlotsStart];
        int Field(int slot, int field) => ints[slotsStart + (slot << ints[HashIndexFields.SlotBits]) + field];

        Assert.Equal((2, 10), (ints[HashIndexFields.BucketCount], ints[HashIndexFields.SlotCount]));
        for (var key = 0; key < found.Keys.Count; key++)
        {
            var hash = analysis.Hash(found.Keys[key]);
            Assert.Contains(Chain(ints, hash), slot => Field(slot, HashIndexFields.SlotRecord) == key && HashIndexFields.TagMatches(Field(slot, HashIndexFields.SlotTag), hash, ints[HashIndexFields.MarksLetters] != 0));
        }

        // The kept try placed at least one home of the bucket in its own slot.
        var buckets = found.Keys.Select(k => HashIndexFields.Bucket(analysis.Hash(k), 2)).ToList();
        Assert.All(new[] { 0, 1 }, bucket => Assert.Contains(
            Enumerable.Range(0, found.Keys.Count).Where(key => buckets[key] == bucket),
            key => Field(Chain(ints, analysis.Hash(found.Keys[key]))[0], HashIndexFields.SlotRecord) == key));
    }

    [Fact]
    public void At_100000_ids_and_155000_names_a_key_leaves_its_probe_s_slot_only_when_its_hash_or_home_repeats_another_s()
    {
        // Keys chained from another key's slot cost a lookup a second slot: apart from equal hashes and equal homes
        // within a bucket (about two pairs expected at this size), every bucket's displacement places it whole.
        var ids = Enumerable.Range(0, 100_000).Select(i => $"catalog-{i}").ToList();
        string[] stems = ["Kabul", "Émile", "Москва", "قندهار", "Δήμος", "\U00010400\U00010428x"];
        var names = Enumerable.Range(0, 100_000).Select(i => $"{stems[i % stems.Length]} {i}")
            .Concat(Enumerable.Range(0, 55_000).Select(i => $"{stems[(i + 3) % stems.Length].ToUpperInvariant()} {i}-a")).ToList();
        foreach (var (keys, ignoreCase) in new[] { (ids, false), (names, true) })
        {
            var (ints, analysis) = Index(keys, ignoreCase);
            var hashes = keys.Select(analysis.Hash).ToList();
            var repeated = Repeated(ints, hashes);

            Assert.Equal(repeated, Chained(ints, hashes));
            Assert.InRange(repeated - (keys.Count - hashes.Distinct().Count()), 0, 20);
        }
    }

    /// <summary><paramref name="count"/> keys of six lower-case letters from <paramref name="random"/>.</summary>
    private static List<string> RandomKeys(Random random, int count)
        => Enumerable.Range(0, count).Select(_ => string.Concat(Enumerable.Range(0, 6).Select(_ => (char)('a' + random.Next(26))))).ToList();

    /// <summary>How many keys share their bucket and home with a key before them: no displacement places them apart.</summary>
    private static int Repeated(List<int> ints, List<uint> hashes)
        => hashes.GroupBy(h => (HashIndexFields.Bucket(h, ints[HashIndexFields.BucketCount]), HashIndexFields.Home(h, ints[HashIndexFields.SlotCount]))).Sum(g => g.Count() - 1);

    /// <summary>How many keys (record i for the i-th hash) are not in the slot their probe reads first.</summary>
    private static int Chained(List<int> ints, List<uint> hashes)
        => hashes.Select((h, key) => (Slot: Chain(ints, h)[0], Key: key))
            .Count(probe => ints[ints[HashIndexFields.SlotsStart] + (probe.Slot << ints[HashIndexFields.SlotBits]) + HashIndexFields.SlotRecord] != probe.Key);

    /// <summary>The slots a probe of <paramref name="hash"/> reads: its bucket's displacement's slot, then the chain from there.</summary>
    private static List<int> Chain(List<int> ints, uint hash)
    {
        var slotsStart = ints[HashIndexFields.SlotsStart];
        var slotCount = ints[HashIndexFields.SlotCount];
        var bucket = HashIndexFields.Bucket(hash, ints[HashIndexFields.BucketCount]);
        var chain = new List<int>();
        for (var slot = HashIndexFields.Slot(HashIndexFields.Home(hash, slotCount), ints[HashIndexFields.HeaderWidth + bucket], slotCount); slot >= 0;
             slot = ints[slotsStart + (slot << ints[HashIndexFields.SlotBits]) + HashIndexFields.SlotNext])
        {
            chain.Add(slot);
        }

        return chain;
    }

    /// <summary><paramref name="count"/> characters stored two an integer from <paramref name="at"/>, the first in the low half.</summary>
    private static string Characters(IReadOnlyList<int> ints, int at, int count)
        => string.Concat(Enumerable.Range(0, (count + 1) / 2).Select(i => $"{(char)(ints[at + i] & 0xFFFF)}{(char)((uint)ints[at + i] >> 16)}"))[..count];

    private static (List<int> Ints, KeyAnalyzer Analysis) Index(List<string> keys, bool ignoreCase)
    {
        var analysis = KeyAnalyzer.Analyze(keys, ignoreCase);
        return (HashIndexWriter.Write(keys.Select((key, record) => (key, record)).ToList(), analysis).ToList(), analysis);
    }
}
