using BenchmarkDotNet.Attributes;

namespace DomainKit.Benchmarks.Lookups;

/// <summary>
/// Date range → statements, each result enumerated: the corpus's binary search over its compile-time date index
/// against the LINQ overlap scan a user would write.
/// </summary>
[MemoryDiagnoser]
public class DateRangeBenchmarks
{
    private const int Ranges = 16;

    private Dataset _dataset = null!;
    private (DateOnly From, DateOnly To)[] _ranges = [];

    [ParamsSource(nameof(Corpora))]
    public CorpusSize Corpus { get; set; }

    /// <summary>The corpora this build has.</summary>
    public static IEnumerable<CorpusSize> Corpora => Lookups.Corpora.Available();

    [GlobalSetup]
    public void Setup()
    {
        _dataset = Lookups.Corpora.Get(Corpus);

        // Week-long windows starting on dated statements, spread over the corpus.
        var starts = _dataset.Statements.All.Where(s => s.Date is not null).Select(s => s.Date!.Value.Start).Order().ToList();
        _ranges = Probes.Spread(starts, Ranges).Select(day => (day, day.AddDays(6))).ToArray();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Ranges)]
    public int LinqScan()
    {
        var count = 0;
        foreach (var (from, to) in _ranges)
        {
            foreach (var statement in _dataset.Statements.All.Where(s => s.Date is { } d && d.Overlaps(from, to)))
            {
                count += statement.Attestations.Length;
            }
        }

        return count;
    }

    [Benchmark(OperationsPerInvoke = Ranges)]
    public int DomainKit()
    {
        var count = 0;
        foreach (var (from, to) in _ranges)
        {
            foreach (var statement in _dataset.Statements.Between(from, to))
            {
                count += statement.Attestations.Length;
            }
        }

        return count;
    }
}
