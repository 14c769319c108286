using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace DomainKit.Benchmarks.Lookups;

/// <summary>
/// The bundled corpus's key lookups through its generated class (<c>Afghanistan2021.Actors.TryGet</c>, which calls the
/// generated perfect hash itself) beside the same lookups through <see cref="Dataset"/> (the table's path, through the
/// data class's virtual call) and <c>FrozenDictionary</c>: the same probes and dictionaries as
/// <see cref="IdLookupBenchmarks"/> and <see cref="NameLookupBenchmarks"/> over the bundled corpus.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class GeneratedClassLookupBenchmarks
{
    private readonly IdLookupBenchmarks _ids = new() { Corpus = CorpusSize.Bundled };
    private readonly NameLookupBenchmarks _names = new() { Corpus = CorpusSize.Bundled };

    /// <summary>The probe keys.</summary>
    [Params(ProbeSet.Spread64, ProbeSet.Random4096)]
    public ProbeSet ProbeSet { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _ids.ProbeSet = ProbeSet;
        _ids.Setup();
        _names.ProbeSet = ProbeSet;
        _names.Setup();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = 2 * Probes.LookupsPerCall)]
    [BenchmarkCategory("ids")]
    public int IdsFrozenDictionary() => _ids.FrozenDictionary();

    [Benchmark(OperationsPerInvoke = 2 * Probes.LookupsPerCall)]
    [BenchmarkCategory("ids")]
    public int IdsDataset() => _ids.DomainKit();

    [Benchmark(OperationsPerInvoke = 2 * Probes.LookupsPerCall)]
    [BenchmarkCategory("ids")]
    public int IdsGeneratedClass()
    {
        var found = 0;
        foreach (var probe in _ids.ActorProbes)
        {
            found += Afghanistan2021.Actors.TryGet(probe, out _) ? 1 : 0;
        }

        foreach (var probe in _ids.StatementProbes)
        {
            found += Afghanistan2021.Statements.TryGet(probe, out _) ? 1 : 0;
        }

        return found;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Probes.LookupsPerCall)]
    [BenchmarkCategory("names")]
    public int NamesFrozenDictionary() => _names.FrozenDictionary();

    [Benchmark(OperationsPerInvoke = Probes.LookupsPerCall)]
    [BenchmarkCategory("names")]
    public int NamesDataset() => _names.DomainKit();

    [Benchmark(OperationsPerInvoke = Probes.LookupsPerCall)]
    [BenchmarkCategory("names")]
    public int NamesGeneratedClass()
    {
        var found = 0;
        foreach (var probe in _names.NameProbes)
        {
            found += Afghanistan2021.Actors.TryFind(probe, out _) ? 1 : 0;
        }

        return found;
    }
}
