using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using DomainKit.Generators.Generation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace DomainKit.Generators.Tests;

/// <summary>An additional file given to the generator, as MSBuild would pass it.</summary>
internal sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(text);

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}

/// <summary>MSBuild properties as the compiler passes them to generators (<c>build_property.Name</c>).</summary>
internal sealed class BuildProperties(Dictionary<string, string> values) : AnalyzerConfigOptionsProvider
{
    public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(values);

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Options([]);

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Options([]);

    private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}

/// <summary>Runs <see cref="CorpusGenerator"/> through <see cref="CSharpGeneratorDriver"/> over in-memory corpora.</summary>
internal static class GeneratorHarness
{
    public const string Declaration = """
        namespace Consumer;

        [global::DomainKit.DomainCorpus("Corpus")]
        public static partial class TestCorpus;
        """;

    private static readonly Lazy<ImmutableArray<MetadataReference>> s_references = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path) is var name && (name.StartsWith("System.", StringComparison.Ordinal) || name is "netstandard.dll" or "mscorlib.dll"))
            .Append(typeof(DomainCorpusAttribute).Assembly.Location)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray());

    public static CSharpCompilation Compilation(string source = Declaration) => CSharpCompilation.Create(
        "Consumer",
        [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Preview), path: "Consumer.cs")],
        s_references.Value,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver Driver(IEnumerable<KeyValuePair<string, string>> files, bool trackSteps = false)
        => Driver(Texts(files), trackSteps);

    public static List<AdditionalText> Texts(IEnumerable<KeyValuePair<string, string>> files)
        => files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Key, f.Value)).ToList();

    public static GeneratorDriver Driver(IEnumerable<AdditionalText> texts, bool trackSteps = false, AnalyzerConfigOptionsProvider? options = null) => CSharpGeneratorDriver.Create(
        [new CorpusGenerator().AsSourceGenerator()],
        texts,
        new CSharpParseOptions(LanguageVersion.Preview),
        optionsProvider: options,
        new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>Runs the generator once and compiles its output.</summary>
    public static GeneratorResult Run(IEnumerable<KeyValuePair<string, string>> files, string source = Declaration, AnalyzerConfigOptionsProvider? options = null)
    {
        var compilation = Compilation(source);
        var driver = Driver(Texts(files), options: options).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        return new GeneratorResult(driver.GetRunResult(), output, generatorDiagnostics);
    }

    /// <summary>Compiles the generated corpus, loads it in a collectible context and returns its Dataset.</summary>
    public static Dataset LoadDataset(Dictionary<string, string> files, AnalyzerConfigOptionsProvider? options = null)
    {
        var result = Run(files, options: options);
        Assert.Empty(result.CompileErrors);
        using var stream = new MemoryStream();
        var emit = result.Output.Emit(stream);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        stream.Position = 0;
        var context = new AssemblyLoadContext("corpus", isCollectible: true);
        var assembly = context.LoadFromStream(stream);
        return (Dataset)assembly.GetType("Consumer.TestCorpus")!.GetProperty("Dataset", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
    }
}

internal sealed record GeneratorResult(GeneratorDriverRunResult RunResult, Compilation Output, ImmutableArray<Diagnostic> GeneratorDiagnostics)
{
    public IEnumerable<Diagnostic> CompileErrors => Output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error);

    public IEnumerable<string> DiagnosticIds => GeneratorDiagnostics.Select(d => d.Id).Distinct().Order(StringComparer.Ordinal);

    public string GeneratedSource(string suffix) => RunResult.Results.Single().GeneratedSources.Single(s => s.HintName.EndsWith(suffix, StringComparison.Ordinal)).SourceText.ToString();
}
