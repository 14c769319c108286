using DomainKit.Generators.Common;
using DomainKit.Generators.Generation.Emit;

namespace DomainKit.Generators.Tests;

/// <summary>
/// The perfect hash over a small set of ids or names (<see cref="PerfectHashPlan"/>, <see cref="PerfectHashDispatchEmitter"/>):
/// each key in a slot of its own, the emitted method compiled and run on every key and near misses (names in any casing,
/// against <see cref="StringComparison.OrdinalIgnoreCase"/>), the same plan for the same keys, and no plan (so a switch
/// for ids) where a few characters do not tell the keys apart.
/// </summary>
public sealed class PerfectHashDispatchTests
{
    public static TheoryData<string[]> HashedKeySets => new()
    {
        { new[] { "taliban", "sahin", "tajikistan", "tass", "a", "ab", "ba" } },
        // Ids that differ only far from both ends, past the other positions' characters.
        { new[] { "afghan-security-source-unnamed", "afghan-local-officials-unnamed", "afghan-government", "afghanistan", "us" } },
        // The most a plan holds, all of one length and one prefix: only the last characters tell them apart.
        { Enumerable.Range(0, PerfectHashPlan.MaxKeys).Select(i => $"actor-{i:D4}").ToArray() },
        { Enumerable.Range(0, 56).Select(i => $"2021-07-taliban-delegation-moscow-badghis-fighting#S{i}").ToArray() },
        // Characters a literal must escape, non-ASCII and astral ones (and no empty id: a plan needs the length to hash).
        { new[] { "'", "\\", "\"", " ", "~", "\u007f", "\u001f", "\t", "é", "Ж", "\U0001F600", "a'b", "a\\b", "a\"b", "\U0001F600\U0001F601", "\uFFFF" } },
        { new[] { "x" } },
        // Short ids beside long ones: positions past the shortest are read clamped to it.
        { new[] { "x", "ab1cd", "ab2cd", "ab" } },
        // The most a slot holds: 255 keys of the longest length, so the last starts near the 16-bit start's end.
        { Enumerable.Range(0, PerfectHashPlan.MaxKeys).Select(i => $"{i:D3}" + new string('x', DomainKit.Compiled.PerfectHashSlotLayout.MaxKeyLength - 3)).ToArray() },
    };

    [Theory]
    [MemberData(nameof(HashedKeySets))]
    public void Every_id_hashes_to_its_own_index_and_every_other_key_to_none(string[] keys)
    {
        var plan = PerfectHashPlan.Find(keys, ignoreCase: false);
        Assert.NotNull(plan);
        var w = new SourceWriter();
        PerfectHashDispatchEmitter.Emit(w, "The index of the key.", "IndexOfKey", plan, PerfectHashDispatchEmitter.Ids, keys);
        var dispatch = new CompiledDispatch("static class C {\n" + w + "}", "IndexOfKey");

        for (var i = 0; i < keys.Length; i++)
        {
            Assert.Equal(i, dispatch.Run(keys[i]));
        }

        var indexOf = keys.Select((key, index) => (key, index)).ToDictionary(k => k.key, k => k.index, StringComparer.Ordinal);
        foreach (var probe in keys.SelectMany(EmitterSourceTests.NearMisses).Append("").Distinct())
        {
            Assert.Equal(indexOf.TryGetValue(probe, out var index) ? index : -1, dispatch.Run(probe));
        }
    }

    public static TheoryData<string[]> NameSets => new()
    {
        { new[] { "Taliban", "Islamic Emirate", "TASS", "Tajikistan", "US", "USA", "United States of America" } },
        // Case pairs beyond ASCII: Latin-1, Cyrillic, Greek (final sigma), a title-case digraph, astral Deseret letters.
        { new[] { "Émir", "Жуковский", "ΟΔΥΣΣΕΥΣ", "ǅemal", "\U00010400\U00010401", "Straße", "İstanbul", "x" } },
        { Enumerable.Range(0, 200).Select(i => $"Actor Number {i}").ToArray() },
    };

    [Theory]
    [MemberData(nameof(NameSets))]
    public void Every_name_finds_its_actor_in_any_casing_as_OrdinalIgnoreCase_compares(string[] names)
    {
        var plan = PerfectHashPlan.Find(names, ignoreCase: true);
        Assert.NotNull(plan);
        Assert.True(plan.IgnoreCase);
        var actors = names.Select((_, i) => (i * 7) % 251).ToArray();
        var w = new SourceWriter();
        PerfectHashDispatchEmitter.Emit(w, "The actor of the name.", "IndexOfName", plan, PerfectHashDispatchEmitter.Names, names, actors);
        var dispatch = new CompiledDispatch("static class C {\n" + w + "}", "IndexOfName");

        var expected = names.Select((name, i) => (name, actor: actors[i])).ToDictionary(k => k.name, k => k.actor, StringComparer.OrdinalIgnoreCase);
        foreach (var probe in names.SelectMany(name => new[] { name, name.ToUpperInvariant(), name.ToLowerInvariant() }.Concat(EmitterSourceTests.NearMisses(name))).Distinct())
        {
            Assert.Equal(expected.TryGetValue(probe, out var actor) ? actor : -1, dispatch.Run(probe));
        }
    }

