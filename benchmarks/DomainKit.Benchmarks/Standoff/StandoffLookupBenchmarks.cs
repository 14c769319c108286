using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using DomainKit.Cli.Data;
using DomainKit.Standoff;

namespace DomainKit.Benchmarks.Standoff;

/// <summary>
/// The standoff layer of the largest external brat file (ehealthkd-2020's training scenario: one document, 5,012
/// text-bounds, many discontinuous and nested), compiled at run time as the tool does: the spans covering an offset
/// through the compile-time interval index against a scan of the decoded spans, an id lookup against a Dictionary,
/// and the text-bounds of a type against a Dictionary of arrays by type (each found range's count, not its records).
/// Every record is decoded in setup, so only the lookups are measured.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class StandoffLookupBenchmarks
{
    private const int ProbeCount = 256;

    private StandoffLayer _layer;
    private TextBoundAnnotation[] _textBounds = [];
    private Dictionary<string, Annotation> _byId = null!;
    private int[] _offsets = [];
    private string[] _ids = [];
    private Dictionary<string, TextBoundAnnotation[]> _byType = null!;
    private string[] _types = [];

    [GlobalSetup]
    public void Setup()
    {
        var folder = Path.Combine(ExternalBrat(), "ehealthkd-2020", "training");
        if (!DatasetSource.TryOpen(folder, Console.Error, out var dataset, out _))
        {
            throw new InvalidOperationException("could not build " + folder);
        }


        _layer = dataset.Documents[0].Standoff;
        _textBounds = _layer.TextBounds.ToArray();
        _byId = _textBounds.Cast<Annotation>().Concat(_layer.Relations.ToArray()).ToDictionary(a => a.Id, StringComparer.Ordinal);
        var end = _textBounds.Max(t => t.End);
        var random = new Random(1);
        _offsets = Enumerable.Range(0, ProbeCount).Select(_ => random.Next(end)).ToArray();
        _ids = Enumerable.Range(0, ProbeCount).Select(_ => _byId.Keys.ElementAt(random.Next(_byId.Count))).ToArray();
        _byType = _textBounds.GroupBy(t => t.Type, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        var types = _byType.Keys.Order(StringComparer.Ordinal).ToArray();
        _types = Enumerable.Range(0, ProbeCount).Select(_ => new string(types[random.Next(types.Length)])).ToArray();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = ProbeCount)]
    [BenchmarkCategory("Covering")]
    public int CoveringScan()
    {
        var found = 0;
        foreach (var offset in _offsets)
        {
            foreach (var t in _textBounds)
            {
                if (t.Covers(offset))
                {
                    found++;
                }
            }
        }

        return found;
    }

    [Benchmark(OperationsPerInvoke = ProbeCount)]
    [BenchmarkCategory("Covering")]
    public int CoveringIntervalIndex()
    {
        var found = 0;
        foreach (var offset in _offsets)
        {
            foreach (var _ in _layer.Covering(offset))
            {
                found++;
            }
        }

        return found;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = ProbeCount)]
    [BenchmarkCategory("ById")]
    public int ByIdDictionary()
    {
        var found = 0;
        foreach (var id in _ids)
        {
            found += _byId.TryGetValue(id, out var annotation) ? annotation.Id.Length : 0;
        }

        return found;
    }

    [Benchmark(OperationsPerInvoke = ProbeCount)]
    [BenchmarkCategory("ById")]
    public int ByIdLayer()
    {
        var found = 0;
        foreach (var id in _ids)
        {
            found += _layer.TryGet(id, out var annotation) ? annotation.Id.Length : 0;
        }

        return found;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = ProbeCount)]
    [BenchmarkCategory("OfType")]
    public int OfTypeDictionary()
    {
        var found = 0;
        foreach (var type in _types)
        {
            found += _byType.TryGetValue(type, out var annotations) ? annotations.Length : 0;
        }

        return found;
    }

    [Benchmark(OperationsPerInvoke = ProbeCount)]
    [BenchmarkCategory("OfType")]
    public int OfTypeLayer()
    {
        var found = 0;
        foreach (var type in _types)
        {
            found += _layer.TextBoundsOfType(type).Count;
        }

        return found;
    }

    /// <summary>The external brat corpora beside the repository (<c>shared/external-brat</c>), found from wherever the benchmark runs.</summary>
    private static string ExternalBrat()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "shared", "external-brat");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("shared/external-brat was not found above " + AppContext.BaseDirectory);
    }
}
