using BenchmarkDotNet.Attributes;

namespace DomainKit.Benchmarks.Lookups;

/// <summary>A lookup benchmark over each corpus this build has (the bundled one, and the synthetic ones compiled in).</summary>
public abstract class CorpusBenchmark
{
    /// <summary>The corpus measured.</summary>
    [ParamsSource(nameof(Corpora))]
    public CorpusSize Corpus { get; set; }

    /// <summary>The corpora this build has.</summary>
    public static IEnumerable<CorpusSize> Corpora => Lookups.Corpora.Available();

    /// <summary>The compiled dataset of <see cref="Corpus"/>, set by <see cref="LoadCorpus"/>.</summary>
    protected Dataset Data { get; private set; } = null!;

    /// <summary>Loads <see cref="Corpus"/>; call first in each benchmark's global setup.</summary>
    protected void LoadCorpus() => Data = Lookups.Corpora.Get(Corpus);
}
