using BenchmarkDotNet.Attributes;
using DomainKit.Synthetic;
using Microsoft.CodeAnalysis;

namespace DomainKit.Benchmarks;

/// <summary>
/// An IDE keystroke in a large corpus: the driver has already run over a 1,000-document corpus, one document's
/// <c>.ann</c> changes, and the generator runs again. Each invocation toggles that file between two versions, so
/// every run sees a real edit.
/// </summary>
[MemoryDiagnoser]
public class IncrementalEditBenchmarks
{
    private const string EditedNote = "#edited\tAnnotatorNotes T1\tchecked again\n";

    private GeneratorInput _input = null!;
    private GeneratorDriver _driver = null!;
    private AdditionalText _original = null!;
    private AdditionalText _edited = null!;
    private bool _isEdited;

    /// <summary>Documents in the corpus (five per scale unit).</summary>
    [Params(1000)]
    public int Documents { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _input = new GeneratorInput(SyntheticCorpusShape.AtScale(Documents / SyntheticCorpusShape.Bundled.Documents));
        _original = _input.Texts.First(t => t.Path.EndsWith(".ann", StringComparison.Ordinal));
        _edited = new InMemoryAdditionalText(_original.Path, _original.GetText()!.ToString() + EditedNote);
        _driver = _input.CreateDriver().RunGenerators(_input.Compilation);
    }

    [Benchmark]
    public GeneratorDriver EditOneDocument()
    {
        var (from, to) = _isEdited ? (_edited, _original) : (_original, _edited);
        _isEdited = !_isEdited;
        _driver = _driver.ReplaceAdditionalText(from, to).RunGenerators(_input.Compilation);
        return _driver;
    }
}
