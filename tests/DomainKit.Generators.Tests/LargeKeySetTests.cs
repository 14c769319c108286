using DomainKit.Testing;

namespace DomainKit.Generators.Tests;

/// <summary>
/// Key sets above the dispatch limit get no generated switch code, only their key index in the data; lookups
/// through it must agree exactly with ordinal and ordinal-ignore-case dictionaries.
/// </summary>
public class LargeKeySetTests
{
    private const int ExtraActors = 600;

    private static readonly string[] Stems = ["Kabul", "Ahmad", "Ваҳдат", "Δήμος", "Şahin", "Mazār", "Ōsaka", "Dushanbe", "قندهار", "Émile", "x"];

    [Fact]
    public void Names_aliases_and_ids_beyond_the_dispatch_limit_are_found_through_the_hash_index()
    {
        var corpus = new TestCorpus();
        for (var i = 0; i < ExtraActors; i++)
        {
            var stem = Stems[i % Stems.Length];
            corpus.AppendLine("actors.tsv", $"actor-{i:D4}\t{stem} {i}\tPerson\t\t\t\t{stem.ToUpperInvariant()}-{i}|{i} {stem}");
        }

        var result = GeneratorHarness.Run(corpus.Files);
        Assert.Empty(result.CompileErrors);
        Assert.DoesNotContain("IndexOfId", result.GeneratedSource(".Actors.g.cs"), StringComparison.Ordinal);

        var dataset = GeneratorHarness.LoadDataset(corpus.Files);
        var byName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var actor in dataset.Actors.All)
        {
            byName.TryAdd(actor.Name, actor.Id);
            foreach (var alias in actor.Aliases)
            {
                byName.TryAdd(alias, actor.Id);
            }
        }

        Assert.True(byName.Count > Compiled.Refs.MaxDispatchKeys);
        var probes = byName.Keys.SelectMany(k => new[] { k, k.ToUpperInvariant(), k.ToLowerInvariant(), k + " ", k[..^1], "?" + k[1..] });
        foreach (var probe in probes.Concat(["", "Kabul", "KABUL 0", "ваҳдат 2"]))
        {
            var hit = dataset.Actors.TryFind(probe, out var found);
            Assert.Equal(byName.TryGetValue(probe, out var id), hit);
            Assert.Equal(hit ? id : null, found?.Id);
        }

        foreach (var actor in dataset.Actors.All)
        {
            Assert.True(dataset.Actors.TryGet(actor.Id, out var same));
            Assert.Same(actor, same);
            Assert.False(dataset.Actors.TryGet(actor.Id.ToUpperInvariant(), out _));
        }

        Assert.True(dataset.Statements.TryGet("taliban-border-pledge", out _));
        Assert.False(dataset.Statements.TryGet("taliban-border-pledg", out _));
    }
}
