using System.Collections.Concurrent;
using System.Reflection;
using DomainKit.Generators.Tests;
using DomainKit.Synthetic;
using Microsoft.CodeAnalysis;

namespace DomainKit.Synthetic.Tests;

/// <summary>Runs the real generator over a synthetic corpus in memory, as a consumer project's build would.</summary>
internal static class SyntheticCompilation
{
    private const string Folder = "/synthetic/Corpus/";

    /// <summary>The seed every test corpus is made with.</summary>
    public const int Seed = 7;

    private static readonly ConcurrentDictionary<int, Lazy<(GeneratorResult Result, Dataset Dataset)>> s_compiled = new();

    /// <summary>The generator run and loaded dataset of the corpus at <paramref name="scale"/>, compiled once per test run (scale 10 takes tens of seconds).</summary>
    public static (GeneratorResult Result, Dataset Dataset) Compiled(int scale) => s_compiled.GetOrAdd(scale, _ => new(() =>
    {
        var result = Run(SyntheticCorpusShape.AtScale(scale), Seed);
        return (result, Load(result));
    })).Value;

    public static GeneratorResult Run(SyntheticCorpusShape shape, int seed)
        => GeneratorHarness.Run(SyntheticCorpus.Generate(shape, seed).Select(f => KeyValuePair.Create(Folder + f.Name, f.Content)));

    /// <summary>Emits the compiled consumer and returns its <c>TestCorpus.Dataset</c>.</summary>
    public static Dataset Load(GeneratorResult result)
    {
        using var image = new MemoryStream();
        var emitted = result.Output.Emit(image);
        Assert.True(emitted.Success, string.Join('\n', emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        var corpus = Assembly.Load(image.ToArray()).GetType("Consumer.TestCorpus", throwOnError: true)!;
        return (Dataset)corpus.GetProperty("Dataset", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
    }
}
