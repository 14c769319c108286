using System.Text;
using DomainKit.Generators.Generation;
using DomainKit.Synthetic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DomainKit.Benchmarks;

/// <summary>A synthetic corpus as the generator's input: the additional texts, a consumer compilation that declares it, and a driver.</summary>
internal sealed class GeneratorInput
{
    private const string Folder = "/synthetic/Corpus/";

    private static readonly CSharpParseOptions s_parseOptions = new(LanguageVersion.Preview);

    /// <summary>The framework and DomainKit, as a consumer project compiles against them (without these the declaration's attribute does not bind and the generator does nothing).</summary>
    private static readonly Lazy<MetadataReference[]> s_references = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path) is var name && (name.StartsWith("System.", StringComparison.Ordinal) || name is "netstandard.dll" or "mscorlib.dll"))
            .Append(typeof(DomainCorpusAttribute).Assembly.Location)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToArray());

    public GeneratorInput(SyntheticCorpusShape shape, int seed = 1)
    {
        var files = SyntheticCorpus.Generate(shape, seed);
        Texts = files.Select(f => (AdditionalText)new InMemoryAdditionalText(Folder + f.Name, f.Content)).ToList();
        AnnotationBytes = files.Where(f => f.Name.EndsWith(".ann", StringComparison.Ordinal)).Sum(f => (long)Encoding.UTF8.GetByteCount(f.Content));
        Compilation = CSharpCompilation.Create(
            "Consumer",
            [CSharpSyntaxTree.ParseText("[global::DomainKit.DomainCorpus(\"Corpus\")] public static partial class Synthetic;", s_parseOptions)],
            s_references.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
    }

    public IReadOnlyList<AdditionalText> Texts { get; }

    /// <summary>UTF-8 size of the <c>.ann</c> files.</summary>
    public long AnnotationBytes { get; }

    public CSharpCompilation Compilation { get; }

    /// <summary>Runs a new driver once and checks it generated the corpus without errors, so a benchmark never measures a generator that did nothing.</summary>
    public GeneratorDriver RunFirst()
    {
        var driver = CreateDriver().RunGenerators(Compilation);
        var result = driver.GetRunResult();
        if (result.GeneratedTrees.IsEmpty || result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            throw new InvalidOperationException($"The generator produced {result.GeneratedTrees.Length} sources and {result.Diagnostics.Length} diagnostics.");
        }

        return driver;
    }

    public GeneratorDriver CreateDriver() => CSharpGeneratorDriver.Create(
        [new CorpusGenerator().AsSourceGenerator()],
        Texts,
        s_parseOptions,
        optionsProvider: null,
        new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));
}
