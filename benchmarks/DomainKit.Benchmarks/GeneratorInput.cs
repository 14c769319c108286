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

    public GeneratorInput(SyntheticCorpusShape shape, int seed = 1)
    {
        var files = SyntheticCorpus.Generate(shape, seed);
        Texts = files.Select(f => (AdditionalText)new InMemoryAdditionalText(Folder + f.Name, f.Content)).ToList();
        AnnotationBytes = files.Where(f => f.Name.EndsWith(".ann", StringComparison.Ordinal)).Sum(f => (long)Encoding.UTF8.GetByteCount(f.Content));
        TotalBytes = files.Sum(f => (long)Encoding.UTF8.GetByteCount(f.Content));
        Compilation = CSharpCompilation.Create(
            "Consumer",
            [CSharpSyntaxTree.ParseText("[global::DomainKit.DomainCorpus(\"Corpus\")] public static partial class Synthetic;", s_parseOptions)],
            [MetadataReference.CreateFromFile(typeof(object).Assembly.Location), MetadataReference.CreateFromFile(typeof(DomainCorpusAttribute).Assembly.Location)],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
    }

    public IReadOnlyList<AdditionalText> Texts { get; }

    /// <summary>UTF-8 size of the <c>.ann</c> files.</summary>
    public long AnnotationBytes { get; }

    /// <summary>UTF-8 size of every corpus file (texts, annotations, catalogs, schema).</summary>
    public long TotalBytes { get; }

    public CSharpCompilation Compilation { get; }

    public GeneratorDriver CreateDriver() => CSharpGeneratorDriver.Create(
        [new CorpusGenerator().AsSourceGenerator()],
        Texts,
        s_parseOptions,
        optionsProvider: null,
        new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));
}
