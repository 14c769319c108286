using System.Collections.Frozen;
using BenchmarkDotNet.Attributes;

namespace DomainKit.Benchmarks.Lookups;

/// <summary>Id → record for actors and statements: the corpus's lookup against ordinal dictionaries.</summary>
[MemoryDiagnoser]
public class IdLookupBenchmarks : KeyLookupBenchmark
{
    private string[] _actorProbes = [];
    private string[] _statementProbes = [];
    private FrozenDictionary<string, Actor> _frozenActors = null!;
    private FrozenDictionary<string, Statement> _frozenStatements = null!;
    private Dictionary<string, Actor> _actors = null!;
    private Dictionary<string, Statement> _statements = null!;

    /// <summary>The actor ids probed, once set up (for <see cref="GeneratedClassLookupBenchmarks"/>).</summary>
    internal string[] ActorProbes => _actorProbes;

    /// <summary>The statement ids probed, once set up.</summary>
    internal string[] StatementProbes => _statementProbes;

    [GlobalSetup]
    public void Setup()
    {
        LoadCorpus();
        _actorProbes = Probes.Ids(Data.Actors.All.Select(a => a.Id), ProbeSet);
        _statementProbes = Probes.Ids(Data.Statements.All.Select(s => s.Id), ProbeSet);
        _actors = Data.Actors.All.ToDictionary(a => a.Id, StringComparer.Ordinal);
        _statements = Data.Statements.All.ToDictionary(s => s.Id, StringComparer.Ordinal);
        _frozenActors = _actors.ToFrozenDictionary(StringComparer.Ordinal);
        _frozenStatements = _statements.ToFrozenDictionary(StringComparer.Ordinal);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = 2 * Probes.LookupsPerCall)]
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

    [Benchmark(OperationsPerInvoke = 2 * Probes.LookupsPerCall)]
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

    [Benchmark(OperationsPerInvoke = 2 * Probes.LookupsPerCall)]
    public int DomainKit()
    {
        var found = 0;
        foreach (var probe in _actorProbes)
        {
            found += Data.Actors.TryGet(probe, out _) ? 1 : 0;
        }

        foreach (var probe in _statementProbes)
        {
            found += Data.Statements.TryGet(probe, out _) ? 1 : 0;
        }

        return found;
    }
}
