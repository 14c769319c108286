using System.Reflection;
using DomainKit.Generators.Corpus.Export;
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

        var run = driver.GetRunResult().Results.Single();
        var parsed = run.TrackedSteps[TrackingNames.ParsedAnnotations];
        var modified = parsed.Where(step => step.Outputs.Any(o => o.Reason is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New)).ToList();
        Assert.Single(modified);
        Assert.All(parsed.Except(modified), step => Assert.All(step.Outputs, o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason)));
        Assert.EndsWith("echo.ann", ((Corpus.ParsedFile)modified[0].Outputs[0].Value).Path, StringComparison.Ordinal);
        Assert.All(Outputs(run, TrackingNames.ParsedFiles), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
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
        Assert.Equal(2, Outputs(run, TrackingNames.LinkedDocuments).Count());
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
    public void A_one_document_edit_relinks_that_document_alone_and_keeps_the_query_files()
    {
        var corpus = new TestCorpus();
        var before = Sources(GeneratorHarness.Driver(corpus.Files).RunGenerators(GeneratorHarness.Compilation()));
        var (driver, run) = EditAndRun(corpus, "pledge.ann", corpus["pledge.ann"].Replace("BorderEventKind E2 Retreat", "BorderEventKind E2 NonAggressionPledge", StringComparison.Ordinal));

        AssertOnlyThatDocumentRelinked(run, "pledge.ann", IncrementalStepRunReason.Modified);
        // Only the edited document's standoff layer is laid out again; the table writer moves the other's rows into place.
        AssertEditedDocumentOnly(run, TrackingNames.DocumentStandoffRows, "pledge.ann", IncrementalStepRunReason.Modified);
        Assert.All(Outputs(run, TrackingNames.LinkedCorpora), o => Assert.Equal(IncrementalStepRunReason.Modified, o.Reason));
        Assert.All(Outputs(run, TrackingNames.EmittedCorpora), o => Assert.Equal(IncrementalStepRunReason.Modified, o.Reason));

        // The ids, names and counts did not change: the query files, the data's directory and the key indexes' keys are
        // not written again, the data segments are (this corpus has one of each kind).
        foreach (var step in new[] { TrackingNames.ActorQueries, TrackingNames.RecordQueries, TrackingNames.MentionQueries, TrackingNames.TypeConstants, TrackingNames.DataDirectory, TrackingNames.IndexKeys })
        {
            Assert.All(Outputs(run, step), o => Assert.True(o.Reason == IncrementalStepRunReason.Unchanged, $"step {step} was {o.Reason}"));
        }

        // So the hash of each key index is not chosen again, and the data is written on from the catalogs' part as kept.
        Assert.All(Outputs(run, TrackingNames.KeyIndexes), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        Assert.All(Outputs(run, TrackingNames.CatalogRecords), o => Assert.Equal(IncrementalStepRunReason.Unchanged, o.Reason));
        Assert.All(Outputs(run, TrackingNames.CatalogTables), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));

        var changed = Sources(driver).Except(before).Select(source => source.Split('\n')[0]);
        Assert.Equal(["Consumer.TestCorpus.Data.PackedIntsSegment0.g.cs", "Consumer.TestCorpus.Data.Utf8Segment0.g.cs"], changed);
    }

    [Fact]
    public void An_edit_that_keeps_the_strings_and_counts_rewrites_only_the_integer_segments_it_changed()
    {
        // Enough documents for several integer segments; one statement is a denial, so the edit adds no string.
        var corpus = new TestCorpus();
        const int Copies = 1000;
        for (var i = 0; i < Copies; i++)
        {
            corpus.AppendLine("documents.tsv", $"copy{i}\tCopy {i}\t\t2021-07");
            corpus[$"copy{i}.txt"] = TestCorpus.EchoText;
            corpus[$"copy{i}.ann"] = corpus["echo.ann"]
                .Replace("statement:taliban-border-pledge", $"statement:copy-{i}", StringComparison.Ordinal)
                .Replace("StatementKind E1 Assurance", i == 0 ? "StatementKind E1 Denial" : "StatementKind E1 Assurance", StringComparison.Ordinal);
        }

        var (_, run) = EditAndRun(corpus, "copy700.ann", corpus["copy700.ann"].Replace("StatementKind E1 Assurance", "StatementKind E1 Denial", StringComparison.Ordinal));

        Assert.All(Outputs(run, TrackingNames.CompiledData), o => Assert.Equal(IncrementalStepRunReason.Modified, o.Reason));
        Assert.All(Outputs(run, TrackingNames.DataDirectory), o => Assert.Equal(IncrementalStepRunReason.Unchanged, o.Reason));
        var segments = Outputs(run, TrackingNames.DataSegments).Select(o => ((Generation.Emit.Data.DataSegmentModel)o.Value, o.Reason)).ToList();
        Assert.True(segments.Count(s => s.Item1.Kind == Generation.Emit.Data.DataSegmentKind.PackedInts) > 2, $"{segments.Count} segments");
        var rewritten = segments.Where(s => s.Reason != IncrementalStepRunReason.Unchanged).ToList();
        Assert.NotEmpty(rewritten);
        Assert.All(rewritten, s => Assert.Equal(Generation.Emit.Data.DataSegmentKind.PackedInts, s.Item1.Kind));
        Assert.True(rewritten.Count < segments.Count / 2, $"{rewritten.Count} of {segments.Count} segments rewritten");
    }

    [Fact]
    public void A_note_only_edit_rewrites_the_notes_file_alone_and_every_other_corpus_step_stays_cached()
    {
        var corpus = new TestCorpus();
        var note = corpus["pledge.ann"].Replace("July 2021 from the document date", "an edited note", StringComparison.Ordinal);
        Assert.NotEqual(corpus["pledge.ann"], note);
        var before = Sources(GeneratorHarness.Driver(corpus.Files).RunGenerators(GeneratorHarness.Compilation()));

        var (driver, run) = EditAndRun(corpus, "pledge.ann", note);

        // The document is linked again (its notes changed); without its notes its link is as before, so the merge, the
        // corpus's data and the query files are not made again: only the notes' own data is.
        AssertOnlyThatDocumentRelinked(run, "pledge.ann", IncrementalStepRunReason.Modified);
        AssertEditedDocumentOnly(run, TrackingNames.DocumentsWithoutNotes, "pledge.ann", IncrementalStepRunReason.Unchanged);
        foreach (var step in new[]
        {
            TrackingNames.LinkedCorpora, TrackingNames.EmittedCorpora, TrackingNames.IndexKeys, TrackingNames.KeyIndexes, TrackingNames.CatalogRecords, TrackingNames.CatalogTables,
            TrackingNames.CompiledData, TrackingNames.DataDirectory, TrackingNames.DataSegments, TrackingNames.DocumentStandoffRows, TrackingNames.StandoffRows, TrackingNames.ActorQueries, TrackingNames.RecordQueries, TrackingNames.MentionQueries, TrackingNames.TypeConstants,
        })
        {
            Assert.All(Outputs(run, step), o => Assert.True(o.Reason == IncrementalStepRunReason.Cached, $"step {step} was {o.Reason}"));
        }

        Assert.All(Outputs(run, TrackingNames.CompiledNotes), o => Assert.Equal(IncrementalStepRunReason.Modified, o.Reason));
        var changed = Sources(driver).Except(before).ToList();
        Assert.Equal(["Consumer.TestCorpus.Data.Notes.g.cs"], changed.Select(source => source.Split('\n')[0]));
        Assert.Contains("an edited note", changed[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_note_on_a_missing_annotation_is_reported_at_its_line_and_leaves_the_corpus_steps_cached()
    {
        var corpus = new TestCorpus();
        var lines = corpus["pledge.ann"].Split('\n').Length - 1;

        var (_, run) = EditAndRun(corpus, "pledge.ann", corpus["pledge.ann"] + "#9\tAnnotatorNotes T99\ton nothing\n");

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.EndsWith("pledge.ann", diagnostic.Location.GetLineSpan().Path, StringComparison.Ordinal);
        Assert.Equal(lines, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Contains("T99", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        foreach (var step in new[] { TrackingNames.LinkedCorpora, TrackingNames.CompiledData, TrackingNames.DataSegments })
        {
            Assert.All(Outputs(run, step), o => Assert.True(o.Reason == IncrementalStepRunReason.Cached, $"step {step} was {o.Reason}"));
        }

        // The rejected note is not compiled: the notes' data is made again from the same notes.
        Assert.All(Outputs(run, TrackingNames.CompiledNotes), o => Assert.Equal(IncrementalStepRunReason.Unchanged, o.Reason));
    }

    /// <summary>The output of <paramref name="step"/> for the edited document is <paramref name="edited"/>; every other document's is cached.</summary>
    private static void AssertEditedDocumentOnly(GeneratorRunResult run, string step, string fileName, IncrementalStepRunReason edited)
    {
        var inputs = Outputs(run, TrackingNames.DocumentInputs).ToList();
        var index = inputs.FindIndex(o => o.Value.ToString()!.Contains("/" + fileName, StringComparison.Ordinal));
        var outputs = Outputs(run, step).ToList();
        Assert.Equal(inputs.Count, outputs.Count);
        for (var i = 0; i < outputs.Count; i++)
        {
            Assert.True(outputs[i].Reason == (i == index ? edited : IncrementalStepRunReason.Cached), $"step {step}, document {i}: {outputs[i].Reason}");
        }
    }

    /// <summary>Runs the generator over the corpus, replaces one file, and runs it again.</summary>
    private static (GeneratorDriver Driver, GeneratorRunResult Run) EditAndRun(TestCorpus corpus, string fileName, string content)
    {
        var compilation = GeneratorHarness.Compilation();
        var texts = GeneratorHarness.Texts(corpus.Files);
        var driver = GeneratorHarness.Driver(texts, trackSteps: true).RunGenerators(compilation);
        var edited = texts.Single(t => t.Path.EndsWith("/" + fileName, StringComparison.Ordinal));
        driver = driver.ReplaceAdditionalText(edited, new InMemoryAdditionalText(edited.Path, content)).RunGenerators(compilation);
        return (driver, driver.GetRunResult().Results.Single());
    }

    /// <summary>
    /// The edited file was parsed and linked again, every other document's link was reused, and the catalogs, which
    /// read no .ann file, were neither linked again nor changed.
    /// </summary>
    private static void AssertOnlyThatDocumentRelinked(GeneratorRunResult run, string fileName, IncrementalStepRunReason linked)
    {
        Assert.All(Outputs(run, TrackingNames.Declarations), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        Assert.Single(Outputs(run, TrackingNames.ParsedAnnotations), o => o.Reason != IncrementalStepRunReason.Cached);
        // The other files are not listed again; the annotation files' sizes are checked again and change nothing.
        foreach (var step in new[] { TrackingNames.ParsedFiles, TrackingNames.CollectedFiles, TrackingNames.CorpusScopes })
        {
            Assert.All(Outputs(run, step), o => Assert.True(o.Reason == IncrementalStepRunReason.Cached, $"step {step} was {o.Reason}"));
        }

        Assert.All(Outputs(run, TrackingNames.CheckedScopes), o => Assert.Equal(IncrementalStepRunReason.Unchanged, o.Reason));
        Assert.All(Outputs(run, TrackingNames.CatalogFiles), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        Assert.All(Outputs(run, TrackingNames.LinkedCatalogs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        // One input per .ann file (an input's text names its file): only the edited one is made and linked again, and
        // its link is as given.
        var inputs = Outputs(run, TrackingNames.DocumentInputs).ToList();
        var edited = inputs.FindIndex(o => o.Value.ToString()!.Contains("/" + fileName, StringComparison.Ordinal));
        Assert.True(edited >= 0, $"no document input for {fileName}");
        foreach (var (step, edit, others) in new[]
        {
            (TrackingNames.DocumentInputs, IncrementalStepRunReason.Modified, IncrementalStepRunReason.Cached),
            (TrackingNames.LinkedDocuments, linked, IncrementalStepRunReason.Cached),
        })
        {
            var outputs = Outputs(run, step).ToList();
            Assert.True(outputs.Count == 2, $"step {step} has {outputs.Count} outputs");
            for (var i = 0; i < outputs.Count; i++)
            {
                Assert.True(outputs[i].Reason == (i == edited ? edit : others), $"step {step}, document {i}: {outputs[i].Reason}");
            }
        }
    }

    private static IEnumerable<(object Value, IncrementalStepRunReason Reason)> Outputs(GeneratorRunResult run, string step)
        => run.TrackedSteps[step].SelectMany(s => s.Outputs);

    /// <summary>
    /// Every step from the corpus's files to each generated file's model was reused, not recomputed, and no source
    /// was emitted again.
    /// </summary>
    private static void AssertEveryCorpusStepCached(GeneratorRunResult run)
    {
        var declarationSteps = new[] { TrackingNames.DeclarationSites, TrackingNames.Declarations, TrackingNames.CorpusRoot, TrackingNames.HelpFile, TrackingNames.ReportedDiagnostics };
        foreach (var step in TrackedStepNames().Except(declarationSteps))
        {
            Assert.All(run.TrackedSteps.TryGetValue(step, out var steps) ? steps.SelectMany(s => s.Outputs) : [], o => Assert.True(o.Reason == IncrementalStepRunReason.Cached, $"step {step} was {o.Reason}"));
        }

        Assert.All(SourceOutputs(run), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    /// <summary>The outputs that add generated files: every output but the diagnostics', which reads the declaration's position.</summary>
    private static IEnumerable<(object Value, IncrementalStepRunReason Reason)> SourceOutputs(GeneratorRunResult run)
        => run.TrackedOutputSteps.SelectMany(s => s.Value).Where(s => s.Inputs.All(i => i.Source.Name != TrackingNames.ReportedDiagnostics)).SelectMany(s => s.Outputs);

    private static string[] Sources(GeneratorDriver driver) => driver.GetRunResult().Results.Single().GeneratedSources
        .OrderBy(s => s.HintName, StringComparer.Ordinal).Select(s => s.HintName + "\n" + s.SourceText).ToArray();

    [Fact]
    public void Pipeline_models_hold_no_compiler_objects()
        => AssertNoStepHolds(new TestCorpus().Files, value => value is Compilation or ISymbol or SyntaxNode or SemanticModel or SyntaxTree);

    [Fact]
    public void Pipeline_models_hold_no_export_only_data()
    {
        // Catalog columns DomainKit does not read and a relations.tsv row: what only an export writes back.
        var corpus = new TestCorpus();
        corpus["actors.tsv"] = corpus["actors.tsv"].Replace("\taliases\n", "\taliases\twikidata\n", StringComparison.Ordinal)
            .Replace("\tIslamic Emirate|Talibs\n", "\tIslamic Emirate|Talibs\tQ1\n", StringComparison.Ordinal);
        corpus["documents.tsv"] = corpus["documents.tsv"].Replace("\tpublished\n", "\tpublished\tnote\n", StringComparison.Ordinal)
            .Replace("\t2021-07-08\n", "\t2021-07-08\tchecked\n", StringComparison.Ordinal);
        corpus["relations.tsv"] = "from\trelation\tto\tsource\ntaliban-border-pledge\tContradicts\ttaliban-border-pledge\tdesk\n";
        var extras = CorpusPipeline.Link(corpus.Files).Extras!;
        Assert.Equal([new CatalogColumn("source", "desk")], Assert.Single(extras.Relations).OtherColumns);
        Assert.Contains(extras.ActorColumns, columns => columns.Contains(new CatalogColumn("wikidata", "Q1")));
        Assert.Contains(extras.DocumentColumns, columns => columns?.Contains(new CatalogColumn("note", "checked")) == true);

        AssertNoStepHolds(corpus.Files, value => value is CatalogColumn or CatalogRelationModel or CatalogExtras or CatalogColumn[]);
    }

    /// <summary>Runs the generator over <paramref name="files"/> and walks every tracked step's outputs for a value <paramref name="forbidden"/> matches.</summary>
    private static void AssertNoStepHolds(Dictionary<string, string> files, Func<object, bool> forbidden)
    {
        var compilation = GeneratorHarness.Compilation();
        var run = GeneratorHarness.Driver(files, trackSteps: true).RunGenerators(compilation).GetRunResult().Results.Single();
        Assert.Empty(run.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));

        foreach (var name in TrackedStepNames())
        {
            foreach (var output in run.TrackedSteps[name].SelectMany(s => s.Outputs))
            {
                AssertNone(output.Value, forbidden, new HashSet<object>(ReferenceEqualityComparer.Instance), name);
            }
        }
    }

    private static IEnumerable<string> TrackedStepNames()
        => typeof(TrackingNames).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!);

    private static void AssertNone(object? value, Func<object, bool> forbidden, HashSet<object> seen, string step)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !seen.Add(value))
        {
            return;
        }

        Assert.False(forbidden(value), $"step {step} keeps a {value.GetType().Name}");
        if (value is System.Collections.IEnumerable items)
        {
            foreach (var item in items)
            {
                AssertNone(item, forbidden, seen, step);
            }

            return;
        }

        foreach (var field in value.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            AssertNone(field.GetValue(value), forbidden, seen, step);
        }
    }
}