    [Theory]
    [MemberData(nameof(HashedKeySets))]
    public void Each_id_has_a_slot_of_its_own_and_every_other_slot_is_empty(string[] keys)
    {
        var plan = PerfectHashPlan.Find(keys, ignoreCase: false)!;

        Assert.Equal(1 << plan.SlotBits, plan.Slots.Count);
        Assert.Equal(Enumerable.Range(0, keys.Length), keys.Select(plan.SlotOf).Select(slot => (int)plan.Slots[slot]));
        Assert.Equal(plan.Slots.Count - keys.Length, plan.Slots.Count(slot => slot == PerfectHashPlan.Empty));
        Assert.All(plan.Multipliers, multiplier => Assert.Equal(1UL, multiplier & 1));
        Assert.Equal(plan.Positions.Count + 1, plan.Multipliers.Count);
        Assert.All(plan.Positions, position => Assert.InRange(position >= 0 ? position : -position - 1, 0, keys.Max(k => k.Length) - 1));
    }

    [Fact]
    public void The_same_ids_give_the_same_plan()
    {
        var keys = Enumerable.Range(0, 120).Select(i => $"border-event-{i * 7919 % 1000}").ToArray();
        var first = PerfectHashPlan.Find(keys, ignoreCase: false)!;
        var second = PerfectHashPlan.Find(keys.ToArray(), ignoreCase: false)!;

        Assert.Equal(first.Positions, second.Positions);
        Assert.Equal(first.Multipliers, second.Multipliers);
        Assert.Equal(first.Slots, second.Slots);
    }

    [Fact]
    public void Ids_a_few_characters_do_not_tell_apart_get_no_plan()
    {
        // One character tells the two apart, 35 from either end: too far from both for a plan.
        Assert.Null(PerfectHashPlan.Find(FarApart, ignoreCase: false));
        // An empty id leaves no position at all, and the length does not tell "a" from "b".
        Assert.Null(PerfectHashPlan.Find(["", "a", "b"], ignoreCase: false));
        Assert.Null(PerfectHashPlan.Find([], ignoreCase: false));
        Assert.Null(PerfectHashPlan.Find(Enumerable.Range(0, PerfectHashPlan.MaxKeys + 1).Select(i => $"actor-{i:D4}").ToArray(), ignoreCase: false));
        // A key longer than a slot's length holds.
        Assert.Null(PerfectHashPlan.Find(["a", new string('b', DomainKit.Compiled.PerfectHashSlotLayout.MaxKeyLength + 1)], ignoreCase: false));
        Assert.NotNull(PerfectHashPlan.Find(["a", new string('b', DomainKit.Compiled.PerfectHashSlotLayout.MaxKeyLength)], ignoreCase: false));
    }

    [Fact]
    public void Ids_with_no_plan_get_a_switch_that_says_why()
    {
        var ids = FarApart;
        var model = new RecordQueriesModel(EmitterSourceTestsDeclaration, RecordKind.Statement, ids.Length, DispatchIds: true, new EquatableArray<string>(ids));
        var (_, source) = CorpusEmitter.EmitQueries(model);

        Assert.Contains($"// Id lookup: a generated switch ({ids.Length} keys; no perfect hash over a few characters tells them apart); TryGet calls it, and so does Dataset (through CorpusData.IdIndexer).", source, StringComparison.Ordinal);
        Assert.DoesNotContain(MemberNames.IdSlots, source, StringComparison.Ordinal);
        var dispatch = new DispatchInterpreter(source, MemberNames.IndexOfId);
        Assert.Equal(Enumerable.Range(0, ids.Length), ids.Select(dispatch.Run));
        Assert.Equal(-1, dispatch.Run(ids[0] + "x"));
    }

    [Fact]
    public void Ids_with_a_key_longer_than_a_slot_holds_get_a_switch_that_says_why()
    {
        string[] ids = ["a", new string('b', DomainKit.Compiled.PerfectHashSlotLayout.MaxKeyLength + 1)];
        var model = new RecordQueriesModel(EmitterSourceTestsDeclaration, RecordKind.Statement, ids.Length, DispatchIds: true, new EquatableArray<string>(ids));
        var (_, source) = CorpusEmitter.EmitQueries(model);

        Assert.Contains("// Id lookup: a generated switch (2 keys; a key is longer than the 255 code units a perfect hash's slot holds); TryGet calls it", source, StringComparison.Ordinal);
        var dispatch = new DispatchInterpreter(source, MemberNames.IndexOfId);
        Assert.Equal([0, 1], ids.Select(dispatch.Run));
        Assert.Equal(-1, dispatch.Run(ids[1][1..]));
    }

    private static readonly string[] FarApart = [new string('a', 35) + "b" + new string('a', 34), new string('a', 35) + "c" + new string('a', 34)];

    private static readonly Generation.CorpusDeclaration EmitterSourceTestsDeclaration = new("Samples.News", "Border2021", "public", "Corpus", true, CorpusPipeline.Vocabulary);
}
