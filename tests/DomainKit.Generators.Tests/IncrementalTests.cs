using System.Reflection;
using DomainKit.Generators.Generation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

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

        driver = driver.RunGenerators(compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Unrelated { }", new CSharpParseOptions(LanguageVersion.Preview))));

        var linked = driver.GetRunResult().Results.Single().TrackedSteps[TrackingNames.LinkedCorpora];
        Assert.All(linked.SelectMany(s => s.Outputs), o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
    }

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
