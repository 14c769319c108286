using DomainKit.Generators.Corpus.Schema;

namespace DomainKit.Generators.Tests;

/// <summary>brat's annotation.conf grammar (server/src/projectconfig.py), one rule per test.</summary>
public class SchemaParserTests
{
    private const string News = """
        [entities]
        Person
        Organization
        GPE
        [relations]
        Located            Arg1:Person, Arg2:GPE
        Alias              Arg1:Person, Arg2:Person, <REL-TYPE>:symmetric-transitive
        <OVERLAP>	Arg1:Person, Arg2:Organization, <OVL-TYPE>:contain
        ----
        Coref	Anaphora:<ANY>, Antecedent:<ANY>
        [events]
        # a macro, valid in this section only
        <POG>=Person|Organization|GPE
        !Life
        	Marry     Person-Arg{2}:Person, Place-Arg?:GPE
        	Die|Death       Person-Arg:Person, Agent-Arg?:<POG>
        Merge-org  Org-Arg+:Organization
        Report Reporter-Arg:<POG>, Event-Arg:<EVENT>
        Empty
        [attributes]
        Negation     Arg:<EVENT>
        Mention      Arg:<ENTITY>, Value:Name|Nominal
        """;

    [Fact]
    public void Reads_macros_hierarchy_repetition_abstract_types_and_special_arguments()
    {
        var schema = SchemaParser.Parse("annotation.conf", News);

        Assert.Empty(schema.Diagnostics);
        Assert.Equal(["Person", "Organization", "GPE"], schema.Entities);
        Assert.Equal(["Life", "Marry", "Die", "Merge-org", "Report", "Empty"], schema.Events.Select(e => e.Name));
        Assert.True(schema.Events[0].Abstract);
        var marry = schema.FindEvent("Marry")!.Roles[0];
        Assert.Equal(("Person-Arg", 2, 2), (marry.Name, marry.Minimum, marry.Maximum));
        Assert.Equal(["Person", "Organization", "GPE"], schema.FindEvent("Die")!.Roles[1].Types);
        Assert.Equal(int.MaxValue, schema.FindEvent("Merge-org")!.Roles[0].Maximum);
        Assert.Equal(["Located", "Alias", "<OVERLAP>", "Coref"], schema.Relations.Select(r => r.Name));
        Assert.Equal(["symmetric", "transitive"], schema.FindRelation("Alias")!.RelationKinds);
        Assert.Null(schema.FindRelation("<OVERLAP>"));
        Assert.Equal(["contain"], schema.Relations[2].OverlapKinds);
        Assert.Equal("Antecedent", schema.FindRelation("Coref")!.Roles[1].Name);
        Assert.True(schema.Accepts(schema.FindEvent("Report")!.Roles[1].Types, "Marry"));
        Assert.True(schema.Accepts(schema.FindAttributes("Mention").Single().Targets, "GPE"));
    }

    [Theory]
    [InlineData("[entities]\nPerson\n[relations]\nRel\tArg1:<POG>, Arg2:Person", 4)]
    [InlineData("[entities]\nPerson\n  Orphan", 3)]
    [InlineData("[entities]\nProtein | Prot", 2)]
    [InlineData("[entities]\nPerson\n[events]\nEv\tArg1+:Person", 4)]
    [InlineData("[entities]\nPerson\n[events]\nEv\tTheme{0}:Person", 4)]
    public void A_line_brat_cannot_read_drops_the_whole_file_for_brats_minimal_configuration(string conf, int line)
    {
        var schema = SchemaParser.Parse("annotation.conf", conf);

        var diagnostic = Assert.Single(schema.Diagnostics);
        Assert.Equal(("DK0038", line), (diagnostic.Id, diagnostic.Span.Line + 1));
        Assert.Equal(["Protein"], schema.Entities);
        Assert.Equal(["Equiv"], schema.Relations.Select(r => r.Name));
    }

    [Fact]
    public void A_dropped_conf_makes_every_other_type_unknown_as_in_brat()
    {
        var corpus = new TestCorpus();
        corpus["annotation.conf"] = TestCorpus.Schema.Replace("[relations]", "[relations]\nNear\tArg1:<PLACE>, Arg2:Actor", StringComparison.Ordinal);

        var ids = GeneratorHarness.Run(corpus.Files).DiagnosticIds;

        Assert.Contains("DK0038", ids);
        Assert.Contains("DK0004", ids);
    }

    [Fact]
    public void Section_names_are_brats_with_spans_for_entities_and_unknown_sections_are_ignored_with_a_warning()
    {
        var schema = SchemaParser.Parse("annotation.conf", "[spans]\nA\nN\n[entities] \nV\n[drawing]\nA\tbgColor:#fff\n");

        Assert.Equal(["A", "N", "V"], schema.Entities);
        Assert.Equal([("DK0026", 5)], schema.Diagnostics.Select(d => (d.Id, d.Span.Line)));
    }
}
