using DomainKit.Standoff;
using Microsoft.CodeAnalysis;

namespace DomainKit.Generators.Tests;

/// <summary>
/// A corpus in another schema than DomainKit's (BioNLP shared-task style: proteins, nested events, negation,
/// normalizations to UniProt) compiles with no domain records and its whole standoff layer, with its types as constants.
/// </summary>
public class StandoffCorpusTests
{
    private const string Text = "BMP-6 inhibits the expression of Id1 in B cells, not of Id2.\nIL-2 binds BMP-6.";

    private static readonly string Schema = string.Join("\n",
        "[entities]",
        "Protein",
        "Gene-or-gene-product",
        "Equals",
        "class",
        "Types",
        "[relations]",
        "Equiv\tArg1:Protein, Arg2:Protein, <REL-TYPE>:symmetric-transitive",
        "Binding-site\tArg1:Protein|Gene-or-gene-product, Arg2:Protein",
        "<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>",
        "[events]",
        "Gene_expression\tTheme:Protein",
        "Negative_regulation\tTheme:<EVENT>|Protein, Cause?:<EVENT>|Protein",
        "[attributes]",
        "Negation\tArg:<EVENT>",
        "Speculation\tArg:<EVENT>, Value:Low|High");

    private static readonly string Annotations = string.Join("\n",
        $"T1\tProtein {Span("BMP-6")}\tBMP-6",
        $"T2\tNegative_regulation {Span("inhibits")}\tinhibits",
        $"T3\tGene_expression {Span("expression")}\texpression",
        $"T4\tProtein {Span("Id1")}\tId1",
        $"T5\tProtein {Span("Id2")}\tId2",
        $"T6\tGene-or-gene-product {Span("IL-2")}\tIL-2",
        $"T7\tProtein {Span("BMP-6", 1)}\tBMP-6",
        "E1\tGene_expression:T3 Theme:T4",
        "E2\tNegative_regulation:T2 Theme:E1 Cause:T1",
        "E3\tGene_expression:T3 Theme:T5",
        "A1\tNegation E3",
        "A2\tSpeculation E2 Low",
        "R1\tBinding-site Arg1:T6 Arg2:T7",
        "*\tEquiv T1 T7",
        "N1\tReference T1 UniProt:P22004\tBMP6_HUMAN",
        "#1\tAnnotatorNotes E3\tnegated by \"not\"",
        string.Empty);

    private static Dictionary<string, string> Files => new(StringComparer.Ordinal)
    {
        [TestCorpus.Folder + "annotation.conf"] = Schema,
        [TestCorpus.Folder + "bionlp/PMID-1.txt"] = Text,
        [TestCorpus.Folder + "bionlp/PMID-1.ann"] = Annotations,
    };

    [Fact]
    public void Builds_with_no_domain_records_and_every_annotation()
    {
        var (corpus, diagnostics) = CorpusPipeline.Link(Files);
        Assert.DoesNotContain(diagnostics, d => d.Rule.Severity == Diagnostics.DiagnosticSeverityLevel.Error);
        var layer = Assert.Single(corpus!.Standoff);
        Assert.Equal((7, 3, 2, 1, 1, 1, 1), (layer.TextBounds.Count, layer.Events.Count, layer.Attributes.Count, layer.Normalizations.Count, layer.Relations.Count, layer.Notes.Count, layer.Equivalences.Count));

        var data = GeneratorHarness.LoadDataset(Files);
        Assert.Equal((0, 0, 0, 0), (data.Actors.Count, data.Statements.Count, data.BorderEvents.Count, data.Mentions.Count));
        var document = Assert.Single(data.Documents);
        Assert.Equal("bionlp/PMID-1", document.Id);
        var standoff = document.Standoff;
        Assert.Equal(["T1", "T2", "T3", "T4", "T5", "T6", "T7"], standoff.TextBounds.Select(t => t.Id));

        Assert.True(standoff.TryGet("E2", out var found));
        var regulation = Assert.IsType<EventAnnotation>(found);
        Assert.Equal("inhibits", regulation.Trigger.Text);
        Assert.Equal(["Theme:E1", "Cause:T1"], regulation.Arguments.Select(a => a.ToString()));
        var expression = Assert.IsType<EventAnnotation>(regulation.Arguments[0].Target);
        Assert.Equal("Id1", ((TextBoundAnnotation)expression.Arguments[0].Target).Text);
        Assert.Equal([("Speculation", "Low")], data.Standoff.Attributes.Of(regulation).Select(a => (a.Type, a.Value)));

        Assert.True(standoff.TryGet("E3", out var negated));
        Assert.Equal([("Negation", (string?)null)], data.Standoff.Attributes.Of(negated).Select(a => (a.Type, a.Value)));
        Assert.Equal("negated by \"not\"", Assert.Single(data.Standoff.Notes.Of(negated)).Text);

        var relation = Assert.Single(standoff.RelationsOfType("Binding-site"));
        Assert.Equal(("Arg1", "IL-2", "Arg2", Text.LastIndexOf("BMP-6", StringComparison.Ordinal)), (relation.Arg1.Role, ((TextBoundAnnotation)relation.Arg1.Target).Text, relation.Arg2.Role, ((TextBoundAnnotation)relation.Arg2.Target).Start));
        var normalization = Assert.Single(standoff.Normalizations);
        Assert.Equal(("T1", "UniProt", "P22004", "BMP6_HUMAN"), (normalization.Target.Id, normalization.Database, normalization.EntryId, normalization.Label));
        Assert.Equal(["T1", "T7"], Assert.Single(standoff.Equivalences).Members.Select(m => m.Id));

        Assert.Equal(["T4"], standoff.Covering(Text.IndexOf("Id1", StringComparison.Ordinal)).Select(t => t.Id));
        Assert.Equal(["T6"], standoff.Covering(Text.IndexOf("IL-2", StringComparison.Ordinal) + 3).Select(t => t.Id));
        Assert.Empty(standoff.Covering(Text.IndexOf("IL-2", StringComparison.Ordinal) + 4));
        Assert.Equal(["T1", "T7"], data.Standoff.TextBounds.OfType("Protein").Where(t => t.Text == "BMP-6").Select(t => t.Id));
        Assert.Equal(["E1", "E3"], standoff.EventsOfType("Gene_expression").Select(e => e.Id));
    }

