using BenchmarkDotNet.Attributes;
using DomainKit.Synthetic;
using Microsoft.CodeAnalysis;

namespace DomainKit.Benchmarks;

/// <summary>
/// What the generator costs a build: a full parse + link + emit of synthetic corpora of two sizes (the
/// <c>Ann MB</c> and <c>Ann MB/s</c> columns give the throughput per megabyte of annotations), without compiling
/// the generated code.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(CorpusSizeConfig))]
public class GeneratorCostBenchmarks
{
    private GeneratorInput _input = null!;

    /// <summary>Multiple of the bundled corpus (5 documents, 56 statements per unit).</summary>
    [Params(1, 10)]
    public int Scale { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _input = new GeneratorInput(SyntheticCorpusShape.AtScale(Scale));
        _input.RunFirst();
    }

    [Benchmark]
    public GeneratorDriverRunResult ParseLinkEmit() => _input.CreateDriver().RunGenerators(_input.Compilation).GetRunResult();
}
