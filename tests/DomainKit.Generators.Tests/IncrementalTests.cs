using System.Reflection;
using DomainKit.Generators.Generation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace DomainKit.Generators.Tests;

public class IncrementalTests
{
    [Fact]
    public void A_second_run_on_a_cloned_compilation_caches_every_step()
    {
        var corpus = new TestCorpus();
        var compilation = GeneratorHarness.Compilation();
        var driver = GeneratorHarness.Driver(corpus.Files, trackSteps: true).RunGenerators(compilation);

        driver = driver.RunGenerators(compilation.Clone());

        var run = driver.GetRunResult().Results.Single();
        foreach (var name in TrackedStepNames())
        {
            foreach (var step in run.TrackedSteps[name])
            {
                Assert.All(step.Outputs, output => Assert.True(
                    output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                    $"step {name} was {output.Reason}"));
            }
        }

        Assert.All(run.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void Editing_one_annotation_file_reparses_only_that_file()
    {
        var corpus = new TestCorpus();
        var compilation = GeneratorHarness.Compilation();
        var texts = GeneratorHarness.Texts(corpus.Files);
        var driver = GeneratorHarness.Driver(texts, trackSteps: true).RunGenerators(compilation);
        var edited = texts.Single(t => t.Path.EndsWith("echo.ann", StringComparison.Ordinal));

        driver = driver.ReplaceAdditionalText(edited, new InMemoryAdditionalText(edited.Path, corpus["echo.ann"] + "#9\tAnnotatorNotes T1\tnew note\n"))
            .RunGenerators(compilation);

        var parsed = driver.GetRunResult().Results.Single().TrackedSteps[TrackingNames.ParsedFiles];
        var modified = parsed.Where(step => step.Outputs.Any(o => o.Reason is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New)).ToList();
        Assert.Single(modified);
        Assert.All(parsed.Except(modified), step => Assert.All(step.Outputs, o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason)));
        Assert.EndsWith("echo.ann", ((Corpus.ParsedFile)modified[0].Outputs[0].Value).Path, StringComparison.Ordinal);
    }

    [Fact]
    public void Editing_unrelated_code_reuses_the_linked_corpus()
    {
        var compilation = GeneratorHarness.Compilation();
        var driver = GeneratorHarness.Driver(new TestCorpus().Files, trackSteps: true).RunGenerators(compilation);
        var declaring = compilation.SyntaxTrees.Single();
        var edited = compilation
            .ReplaceSyntaxTree(declaring, declaring.WithChangedText(SourceText.From("// A line typed above the declaration.\ninternal class Unrelated { }\n" + declaring.GetText())))
            .AddSyntaxTrees(CSharpSyntaxTree.ParseText("class AlsoUnrelated { }", new CSharpParseOptions(LanguageVersion.Preview)));

        var run = driver.RunGenerators(edited).GetRunResult().Results.Single();

        // The declaration moved two lines down: only the step that carries its position sees a change.
        Assert.All(Outputs(run, TrackingNames.DeclarationSites), o => Assert.Equal(IncrementalStepRunReason.Modified, o.Reason));
        Assert.All(Outputs(run, TrackingNames.Declarations), o => Assert.Equal(IncrementalStepRunReason.Unchanged, o.Reason));
        AssertEveryCorpusStepCached(run);
    }

    [Fact]
    public void Diagnostics_at_the_declaration_follow_it_when_it_moves()
    {
        var source = GeneratorHarness.Declaration.Replace("\"Corpus\"", "\"Missing\"", StringComparison.Ordinal);
        var compilation = GeneratorHarness.Compilation(source);
        var driver = GeneratorHarness.Driver(new TestCorpus().Files, trackSteps: true).RunGenerators(compilation);
        var declaring = compilation.SyntaxTrees.Single();

        driver = driver.RunGenerators(compilation.ReplaceSyntaxTree(declaring, declaring.WithChangedText(SourceText.From("\n\n\n" + source))));

        var run = driver.GetRunResult().Results.Single();
        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("DK0021", diagnostic.Id);
        Assert.Equal(source.Split('\n').ToList().FindIndex(l => l.Contains("class", StringComparison.Ordinal)) + 3, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        AssertEveryCorpusStepCached(run);
    }

    [Fact]
    public void A_note_only_edit_reparses_one_file_and_changes_only_the_data()
    {
        var corpus = new TestCorpus();
        var compilation = GeneratorHarness.Compilation();
        var texts = GeneratorHarness.Texts(corpus.Files);
        var driver = GeneratorHarness.Driver(texts, trackSteps: true).RunGenerators(compilation);
        var before = Sources(driver);
        var edited = texts.Single(t => t.Path.EndsWith("pledge.ann", StringComparison.Ordinal));
        var note = corpus["pledge.ann"].Replace("July 2021 from the document date", "an edited note", StringComparison.Ordinal);
        Assert.NotEqual(corpus["pledge.ann"], note);

        driver = driver.ReplaceAdditionalText(edited, new InMemoryAdditionalText(edited.Path, note)).RunGenerators(compilation);

        var run = driver.GetRunResult().Results.Single();
        Assert.All(Outputs(run, TrackingNames.Declarations), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        Assert.Single(run.TrackedSteps[TrackingNames.ParsedFiles], step => step.Outputs.Any(o => o.Reason != IncrementalStepRunReason.Cached));

        // Notes are compiled with the standoff layer: the data changes, and nothing else does.
        var after = Sources(driver);
        var changed = Assert.Single(before.Zip(after), pair => pair.First != pair.Second);
        Assert.StartsWith("Consumer.TestCorpus.g.cs\n", changed.Second, StringComparison.Ordinal);
        Assert.Contains("an edited note", changed.Second, StringComparison.Ordinal);
    }

    private static IEnumerable<(object Value, IncrementalStepRunReason Reason)> Outputs(GeneratorRunResult run, string step)
        => run.TrackedSteps[step].SelectMany(s => s.Outputs);

    /// <summary>
    /// The corpus's files and its link were reused, not recomputed; the source output reads nothing else, so its
    /// source was not emitted again either.
    /// </summary>
    private static void AssertEveryCorpusStepCached(GeneratorRunResult run)
    {
        foreach (var step in new[] { TrackingNames.ParsedFiles, TrackingNames.CollectedFiles, TrackingNames.LinkedCorpora })
        {
            Assert.All(Outputs(run, step), o => Assert.True(o.Reason == IncrementalStepRunReason.Cached, $"step {step} was {o.Reason}"));
        }
    }

    private static string[] Sources(GeneratorDriver driver) => driver.GetRunResult().Results.Single().GeneratedSources
        .OrderBy(s => s.HintName, StringComparer.Ordinal).Select(s => s.HintName + "\n" + s.SourceText).ToArray();

    [Fact]
    public void Pipeline_models_hold_no_compiler_objects()
    {
        var compilation = GeneratorHarness.Compilation();
        var run = GeneratorHarness.Driver(new TestCorpus().Files, trackSteps: true).RunGenerators(compilation).GetRunResult().Results.Single();

        foreach (var name in TrackedStepNames())
        {
            foreach (var output in run.TrackedSteps[name].SelectMany(s => s.Outputs))
            {
                AssertNoCompilerObjects(output.Value, new HashSet<object>(ReferenceEqualityComparer.Instance), name);
            }
        }
    }

    private static IEnumerable<string> TrackedStepNames()
        => typeof(TrackingNames).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!);

    private static void AssertNoCompilerObjects(object? value, HashSet<object> seen, string step)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !seen.Add(value))
        {
            return;
        }

        Assert.False(value is Compilation or ISymbol or SyntaxNode or SemanticModel or SyntaxTree, $"step {step} keeps a {value.GetType().Name}");
        if (value is System.Collections.IEnumerable items)
        {
            foreach (var item in items)
            {
                AssertNoCompilerObjects(item, seen, step);
            }

            return;
        }

        foreach (var field in value.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            AssertNoCompilerObjects(field.GetValue(value), seen, step);
        }
    }
}
