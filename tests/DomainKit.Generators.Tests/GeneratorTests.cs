using System.Reflection;
using System.Runtime.Loader;
using DomainKit.Generators.Generation;
using DomainKit.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DomainKit.Generators.Tests;

public class GeneratorTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_subfolder_named_like_the_corpus_folder_stays_in_the_document_id(bool projectFolderKnown)
    {
        var corpus = new TestCorpus();
        foreach (var name in new[] { "echo.txt", "echo.ann" })
        {
            corpus.Files["/project/Corpus/News/Corpus/" + name] = corpus[name];
            corpus.Files.Remove(TestCorpus.Folder + name);
        }

        corpus.ReplaceLine("documents.tsv", "echo\t", "News/Corpus/echo\tEcho\t\t2021-07");
        var options = projectFolderKnown ? new BuildProperties(new() { [CorpusGenerator.CorpusRootProperty] = "/project" }) : null;

        var dataset = GeneratorHarness.LoadDataset(corpus.Files, options);

        Assert.Equal(["News/Corpus/echo", "pledge"], dataset.Documents.All.Select(d => d.Id));
    }

    [Fact]
    public void A_valid_corpus_generates_code_that_compiles_without_diagnostics()
    {
        var result = GeneratorHarness.Run(new TestCorpus().Files);

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.CompileErrors);
        Assert.Equal(
            ["Consumer.TestCorpus.Actors.g.cs", "Consumer.TestCorpus.BorderEvents.g.cs", "Consumer.TestCorpus.Data.Notes.g.cs", "Consumer.TestCorpus.Data.PackedIntsSegment0.g.cs",
             "Consumer.TestCorpus.Data.Utf8Segment0.g.cs", "Consumer.TestCorpus.Documents.g.cs",
             "Consumer.TestCorpus.Mentions.g.cs", "Consumer.TestCorpus.Statements.g.cs", "Consumer.TestCorpus.Types.g.cs", "Consumer.TestCorpus.g.cs"],
            result.RunResult.Results.Single().GeneratedSources.Select(s => s.HintName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Generated_source_matches_the_snapshot()
    {
        var result = GeneratorHarness.Run(new TestCorpus().Files);

        Snapshot.Verify(Joined(result.RunResult.Results.Single().GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString()))));
    }

    /// <summary>Generated files as one snapshot text: in ordinal order of their hint names, each after a <c>//--- {hint name}</c> line.</summary>
    internal static string Joined(IEnumerable<(string HintName, string Source)> files)
        => string.Join("\n", files.OrderBy(s => s.HintName, StringComparer.Ordinal).Select(s => $"//--- {s.HintName}\n{s.Source}"));

    [Fact]
    public void Output_is_the_same_bytes_in_any_file_order_and_line_ending_of_catalogs()
    {
        var corpus = new TestCorpus();
        var forward = GeneratorHarness.Run(corpus.Files);
        corpus["actors.tsv"] = corpus["actors.tsv"].Replace("\n", "\r\n");
        corpus["pledge.ann"] = corpus["pledge.ann"].Replace("\n", "\r\n");
        var backward = GeneratorHarness.Run(corpus.Files.Reverse());

        Assert.Equal(Sources(forward), Sources(backward));

        static string[] Sources(GeneratorResult result) => result.RunResult.Results.Single().GeneratedSources
            .OrderBy(s => s.HintName, StringComparer.Ordinal).Select(s => s.HintName + "\n" + s.SourceText).ToArray();
    }

    [Fact]
    public void Records_round_trip_through_the_compiled_assembly()
    {
        var dataset = GeneratorHarness.LoadDataset(new TestCorpus().Files);

        var statement = Assert.Single(dataset.Statements.All);
        Assert.Equal("taliban-border-pledge", statement.Id);
        Assert.Equal("taliban", statement.Speaker.Id);
        Assert.Equal(["echo", "pledge"], statement.Attestations.Select(a => a.Document.Id));
        Assert.Equal("2021-07-08", statement.Date.ToString());

        var echo = statement.Attestations[0];
        Assert.Equal("said \u201cwe will not attack the border", echo.Text);
        Assert.Equal("we will not attack the border", Assert.Single(echo.Quotes).Text);
        Assert.False(echo.Direct);

        var retreat = Assert.Single(dataset.BorderEvents.All);
        Assert.Equal("AFG-TJK", retreat.Border.ToString());
        Assert.Equal(1000m, retreat.Quantity?.Value);
        Assert.Equal(QuantityBound.MoreThan, retreat.Quantity?.Bound);
        Assert.Equal("Tajikistan", retreat.Destination);

        // The mention after the emoji: its code-point offsets differ from its UTF-16 index by one.
        var emirate = dataset.Mentions.All.Single(m => m.Text == "Islamic Emirate");
        Assert.Equal(emirate.Document.Text.IndexOf("Islamic Emirate", StringComparison.Ordinal) - 1, emirate.Start);
    }

    [Fact]
    public void Strings_that_look_like_code_compile_and_round_trip_exactly()
    {
        const string Hostile = "\"\"\" \\ \\u0022 {x} */ /* #if DEBUG \u2028\u2029 \0 \u202E rtl \uD800 lone \U0001F4A3 // end";
        var corpus = new TestCorpus();
        corpus["documents.tsv"] = corpus["documents.tsv"].Replace("Taliban pledge", Hostile);
        corpus["actors.tsv"] = corpus["actors.tsv"].Replace("Russian news agency", Hostile).Replace("\tTASS\t", "\tTASS */ #error x\t");

        var dataset = GeneratorHarness.LoadDataset(corpus.Files);

        Assert.Contains(dataset.Documents.All, d => d.Title == Hostile);
        Assert.Contains(dataset.Actors.All, a => a.Role == Hostile && a.Name == "TASS */ #error x");
    }

    [Fact]
    public void Actor_ids_become_valid_distinct_member_names()
    {
        var corpus = new TestCorpus().AppendLine("actors.tsv", "9-11\tNine eleven\tGroup\t\t\t\t")
            .AppendLine("actors.tsv", "foo-bar\tFoo\tGroup\t\t\t\t")
            .AppendLine("actors.tsv", "foo_bar\tFoo 2\tGroup\t\t\t\t")
            .AppendLine("actors.tsv", "all\tAll of them\tGroup\t\t\t\t")
            .AppendLine("actors.tsv", "şahin-ünal\tŞahin\tPerson\t\t\t\t");

        var result = GeneratorHarness.Run(corpus.Files);

        Assert.Empty(result.CompileErrors);
        Assert.Equal(["DK0020"], result.DiagnosticIds);
        var actors = result.GeneratedSource(".Actors.g.cs");
        Assert.Contains("Actor _911 =>", actors);
        Assert.Contains("Actor FooBar =>", actors);
        Assert.Contains("Actor FooBar_2 =>", actors);
        Assert.Contains("Actor All_2 =>", actors);
        Assert.Contains("Actor ŞahinÜnal =>", actors);
    }

    [Fact]
    public void Actor_ids_that_are_generated_names_keywords_or_class_names_compile_without_warnings()
    {
        var generatedNames = DeclaredNames(GeneratorHarness.Run(new TestCorpus().Files).RunResult.GeneratedTrees);
        var keywords = SyntaxFacts.GetKeywordKinds().Concat(SyntaxFacts.GetContextualKeywordKinds()).Select(SyntaxFacts.GetText).Where(k => k.Length > 0);
        var ids = generatedNames.Concat(keywords).Append("TestCorpus").Append("test-corpus").Append("border-events").Append("index-of-id")
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        Assert.Contains("Actors", generatedNames);
        Assert.Contains("Store", generatedNames);
        var corpus = new TestCorpus();
        for (var i = 0; i < ids.Count; i++)
        {
            corpus.AppendLine("actors.tsv", $"{ids[i]}\tActor number {i}\tGroup\t\t\t\t");
        }

        var result = GeneratorHarness.Run(corpus.Files);

        Assert.Empty(result.CompileErrors);
        Assert.Empty(result.Output.GetDiagnostics().Where(d => d.Location.SourceTree is { } tree && result.RunResult.GeneratedTrees.Contains(tree)));
        Assert.Empty(result.GeneratorDiagnostics.Where(d => d.Id != "DK0020"));
        var actorsClass = result.RunResult.GeneratedTrees.Single(t => t.FilePath.EndsWith(".Actors.g.cs", StringComparison.Ordinal)).GetRoot()
            .DescendantNodes().OfType<ClassDeclarationSyntax>().Single(c => c.Identifier.Text == "Actors");
        var properties = actorsClass.Members.OfType<PropertyDeclarationSyntax>().Count(p => p.Type.ToString() == "global::DomainKit.Actor");
        Assert.Equal(ids.Count + 4, properties);
    }

    [Fact]
    public void A_corpus_class_named_like_a_member_generated_into_it_is_a_diagnostic_not_broken_code()
    {
        var members = GeneratorHarness.Run(new TestCorpus().Files).RunResult.GeneratedTrees
            .SelectMany(t => t.GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>().Where(c => c.Identifier.Text == "TestCorpus"))
            .SelectMany(c => c.Members)
            .SelectMany(NamesOf)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        Assert.Contains("Store", members);
        Assert.Contains("Dataset", members);

        foreach (var name in members)
        {
            var result = GeneratorHarness.Run(new TestCorpus().Files, GeneratorHarness.Declaration.Replace("class TestCorpus", "class " + name, StringComparison.Ordinal));

            Assert.Equal(["DK0032"], result.DiagnosticIds);
            Assert.Empty(result.CompileErrors);
        }
    }

    /// <summary>The name of every type and member declared in the generated sources.</summary>
    private static HashSet<string> DeclaredNames(IEnumerable<SyntaxTree> trees)
        => trees.SelectMany(t => t.GetRoot().DescendantNodes().OfType<MemberDeclarationSyntax>()).SelectMany(NamesOf).ToHashSet(StringComparer.Ordinal);

    private static IEnumerable<string> NamesOf(MemberDeclarationSyntax member) => member switch
    {
        BaseTypeDeclarationSyntax type => [type.Identifier.Text],
        PropertyDeclarationSyntax property => [property.Identifier.Text],
        MethodDeclarationSyntax method => [method.Identifier.Text],
        FieldDeclarationSyntax field => field.Declaration.Variables.Select(v => v.Identifier.Text),
        _ => [],
    };

    [Fact]
    public void Bad_annotations_are_diagnostics_and_the_rest_still_compiles()
    {
        var corpus = new TestCorpus().AppendLine("pledge.ann", "T99\tActor 0 3\tXYZ").AppendLine("pledge.ann", "garbage line");

        var result = GeneratorHarness.Run(corpus.Files);

        Assert.Equal(["DK0001", "DK0002"], result.DiagnosticIds);
        Assert.Empty(result.CompileErrors);
        Assert.Contains("Consumer.TestCorpus.Statements.g.cs", result.RunResult.Results.Single().GeneratedSources.Select(s => s.HintName));
    }

    [Fact]
    public void An_invalid_declaration_is_reported_on_the_class()
    {
        var result = GeneratorHarness.Run(new TestCorpus().Files, """
            [global::DomainKit.DomainCorpus("Corpus")]
            public partial class NotStatic;
            """);

        var diagnostic = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal("DK0032", diagnostic.Id);
        Assert.Equal("Consumer.cs", diagnostic.Location.GetLineSpan().Path);
    }

    [Fact]
    public void Sixteen_threads_racing_on_first_access_see_the_same_fully_built_records()
    {
        var result = GeneratorHarness.Run(new TestCorpus().Files);
        using var stream = new MemoryStream();
        Assert.True(result.Output.Emit(stream).Success);
        var context = new AssemblyLoadContext("race", isCollectible: true);
        var property = context.LoadFromStream(new MemoryStream(stream.ToArray())).GetType("Consumer.TestCorpus")!.GetProperty("Dataset")!;
        using var start = new Barrier(16);

        // Each racer reaches records through a different path first, so every lazy step is contended.
        var racers = Enumerable.Range(0, 16)
            .Select(i => Task.Factory.StartNew(
                () =>
                {
                    start.SignalAndWait();
                    var dataset = (Dataset)property.GetValue(null)!;
                    var statement = i % 2 == 0 ? dataset.Statements[0] : dataset.Statements.BySpeaker(dataset.Actors[2])[0];
                    var mention = i % 3 == 0 ? dataset.Mentions[4] : dataset.Mentions.In(dataset.Documents[1])[^1];
                    return (dataset, statement, mention);
                },
                TaskCreationOptions.LongRunning))
            .ToList();
        var seen = racers.Select(t => t.Result).ToList();

        var first = seen[0];
        Assert.All(seen, s => Assert.Same(first.dataset, s.dataset));
        Assert.All(seen, s => Assert.Same(first.statement, s.statement));
        Assert.All(seen, s => Assert.Same(first.mention, s.mention));
        Assert.Equal((4, 1, 1, 5), (first.dataset.Actors.Count, first.dataset.Statements.Count, first.dataset.BorderEvents.Count, first.dataset.Mentions.Count));
        Assert.Same(first.dataset.Actors[2], first.statement.Speaker);
        Assert.Equal(["echo", "pledge"], first.statement.Attestations.Select(a => a.Document.Id));
        Assert.Same(first.dataset.Documents[1], first.mention.Document);
    }

    [Fact]
    public void The_generated_name_dispatch_agrees_with_an_ignore_case_dictionary()
    {
        var corpus = new TestCorpus();
        var names = new[] { "Kabul", "Kabal", "kabul-2", "KÖLN", "Köln Süd", "Ωmega", "x", "ab", "AB-", "ſtate", "State", "Stat\u0130" };
        foreach (var (name, i) in names.Select((n, i) => (n, i)))
        {
            corpus.AppendLine("actors.tsv", $"place-{i}\t{name}\tGroup\t\t\t\t");
        }

        var dataset = GeneratorHarness.LoadDataset(corpus.Files);
        var expected = KeyIndexAgreement.NamesToIds(dataset);

        var probes = expected.Keys.SelectMany(k => new[] { k, k.ToUpperInvariant(), k.ToLowerInvariant(), k + "!", k[..^1], "#" + k[1..] })
            .Concat(["", "ſTATE", "state", "KABUL", "köln süd", "ΩMEGA"]);
        foreach (var probe in probes)
        {
            var hit = dataset.Actors.TryFind(probe, out var found);
            Assert.Equal(expected.TryGetValue(probe, out var id), hit);
            Assert.Equal(hit ? id : null, found?.Id);
        }
    }
}
