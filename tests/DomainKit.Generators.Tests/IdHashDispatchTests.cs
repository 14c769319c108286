using DomainKit.Generators.Common;
using DomainKit.Generators.Generation.Emit;

namespace DomainKit.Generators.Tests;

/// <summary>
/// The perfect hash over a small set of ids (<see cref="IdHashPlan"/>, <see cref="IdHashDispatchEmitter"/>): each id in a
/// slot of its own, the emitted method compiled and run on every id and near misses, the same plan for the same ids, and
/// no plan (so a switch) where a few characters do not tell the ids apart.
/// </summary>
public sealed class IdHashDispatchTests
{
    public static TheoryData<string[]> HashedKeySets => new()
    {
        { new[] { "taliban", "sahin", "tajikistan", "tass", "a", "ab", "ba" } },
        // Ids that differ only far from both ends, past the other positions' characters.
        { new[] { "afghan-security-source-unnamed", "afghan-local-officials-unnamed", "afghan-government", "afghanistan", "us" } },
        // The most a plan holds, all of one length and one prefix: only the last characters tell them apart.
        { Enumerable.Range(0, IdHashPlan.MaxKeys).Select(i => $"actor-{i:D4}").ToArray() },
        { Enumerable.Range(0, 56).Select(i => $"2021-07-taliban-delegation-moscow-badghis-fighting#S{i}").ToArray() },
        // Characters a literal must escape, non-ASCII and astral ones (and no empty id: a plan needs the length to hash).
        { new[] { "'", "\\", "\"", " ", "~", "\u007f", "\u001f", "\t", "é", "Ж", "\U0001F600", "a'b", "a\\b", "a\"b", "\U0001F600\U0001F601", "\uFFFF" } },
        { new[] { "x" } },
        // Short ids beside long ones: positions past the shortest are read clamped to it.
        { new[] { "x", "ab1cd", "ab2cd", "ab" } },
    };

    [Theory]
    [MemberData(nameof(HashedKeySets))]
    public void Every_id_hashes_to_its_own_index_and_every_other_key_to_none(string[] keys)
    {
        var plan = IdHashPlan.Find(keys);
        Assert.NotNull(plan);
        var w = new SourceWriter();
        IdHashDispatchEmitter.Emit(w, "The index of the key.", "IndexOfKey", keys, plan);
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

    [Theory]
    [MemberData(nameof(HashedKeySets))]
    public void Each_id_has_a_slot_of_its_own_and_every_other_slot_is_empty(string[] keys)
    {
        var plan = IdHashPlan.Find(keys)!;

        Assert.Equal(1 << plan.SlotBits, plan.Slots.Count);
        Assert.Equal(Enumerable.Range(0, keys.Length), keys.Select(plan.SlotOf).Select(slot => (int)plan.Slots[slot]));
        Assert.Equal(plan.Slots.Count - keys.Length, plan.Slots.Count(slot => slot == IdHashPlan.Empty));
        Assert.All(plan.Multipliers, multiplier => Assert.Equal(1UL, multiplier & 1));
        Assert.Equal(plan.Positions.Count + 1, plan.Multipliers.Count);
        Assert.All(plan.Positions, position => Assert.InRange(position >= 0 ? position : -position - 1, 0, keys.Max(k => k.Length) - 1));
    }

    [Fact]
    public void The_same_ids_give_the_same_plan()
    {
        var keys = Enumerable.Range(0, 120).Select(i => $"border-event-{i * 7919 % 1000}").ToArray();
        var first = IdHashPlan.Find(keys)!;
        var second = IdHashPlan.Find(keys.ToArray())!;

        Assert.Equal(first.Positions, second.Positions);
        Assert.Equal(first.Multipliers, second.Multipliers);
        Assert.Equal(first.Slots, second.Slots);
    }

    [Fact]
    public void Ids_a_few_characters_do_not_tell_apart_get_no_plan()
    {
        // One character tells the two apart, 35 from either end: too far from both for a plan.
        Assert.Null(IdHashPlan.Find(FarApart));
        // An empty id leaves no position at all, and the length does not tell "a" from "b".
        Assert.Null(IdHashPlan.Find(["", "a", "b"]));
        Assert.Null(IdHashPlan.Find([]));
        Assert.Null(IdHashPlan.Find(Enumerable.Range(0, IdHashPlan.MaxKeys + 1).Select(i => $"actor-{i:D4}").ToArray()));
    }

    [Theory]
    [InlineData(false, "no perfect hash over a few characters tells them apart")]
    [InlineData(true, "a perfect hash holds at most 255")]
    public void Ids_with_no_plan_get_a_switch_that_says_why(bool many, string why)
    {
        var ids = many ? Enumerable.Range(0, IdHashPlan.MaxKeys + 1).Select(i => $"actor-{i:D4}").ToArray() : FarApart;
        var model = new RecordQueriesModel(EmitterSourceTestsDeclaration, RecordKind.Statement, ids.Length, DispatchIds: true, new EquatableArray<string>(ids));
        var (_, source) = CorpusEmitter.EmitQueries(model);

        Assert.Contains($"// Id lookup: a generated switch ({ids.Length} keys; {why}); Dataset uses the key index in the data.", source, StringComparison.Ordinal);
        Assert.DoesNotContain(MemberNames.IdSlots, source, StringComparison.Ordinal);
        var dispatch = new DispatchInterpreter(source, MemberNames.IndexOfId);
        Assert.Equal(Enumerable.Range(0, ids.Length), ids.Select(dispatch.Run));
        Assert.Equal(-1, dispatch.Run(ids[0] + "x"));
    }

    private static readonly string[] FarApart = [new string('a', 35) + "b" + new string('a', 34), new string('a', 35) + "c" + new string('a', 34)];

    private static readonly Generation.CorpusDeclaration EmitterSourceTestsDeclaration = new("Samples.News", "Border2021", "public", "Corpus", true, CorpusPipeline.Vocabulary);
}
