using System.Collections.Frozen;
using BenchmarkDotNet.Attributes;

namespace DomainKit.Benchmarks.Lookups;

/// <summary>
/// Name or alias → actor, ignoring case: the corpus's lookup (generated dispatch, or its hash index on large
/// corpora) against the dictionaries a user would build over the same keys.
/// </summary>
[MemoryDiagnoser]
public class NameLookupBenchmarks : KeyLookupBenchmark
{
    private string[] _probes = [];
    private FrozenDictionary<string, Actor> _frozen = null!;
    private Dictionary<string, Actor> _dictionary = null!;

    /// <summary>The names probed, once set up (for <see cref="GeneratedClassLookupBenchmarks"/>).</summary>
    internal string[] NameProbes => _probes;

    [GlobalSetup]
    public void Setup()
    {
        LoadCorpus();
        _probes = Probes.Names(Data, ProbeSet);
        _dictionary = new Dictionary<string, Actor>(StringComparer.OrdinalIgnoreCase);
        foreach (var actor in Data.Actors.All)
        {
            _dictionary.TryAdd(actor.Name, actor);
        }

        foreach (var actor in Data.Actors.All)
        {
            foreach (var alias in actor.Aliases)
            {
                _dictionary.TryAdd(alias, actor);
            }
        }

        _frozen = _dictionary.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Probes.LookupsPerCall)]
    public int FrozenDictionary()
    {
        var found = 0;
        foreach (var probe in _probes)
        {
            found += _frozen.TryGetValue(probe, out _) ? 1 : 0;
        }

        return found;
    }

    [Benchmark(OperationsPerInvoke = Probes.LookupsPerCall)]
    public int Dictionary()
    {
        var found = 0;
        foreach (var probe in _probes)
        {
            found += _dictionary.TryGetValue(probe, out _) ? 1 : 0;
        }

        return found;
    }

    [Benchmark(OperationsPerInvoke = Probes.LookupsPerCall)]
    public int DomainKit()
    {
        var found = 0;
        foreach (var probe in _probes)
        {
            found += Data.Actors.TryFind(probe, out _) ? 1 : 0;
        }

        return found;
    }
}
