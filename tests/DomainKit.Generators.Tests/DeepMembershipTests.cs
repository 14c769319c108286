using System.Text;

namespace DomainKit.Generators.Tests;

/// <summary>
/// A <c>memberOf</c> chain as long as the linker accepts is decoded without recursion: the first lookup of its
/// deepest actor must not overflow the stack, however long the chain.
/// </summary>
public class DeepMembershipTests
{
    private const int ChainLength = 100_000;

    // An ordinary thread's stack: enough for any decoding that does not recurse once per link of the chain.
    private const int StackBytes = 1024 * 1024;

    [Fact]
    public void The_deepest_actor_of_a_100000_long_member_chain_is_found_and_walked_to_its_root()
    {
        var corpus = new TestCorpus();
        var rows = new StringBuilder(corpus["actors.tsv"]);
        for (var i = 0; i < ChainLength; i++)
        {
            rows.Append($"chain{i}\tChain {i}\tGroup\t\t{(i + 1 < ChainLength ? $"chain{i + 1}" : string.Empty)}\t\t\n");
        }

        corpus["actors.tsv"] = rows.ToString();
        var dataset = (Dataset)GeneratorHarness.LoadDataset(corpus.Files);

        Actor? deepest = null;
        var links = 0;
        Actor? root = null;
        var thread = new Thread(
            () =>
            {
                dataset.Actors.TryGet("chain0", out deepest);
                for (root = deepest; root?.MemberOf is { } parent; root = parent)
                {
                    links++;
                }
            },
            StackBytes);
        thread.Start();
        thread.Join();

        Assert.Equal("chain0", deepest?.Id);
        Assert.Equal(ChainLength - 1, links);
        Assert.Equal($"chain{ChainLength - 1}", root?.Id);
        Assert.True(dataset.Actors.TryFind("Chain 50000", out var middle));
        Assert.Equal("chain50001", middle.MemberOf?.Id);
    }
}