    [Fact]
    public void Ids_that_share_a_hash_are_told_apart_and_a_document_finds_only_its_own()
    {
        // T51W39 and TTZ2AT share their ordinal hash (TableBuilderTests); forty more ids fill the document's buckets.
        var both = string.Join("\n", new[] { $"TTZ2AT\tProtein {Span("BMP-6")}\tBMP-6", $"T51W39\tProtein {Span("Id1")}\tId1" }
            .Concat(Enumerable.Range(1, 40).Select(i => $"T{i}\tProtein {Span("Id2")}\tId2"))
            .Append("#1\tAnnotatorNotes T51W39\tshares a hash"));
        var files = new Dictionary<string, string>(Files, StringComparer.Ordinal)
        {
            [TestCorpus.Folder + "bionlp/PMID-1.ann"] = both + "\n",
            [TestCorpus.Folder + "bionlp/PMID-2.txt"] = Text,
            [TestCorpus.Folder + "bionlp/PMID-2.ann"] = $"T51W39\tProtein {Span("IL-2")}\tIL-2\n",
        };

        var data = GeneratorHarness.LoadDataset(files);
        var first = data.Documents.Single(d => d.Id == "bionlp/PMID-1").Standoff;
        var second = data.Documents.Single(d => d.Id == "bionlp/PMID-2").Standoff;
        Assert.Equal(("BMP-6", "Id1"), (FoundText(first, "TTZ2AT"), FoundText(first, "T51W39")));
        Assert.All(Enumerable.Range(1, 40), i => Assert.Equal("Id2", FoundText(first, $"T{i}")));
        Assert.True(first.TryGet("#1", out var note));
        Assert.Equal("shares a hash", Assert.IsType<NoteAnnotation>(note).Text);

        // The other document holds T51W39 only: its colliding id, another document's ids and near misses are not found.
        Assert.Equal("IL-2", FoundText(second, "T51W39"));
        foreach (var miss in new[] { "TTZ2AT", "T1", "#1", "T51W3", "T51W390", "t51w39", "T51W3\u00E9" })
        {
            Assert.False(second.TryGet(miss, out var found), $"{miss} found {found?.Id}");
        }

        static string FoundText(StandoffLayer layer, string id)
            => layer.TryGet(id, out var found) ? Assert.IsType<TextBoundAnnotation>(found).Text + (found.Id == id ? string.Empty : " as " + found.Id) : "(none)";
    }

    [Fact]
    public void Type_names_become_escaped_de_clashed_constants_the_compiler_checks()
    {
        // The declaration's file-scoped namespace (Consumer) holds this class too.
        const string use = """
            public static class Uses
            {
                public static string[] All => [TestCorpus.Types.Protein, TestCorpus.Types.GeneOrGeneProduct, TestCorpus.Types.Class, TestCorpus.Types.Equals_2,
                    TestCorpus.Types.Types_2, TestCorpus.Types.GeneExpression, TestCorpus.RelationTypes.BindingSite, TestCorpus.RelationTypes.Equiv,
                    TestCorpus.AttributeTypes.Negation, TestCorpus.AttributeTypes.Speculation];
            }
            """;
        var result = GeneratorHarness.Run(Files, GeneratorHarness.Declaration + "\n" + use);

        Assert.Empty(result.CompileErrors);
        Assert.DoesNotContain(result.Output.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Warning && d.Location.SourceTree?.FilePath.EndsWith("Types.g.cs", StringComparison.Ordinal) == true);
        var types = result.RunResult.Results.Single().GeneratedSources.Single(s => s.HintName.EndsWith(".Types.g.cs", StringComparison.Ordinal)).SourceText.ToString();
        Assert.Contains("public const string GeneOrGeneProduct = \"Gene-or-gene-product\";", types, StringComparison.Ordinal);
        Assert.Contains("public const string Class = \"class\";", types, StringComparison.Ordinal);
        Assert.Contains("public const string Equals_2 = \"Equals\";", types, StringComparison.Ordinal);
        Assert.Contains("public const string Types_2 = \"Types\";", types, StringComparison.Ordinal);
        Assert.DoesNotContain("OVERLAP", types, StringComparison.Ordinal);
    }

    private static string Span(string value, int occurrence = 0)
    {
        var start = -1;
        for (var i = 0; i <= occurrence; i++)
        {
            start = Text.IndexOf(value, start + 1, StringComparison.Ordinal);
        }

        return start + " " + (start + value.Length);
    }
}
