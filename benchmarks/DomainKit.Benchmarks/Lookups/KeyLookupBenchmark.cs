using BenchmarkDotNet.Attributes;

namespace DomainKit.Benchmarks.Lookups;

/// <summary>A key lookup benchmark: over each corpus, with the cache-warm and the cache-realistic probe sets.</summary>
public abstract class KeyLookupBenchmark : CorpusBenchmark
{
    /// <summary>The probe keys.</summary>
    [Params(ProbeSet.Spread64, ProbeSet.Random4096)]
    public ProbeSet ProbeSet { get; set; }
}
