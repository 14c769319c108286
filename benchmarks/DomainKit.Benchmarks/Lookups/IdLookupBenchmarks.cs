using System.Collections.Frozen;
using BenchmarkDotNet.Attributes;

namespace DomainKit.Benchmarks.Lookups;

/// <summary>Id → record for actors and statements: the corpus's lookup against ordinal dictionaries.</summary>
[MemoryDiagnoser]
public class IdLookupBenchmarks
{
    private Dataset _dataset = null!;
    private string[] _actorProbes = [];
    private string[] _statementProbes = [];
    private FrozenDictionary<string, Actor> _frozenActors = null!;
    private FrozenDictionary<string, Statement> _frozenStatements = null!;
    private Dictionary<string, Actor> _actors = null!;
    private Dictionary<string, Statement> _statements = null!;

    [ParamsSource(nameof(Corpora))]
    public CorpusSize Corpus { get; set; }

    /// <summary>The corpora this build has.</summary>
    public static IEnumerable<CorpusSize> Corpora => Lookups.Corpora.Available();

    [GlobalSetup]
    public void Setup()
    {
        _dataset = Lookups.Corpora.Get(Corpus);
        _actorProbes = Probes.Ids(_dataset.Actors.All.Select(a => a.Id));
        _statementProbes = Probes.Ids(_dataset.Statements.All.Select(s => s.Id));
        _actors = _dataset.Actors.All.ToDictionary(a => a.Id, StringComparer.Ordinal);
        _statements = _dataset.Statements.All.ToDictionary(s => s.Id, StringComparer.Ordinal);
        _frozenActors = _actors.ToFrozenDictionary(StringComparer.Ordinal);
        _frozenStatements = _statements.ToFrozenDictionary(StringComparer.Ordinal);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = 2 * Probes.Count)]
    public int FrozenDictionary()
    {
        var found = 0;
        foreach (var probe in _actorProbes)
        {
            found += _frozenActors.TryGetValue(probe, out _) ? 1 : 0;
        }

        foreach (var probe in _statementProbes)
        {
            found += _frozenStatements.TryGetValue(probe, out _) ? 1 : 0;
        }

        return found;
    }

    [Benchmark(OperationsPerInvoke = 2 * Probes.Count)]
    public int Dictionary()
    {
        var found = 0;
        foreach (var probe in _actorProbes)
        {
            found += _actors.TryGetValue(probe, out _) ? 1 : 0;
        }

        foreach (var probe in _statementProbes)
        {
            found += _statements.TryGetValue(probe, out _) ? 1 : 0;
        }

        return found;
    }

    [Benchmark(OperationsPerInvoke = 2 * Probes.Count)]
    public int DomainKit()
    {
        var found = 0;
        foreach (var probe in _actorProbes)
        {
            found += _dataset.Actors.TryGet(probe, out _) ? 1 : 0;
        }

        foreach (var probe in _statementProbes)
        {
            found += _dataset.Statements.TryGet(probe, out _) ? 1 : 0;
        }

        return found;
    }
}
