using DomainKit.Compiled;

namespace DomainKit.Tests;

/// <summary>
/// <see cref="ActorTable"/> over actor rows written by hand (<see cref="PackedCorpus"/>): <c>memberOf</c> chains far
/// longer than the bundled corpus's, reached from either end and from the middle.
/// </summary>
public class ActorTableTests
{
    [Fact]
    public void A_long_member_of_chain_decodes_from_its_leaf_without_deepening_the_stack()
    {
        // Actor i is a member of actor i + 1; the last is a member of nothing. Decoding them one inside another
        // would need thousands of frames: the small stack below holds only a flat walk.
        const int count = 20_000;
        var actors = Chain(count);
        Actor? leaf = null;
        var thread = new Thread(() => leaf = actors[0], maxStackSize: 256 * 1024);
        thread.Start();
        thread.Join();

        AssertChain(actors, leaf!, 0);
    }

    [Theory]
    [InlineData(new[] { 0 })]
    [InlineData(new[] { 5, 0 })]
    [InlineData(new[] { 9, 3, 0 })]
    [InlineData(new[] { 6, 7, 8, 0 })]
    public void Each_actor_is_a_member_of_the_same_instance_its_table_holds_whatever_the_order_they_are_reached(int[] order)
    {
        var actors = Chain(10);
        foreach (var index in order)
        {
            AssertChain(actors, actors[index], index);
        }

        Assert.All(actors, (actor, index) => Assert.Equal(index, actor.Ordinal));
    }

    private static void AssertChain(ActorTable actors, Actor actor, int index)
    {
        for (var at = index; at < actors.Count; at++)
        {
            Assert.Equal($"actor-{at}", actor.Id);
            Assert.Same(actors[at], actor);
            if (at + 1 < actors.Count)
            {
                actor = actor.MemberOf!;
            }
        }

        Assert.Null(actor.MemberOf);
    }

    private static ActorTable Chain(int count)
    {
        var data = new PackedCorpus.Builder();
        var noAliases = data.List();
        for (var i = 0; i < count; i++)
        {
            var row = new int[ActorRow.Width];
            row[ActorRow.Id] = row[ActorRow.Name] = data.String($"actor-{i}");
            row[ActorRow.Kind] = (int)ActorKind.ArmedGroup;
            row[ActorRow.Country] = row[ActorRow.Role] = Refs.None;
            row[ActorRow.MemberOf] = i + 1 < count ? i + 1 : Refs.None;
            row[ActorRow.Aliases] = noAliases;
            data[Section.Actors].AddRange(row);
        }

        return new ActorTable(new DataReader(data.Build()));
    }
}
