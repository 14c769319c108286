using DomainKit.Compiled;
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

        table.Grouping(Section.StatementsBySpeaker, 3, [[2], [0, 2, 0], [3, -1, 1], [2]]);

        // Group count, the starts of groups 0..3, then the members: group 0 {1}, group 1 {2}, group 2 {0, 1, 3}.
        Assert.Equal([3, 0, 1, 2, 5, 1, 2, 0, 1, 3], table.Sections[(int)Section.StatementsBySpeaker]);
    }

    [Fact]
    public void A_table_with_a_row_still_open_cannot_be_finished()
    {
        var table = new TableBuilder();
        table.Row(Section.Borders, BorderRow.Width).Set(BorderRow.First, 1);

        Assert.Throws<InvalidOperationException>(() => table.Finish(dispatchIds: false));
    }

    [Fact]
    public void Annotation_ids_are_ordered_by_hash_then_by_their_UTF_8_bytes_then_as_given()
    {
        // T44181 and T70978 share their ordinal hash; twenty T1 tell apart only the order they were given in.
        Assert.Equal(KeyHash.Whole("T44181".AsSpan(), KeyFold.Ordinal), KeyHash.Whole("T70978".AsSpan(), KeyFold.Ordinal));
        var table = new TableBuilder();
        var ids = new List<(string Id, int String, int Kind, int Row)>
        {
            ("T70978", table.Strings.Add("T70978"), 1, 100),
            ("T44181", table.Strings.Add("T44181"), 1, 101),
        };
        ids.AddRange(Enumerable.Range(0, 20).Select(i => ("T1", table.Strings.Add("T1"), i % 3, i)));

        AnnotationIdRows.Write(table, ids);
        var tables = table.Finish(dispatchIds: false);

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
        var section = new List<int>();

        HashIndexWriter.Write(section, [], KeyAnalyzer.Analyze([], ignoreCase: false));

        Assert.Empty(section);
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
        const int width = HashIndexFields.SlotWidth;
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
        var (ints, _) = Index(keys, ignoreCase: false);
        var slotsStart = ints[HashIndexFields.SlotsStart];
        var tailsStart = slotsStart + (ints[HashIndexFields.SlotCount] * HashIndexFields.SlotWidth);
        var slots = Enumerable.Range(0, ints[HashIndexFields.SlotCount]).Select(slot => slotsStart + (slot * HashIndexFields.SlotWidth))
            .Where(slot => ints[slot + HashIndexFields.SlotRecord] >= 0).ToList();

        // A long key's slot holds its first 22 characters (none of these keys has a surrogate pair there).
        const int prefix = HashIndexFields.PrefixCharacters;
        Assert.Equal(tailsStart + keys.Sum(k => k.Length > HashIndexFields.InlineCharacters ? (k.Length - prefix + 1) / 2 : 0), ints.Count);
        // Each key's rest starts where the previous one's ends (the keys' hashes differ, so they come in key order).
        var tails = slots.Where(slot => ints[slot + HashIndexFields.SlotLength] > HashIndexFields.InlineCharacters)
            .OrderBy(slot => ints[slot + HashIndexFields.SlotRecord]).Select(slot => ints[slot + HashIndexFields.SlotTail]).ToList();
        Assert.Equal(keys.Take(longKeys).Select(k => (k.Length - prefix + 1) / 2).Aggregate(new List<int> { tailsStart }, (starts, length) => [.. starts, starts[^1] + length])[..^1], tails);
        foreach (var slot in slots)
        {
            var key = keys[ints[slot + HashIndexFields.SlotRecord]];
            var characters = key.Length > HashIndexFields.InlineCharacters
                ? Characters(ints, slot + HashIndexFields.SlotPrefix, prefix) + Characters(ints, ints[slot + HashIndexFields.SlotTail], key.Length - prefix)
                : Characters(ints, slot + HashIndexFields.SlotKey, key.Length);
            Assert.Equal(key, characters);
        }
    }

    [Fact]
    public void A_surrogate_pair_across_the_end_of_a_long_keys_start_goes_whole_to_the_rest()
    {
        const int prefix = HashIndexFields.PrefixCharacters;
        var key = new string('a', prefix - 1) + "\U00010400" + "-and-more";
        var (ints, _) = Index([key, "Kabul"], ignoreCase: true);
        var slotsStart = ints[HashIndexFields.SlotsStart];
        var slot = Enumerable.Range(0, ints[HashIndexFields.SlotCount]).Select(s => slotsStart + (s * HashIndexFields.SlotWidth))
            .Single(s => ints[s + HashIndexFields.SlotRecord] == 0);

        // The slot holds the pair's first half too: the reader asks it where the rest starts.
        Assert.Equal(key[..prefix], Characters(ints, slot + HashIndexFields.SlotPrefix, prefix));
        Assert.Equal(key[(prefix - 1)..], Characters(ints, ints[slot + HashIndexFields.SlotTail], key.Length - prefix + 1));
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
        var slotCount = ints[HashIndexFields.SlotCount];
        int Field(int slot, int field) => ints[slotsStart + (slot << HashIndexFields.SlotWidthBits) + field];

        var reached = new List<int>();
        var chainedFromSlot0 = false;
        foreach (var group in keys.Select((key, record) => (key, record)).GroupBy(k => analysis.Hash(k.key)))
        {
            var bucket = HashIndexFields.Bucket(group.Key, ints[HashIndexFields.BucketCount]);
            var slot = HashIndexFields.Slot(group.Key, unchecked((uint)ints[HashIndexFields.HeaderWidth + bucket]), slotCount);
            var chain = new List<int>();
            for (; slot >= 0; slot = Field(slot, HashIndexFields.SlotNext))
            {
                Assert.Equal(unchecked((int)group.Key), Field(slot, HashIndexFields.SlotHash));
                chain.Add(Field(slot, HashIndexFields.SlotRecord));
                chainedFromSlot0 |= slot == 0 && Field(slot, HashIndexFields.SlotNext) >= 0;
                reached.Add(slot);
            }

            Assert.Equal(group.Select(k => k.record), chain);
        }

        Assert.True(chainedFromSlot0, "no chain goes on from slot 0");
        Assert.Equal(keys.Count, reached.Distinct().Count());
        Assert.All(Enumerable.Range(0, slotCount).Except(reached), slot => Assert.Equal(Refs.None, Field(slot, HashIndexFields.SlotRecord)));
    }

    /// <summary><paramref name="count"/> characters stored two an integer from <paramref name="at"/>, the first in the low half.</summary>
    private static string Characters(IReadOnlyList<int> ints, int at, int count)
        => string.Concat(Enumerable.Range(0, (count + 1) / 2).Select(i => $"{(char)(ints[at + i] & 0xFFFF)}{(char)((uint)ints[at + i] >> 16)}"))[..count];

    private static (List<int> Ints, KeyAnalyzer Analysis) Index(List<string> keys, bool ignoreCase)
    {
        var ints = new List<int>();
        var analysis = KeyAnalyzer.Analyze(keys, ignoreCase);
        HashIndexWriter.Write(ints, keys.Select((key, record) => (key, record)).ToList(), analysis);
        return (ints, analysis);
    }
}
