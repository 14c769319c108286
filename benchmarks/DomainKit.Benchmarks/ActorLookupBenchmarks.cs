using System.Collections.Frozen;
using BenchmarkDotNet.Attributes;

namespace DomainKit.Benchmarks;

/// <summary>
/// Name/alias and id lookups on the bundled corpus against what a user would write instead:
/// a FrozenDictionary over the same keys (the baseline) and a LINQ scan over <c>All</c>.
/// </summary>
[MemoryDiagnoser]
public class ActorLookupBenchmarks
{
    private FrozenDictionary<string, Actor> _byName = null!;
    private FrozenDictionary<string, Actor> _byId = null!;

    [Params("Islamic Emirate", "khasan sultonov", "Nobody")]
    public string Name { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var byName = new Dictionary<string, Actor>(StringComparer.OrdinalIgnoreCase);
        foreach (var actor in Afghanistan2021.Actors.All)
        {
            byName.TryAdd(actor.Name, actor);
        }

        foreach (var actor in Afghanistan2021.Actors.All)
        {
            foreach (var alias in actor.Aliases)
            {
                byName.TryAdd(alias, actor);
            }
        }

        _byName = byName.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _byId = Afghanistan2021.Actors.All.ToFrozenDictionary(a => a.Id, StringComparer.Ordinal);
    }

    [Benchmark(Baseline = true)]
    public Actor? FrozenDictionaryByName() => _byName.GetValueOrDefault(Name);

    [Benchmark]
    public Actor? GeneratedTryFind() => Afghanistan2021.Actors.TryFind(Name, out var actor) ? actor : null;

    [Benchmark]
    public Actor? LinqScan() => Afghanistan2021.Actors.All.FirstOrDefault(a =>
        string.Equals(a.Name, Name, StringComparison.OrdinalIgnoreCase) || a.Aliases.Contains(Name, StringComparer.OrdinalIgnoreCase));

    [Benchmark]
    public Actor? FrozenDictionaryById() => _byId.GetValueOrDefault("taliban");

    [Benchmark]
    public Actor? GeneratedTryGet() => Afghanistan2021.Actors.TryGet("taliban", out var actor) ? actor : null;
}
