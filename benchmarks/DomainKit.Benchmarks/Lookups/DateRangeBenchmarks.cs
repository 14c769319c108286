using BenchmarkDotNet.Attributes;

namespace DomainKit.Benchmarks.Lookups;

/// <summary>
/// Date range → statements, each result enumerated: the corpus's binary search over its compile-time date index
/// against the LINQ overlap scan a user would write.
/// </summary>
[MemoryDiagnoser]
public class DateRangeBenchmarks : CorpusBenchmark
{
    private const int Ranges = 16;

    private (DateOnly From, DateOnly To)[] _ranges = [];

    [GlobalSetup]
    public void Setup()
    {
        LoadCorpus();

        // Week-long windows starting on dated statements, spread over the corpus.
        var starts = Data.Statements.All.Where(s => s.Date is not null).Select(s => s.Date!.Value.Start).Order().ToList();
        _ranges = Probes.Spread(starts, Ranges).Select(day => (day, day.AddDays(6))).ToArray();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Ranges)]
    public int LinqScan()
    {
        var count = 0;
        foreach (var (from, to) in _ranges)
        {
            foreach (var statement in Data.Statements.All.Where(s => s.Date is { } d && d.Overlaps(from, to)))
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
            foreach (var statement in Data.Statements.Between(from, to))
            {
                count += statement.Attestations.Length;
            }
        }

        return count;
    }
}
