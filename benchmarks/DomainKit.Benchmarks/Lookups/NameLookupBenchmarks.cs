using System.Collections.Frozen;
using BenchmarkDotNet.Attributes;

namespace DomainKit.Benchmarks.Lookups;

/// <summary>
/// Name or alias → actor, ignoring case: the corpus's lookup (generated dispatch, or its hash index on large
/// corpora) against the dictionaries a user would build over the same keys, and a LINQ scan.
/// </summary>
[MemoryDiagnoser]
public class NameLookupBenchmarks
{
    private Dataset _dataset = null!;
    private string[] _probes = [];
    private FrozenDictionary<string, Actor> _frozen = null!;
    private Dictionary<string, Actor> _dictionary = null!;

    [ParamsSource(nameof(Corpora))]
    public CorpusSize Corpus { get; set; }

    /// <summary>The corpora this build has.</summary>
    public static IEnumerable<CorpusSize> Corpora => Lookups.Corpora.Available();

    [GlobalSetup]
    public void Setup()
    {
        _dataset = Lookups.Corpora.Get(Corpus);
        _probes = Probes.Names(_dataset);
        _dictionary = new Dictionary<string, Actor>(StringComparer.OrdinalIgnoreCase);
        foreach (var actor in _dataset.Actors.All)
        {
            _dictionary.TryAdd(actor.Name, actor);
        }

        foreach (var actor in _dataset.Actors.All)
        {
            foreach (var alias in actor.Aliases)
            {
                _dictionary.TryAdd(alias, actor);
            }
        }

        _frozen = _dictionary.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Probes.Count)]
    public int FrozenDictionary()
    {
        var found = 0;
        foreach (var probe in _probes)
        {
            found += _frozen.TryGetValue(probe, out _) ? 1 : 0;
        }

        return found;
    }

    [Benchmark(OperationsPerInvoke = Probes.Count)]
    public int Dictionary()
    {
        var found = 0;
        foreach (var probe in _probes)
        {
            found += _dictionary.TryGetValue(probe, out _) ? 1 : 0;
        }

        return found;
    }

    [Benchmark(OperationsPerInvoke = Probes.Count)]
    public int DomainKit()
    {
        var found = 0;
        foreach (var probe in _probes)
        {
            found += _dataset.Actors.TryFind(probe, out _) ? 1 : 0;
        }

        return found;
    }

    [Benchmark(OperationsPerInvoke = Probes.Count)]
    public int LinqScan()
    {
        var found = 0;
        foreach (var probe in _probes)
        {
            found += _dataset.Actors.All.Any(a => string.Equals(a.Name, probe, StringComparison.OrdinalIgnoreCase)
                || a.Aliases.Contains(probe, StringComparer.OrdinalIgnoreCase)) ? 1 : 0;
        }

        return found;
    }
}
