using DomainKit.Generators.Corpus.Linking;
using DomainKit.Generators.Corpus.Standoff;

namespace DomainKit.Generators.Tests;

/// <summary>brat's .ann grammar (server/src/annotation.py), one rule per test: what brat's reader accepts, DomainKit reads.</summary>
public class BratGrammarTests
{
    [Theory]
    [InlineData("R1\tFamily Arg1:T1 Arg2:T2\t")]
    [InlineData("R1\tFamily Governor:T1 Dependent:T2")]
    [InlineData("R1\tCoref Expression:T2 Antecedent:T1\t")]
    public void Relations_take_any_two_different_roles_and_a_trailing_tab(string line)
    {
        var document = StandoffParser.Parse("a.ann", line + "\n");

        Assert.Empty(document.Diagnostics);
        var relation = Assert.Single(document.Relations);
        Assert.NotEqual(relation.Role1, relation.Role2);
        Assert.Equal(["T1", "T2"], new[] { relation.Arg1, relation.Arg2 }.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("E1\tCause-movement-up-gain:T7 ")]
    [InlineData("E1\tToken:T1")]
    public void Events_may_have_no_arguments(string line)
    {
        var document = StandoffParser.Parse("a.ann", line);

        Assert.Empty(document.Diagnostics);
        Assert.Empty(Assert.Single(document.Events).Arguments);
    }

    [Fact]
    public void Normalizations_take_any_database_with_the_label_in_the_tail()
    {
        var document = StandoffParser.Parse("a.ann", "N1\tReference T5 Wikidata:Q13133\tlabel\nN2\tReference T5 GO:GO:0001\t\tdoubled tab\nN3\tReference Annotation:T5 Referent:UniProt:P1\n");

        Assert.Empty(document.Diagnostics);
        Assert.Equal([("Wikidata", "Q13133", "label"), ("GO", "GO:0001", "doubled tab"), ("UniProt", "P1", "")],
            document.Normalizations.Select(n => (n.Database, n.Value, n.Label)));
        Assert.Equal("T5", document.Normalizations[2].Target);
    }

    [Fact]
    public void Notes_and_equivalences_take_any_type_and_legacy_M_is_a_binary_attribute()
    {
        var document = StandoffParser.Parse("a.ann", "#1\tLemma T1\t lemma\n*\tsame-as T60 T61\nM1\tNegation E3\nA1\tMention T1 Proper Name\n");

        Assert.Empty(document.Diagnostics);
        Assert.Equal(("Lemma", " lemma"), (document.Notes[0].Type, document.Notes[0].Text));
        Assert.Equal(("same-as", 2), (document.Equivalences[0].Type, document.Equivalences[0].Members.Count));
        Assert.Equal([("Negation", null), ("Mention", "Proper Name")], document.Attributes.Select(a => (a.Name, a.Value)));
    }

    [Theory]
    [InlineData("T1a\tPerson 0 3\tAna")]
    [InlineData("AN1\tNegation T1")]
    [InlineData("T12-b\tPerson 0 3\tAna")]
    [InlineData("#AN3\tLemma T1a\tana")]
    public void Ids_are_letters_digits_and_any_suffix(string line)
    {
        var document = StandoffParser.Parse("a.ann", line);

        Assert.Empty(document.Diagnostics);
        Assert.Single(document.TextBounds.Concat<object>(document.Attributes).Concat(document.Notes));
    }

    [Fact]
    public void Lines_end_where_Pythons_splitlines_ends_them()
    {
        var document = StandoffParser.Parse("a.ann", "T1\tPerson 0 3\tAna\r\nT2\tPerson 4 7\tBob\rT3\tPerson 8 11\tCid\u2028T4\tPerson 12 15\tDan");

        Assert.Empty(document.Diagnostics);
        Assert.Equal([0, 1, 2, 3], document.TextBounds.Select(t => t.Span.Line));
        Assert.Equal(["Ana", "Bob", "Cid", "Dan"], document.TextBounds.Select(t => t.Text));
    }

    [Fact]
    public void An_empty_file_has_no_annotations_and_a_blank_line_is_reported_as_brat_does()
    {
        Assert.Empty(StandoffParser.Parse("a.ann", string.Empty).Diagnostics);
        Assert.Equal(["DK0036"], StandoffParser.Parse("a.ann", "T1\tPerson 0 3\tAna\n\n").Diagnostics.Select(d => d.Id));
    }

    [Theory]
    [InlineData("T1\tConcept 10 19;0 9\treumatoid arthritis")]
    [InlineData("T1\tPerson 0 9\tarthritis \t extra\tfields")]
    [InlineData("T1\tPerson 0 9\tarthritis ")]
    public void Span_texts_follow_brats_rule(string line)
    {
        var (corpus, diagnostics) = CorpusPipeline.LinkDocument("arthritis reumatoid", line);

        Assert.Equal(["DK0027"], diagnostics.Select(d => d.Id));
        Assert.Single(corpus!.Standoff.Single().TextBounds);
    }

    [Fact]
    public void Fragments_that_overlap_or_run_past_the_text_are_invalid_and_a_missing_text_is_filled_in()
    {
        var (corpus, diagnostics) = CorpusPipeline.LinkDocument("Hola Ana.\r\nAdiós.", "T1\tPerson 0 4;2 6\tHola la A\nT2\tPerson 0 99\tx\nT3\tPerson 11 17\nT4\tPerson 11 17\tAdiós.\t\n");

        Assert.Equal([("DK0003", 0), ("DK0003", 1), ("DK0037", 2)], diagnostics.Where(d => d.Id != "DK0027" && d.Id != "DK0025").Select(d => (d.Id, d.Span.Line)));
        Assert.Equal(["Adiós.", "Adiós."], corpus!.Standoff.Single().TextBounds.Select(t => t.Span.Text));
    }

    [Fact]
    public void Documents_of_one_name_in_two_subfolders_are_two_documents_with_path_ids()
    {
        var ((corpus, diagnostics), _) = CorpusPipeline.LinkFolder("/c", new Dictionary<string, string>
        {
            ["/c/Proces/doc.txt"] = "Ana",
            ["/c/Proces/doc.ann"] = "T1\tPerson 0 3\tAna\n",
            ["/c/Habitatge/doc.txt"] = "Bob",
            ["/c/Habitatge/doc.ann"] = "T1\tPerson 0 3\tBob\n",
        });

        Assert.Equal(["DK0027"], diagnostics.Select(d => d.Id));
        Assert.Equal(["Habitatge/doc", "Proces/doc"], corpus!.Documents.Select(d => d.Id));
        Assert.Equal(["Bob", "Ana"], corpus.Standoff.Select(l => l.TextBounds.Single().Span.Text));
    }

    [Fact]
    public void Actor_kinds_match_ignoring_case_and_attribute_values_do_not()
    {
        var corpus = new TestCorpus();
        corpus["actors.tsv"] = corpus["actors.tsv"].Replace("\tMedia\t", "\tmedia\t", StringComparison.Ordinal);
        corpus.ReplaceLine("pledge.ann", "A1\t", "A1\tStatementKind E1 assurance");

        var (linked, diagnostics) = CorpusPipeline.Link(corpus.Files);

        Assert.Contains(linked!.Actors, a => a.Kind == "Media");
        Assert.Equal(["DK0015"], diagnostics.Select(d => d.Id).Distinct());
    }

    [Fact]
    public void A_crlf_file_keeps_a_binary_attributes_target_where_brat_keeps_the_CR_in_it()
    {
        // Deliberate difference: brat's reader leaves the CR in "T1\r", an id no line defines.
        var document = StandoffParser.Parse("a.ann", "T1\tPerson 0 3\tAna\r\nA1\tNegation T1\r\nA2\tMention T1 Name\r\n");

        Assert.Empty(document.Diagnostics);
        Assert.Equal([("T1", null), ("T1", "Name")], document.Attributes.Select(a => (a.Target, a.Value)));
    }

    [Fact]
    public void Attributes_and_notes_on_relations_are_kept_and_written_back()
    {
        var (corpus, diagnostics) = CorpusPipeline.LinkDocument("Ana met Bob", "T1\tPerson 0 3\tAna\nT2\tPerson 8 11\tBob\nR1\tMet Arg1:T1 Arg2:T2\t\nA1\tnegation R1\n#1\tAnnotatorNotes R1\tnot sure\n");

        Assert.Equal(["DK0027"], diagnostics.Select(d => d.Id));
        var layer = corpus!.Standoff.Single();
        Assert.Equal(new AnnotationRef(AnnotationKind.Relation, 0), layer.Attributes.Single().Target);
        var written = Corpus.Export.CorpusWriter.WriteAnnotations(layer);
        Assert.Contains("A1\tnegation R1", written, StringComparison.Ordinal);
        Assert.Contains("#1\tAnnotatorNotes R1\tnot sure", written, StringComparison.Ordinal);
    }
}
