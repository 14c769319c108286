using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using DomainKit.Synthetic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace DomainKit.Benchmarks;

/// <summary>
/// An IDE keystroke in a large project: the driver has already run over a 1,000-document corpus, one file
/// changes, and the generator runs again. Each invocation toggles that file between two versions, so every run
/// sees a real edit. <see cref="Edit"/> <c>Note</c> adds an annotator note to one document's <c>.ann</c> (that document
/// is linked again; its link without the notes is unchanged, so only the notes' own data file is written again); <c>Kind</c> changes a statement's kind in one document (that document is
/// linked again, the documents are merged and the data file is written again); <c>Code</c> types a line above the
/// <c>[DomainCorpus]</c> declaration, which must reuse every corpus step.
/// </summary>
[MemoryDiagnoser]
public class IncrementalEditBenchmarks
{
    private GeneratorInput _input = null!;
    private GeneratorDriver _driver = null!;
    private AdditionalText _original = null!;
    private AdditionalText _edited = null!;
    private CSharpCompilation _compilation = null!;
    private CSharpCompilation _editedCompilation = null!;
    private bool _isEdited;

    /// <summary>Documents in the corpus (five per scale unit).</summary>
    [Params(1000)]
    public int Documents { get; set; }

    /// <summary>What the edit changes.</summary>
    [Params("Note", "Kind", "Code")]
    public string Edit { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _input = new GeneratorInput(SyntheticCorpusShape.AtScale(Documents / SyntheticCorpusShape.Bundled.Documents));
        _original = _input.Texts.First(t => t.Path.EndsWith(".ann", StringComparison.Ordinal));
        _edited = Edit == "Code" ? _original : new InMemoryAdditionalText(_original.Path, Edited(_original.GetText()!.ToString()));
        _compilation = _input.Compilation;
        var declaring = _compilation.SyntaxTrees.Single();
        _editedCompilation = Edit == "Code"
            ? _compilation.ReplaceSyntaxTree(declaring, declaring.WithChangedText(SourceText.From("// typed above the declaration\n" + declaring.GetText())))
            : _compilation;
        _driver = _input.RunFirst();
    }

    [Benchmark]
    public GeneratorDriver RunAfterEdit()
    {
        var (from, to) = _isEdited ? (_edited, _original) : (_original, _edited);
        var compilation = _isEdited ? _compilation : _editedCompilation;
        _isEdited = !_isEdited;
        _driver = (from == to ? _driver : _driver.ReplaceAdditionalText(from, to)).RunGenerators(compilation);
        return _driver;
    }

    private string Edited(string annotations)
    {
        if (Edit == "Note")
        {
            // A valid brat note id ('#' and digits), unused in the synthetic documents, so the edit is a note and not a diagnostic.
            return annotations + "#999999\tAnnotatorNotes T1\tchecked again\n";
        }

        var kind = Regex.Match(annotations, @"^(A\d+\tStatementKind E\d+ )(\w+)$", RegexOptions.Multiline);
        if (!kind.Success)
        {
            throw new InvalidOperationException("The first document has no statement to edit.");
        }

        var replacement = kind.Groups[2].Value == "Pledge" ? "Denial" : "Pledge";
        return string.Concat(annotations.AsSpan(0, kind.Groups[2].Index), replacement, annotations.AsSpan(kind.Groups[2].Index + kind.Groups[2].Length));
    }
}
