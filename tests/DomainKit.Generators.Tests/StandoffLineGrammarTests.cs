using DomainKit.Generators.Corpus.Standoff;

namespace DomainKit.Generators.Tests;

/// <summary>
/// The fields of each <c>.ann</c> line kind where brat's reader cuts them, and where each one is in the file: a
/// diagnostic or a repaired span text must point at the right line and column.
/// </summary>
public class StandoffLineGrammarTests
{
    [Fact]
    public void A_span_line_gives_its_type_fragments_and_where_its_text_is()
    {
        var document = Parse("T1\tActor 0 3;+5 9\tabc efgh\nT2\tActor 4 7");

        var (first, second) = (document.TextBounds[0], document.TextBounds[1]);
        Assert.Equal(("Actor", "abc efgh"), (first.Type, first.Text));
        Assert.Equal([new Fragment(0, 3), new Fragment(5, 9)], first.Fragments);
        Assert.Equal((0, 18, 18, 8), (first.TextSpan.Line, first.TextSpan.Column, first.TextSpan.Start, first.TextSpan.Length));
        Assert.Equal((string.Empty, 1, 12, 0), (second.Text, second.TextSpan.Line, second.TextSpan.Column, second.TextSpan.Length));
        Assert.Equal((0, 0, 26), (first.Span.Column, first.Span.Start, first.Span.Length));
        Assert.Equal(27, second.Span.Start);
    }

    [Theory]
    [InlineData("T1\tActor")]
    [InlineData("T1\tActor 0")]
    [InlineData("T1\tActor 0 x")]
    [InlineData("T1\tActor x 3")]
    [InlineData("T1\tActor 0 3;")]
    [InlineData("T1\tActor 0 3 ;5 9")]
    [InlineData("T1\tActor 0 3 5")]
    public void A_span_without_start_end_pairs_is_malformed(string line) => AssertMalformed(line);

    [Fact]
    public void An_event_gives_its_trigger_roles_targets_and_where_each_argument_is()
    {
        var document = Parse("E1\tStatement:T9 Speaker:T1  Content2:T2 C9:T3 22:T4");

        var statement = Assert.Single(document.Events);
        Assert.Equal(("E1", "Statement", "T9"), (statement.Id, statement.Type, statement.Trigger));
        Assert.Equal([("Speaker", "T1", 16), ("Content", "T2", 28), ("C", "T3", 40), ("2", "T4", 46)],
            statement.Arguments.Select(a => (a.Role, a.Target, a.Span.Column)));
        Assert.Equal([10, 11, 5, 5], statement.Arguments.Select(a => a.Span.Length));
    }

    [Theory]
    [InlineData("E1\tStatement")]
    [InlineData("E1\tStatement: Speaker:T1")]
    [InlineData("E1\t:T9 Speaker:T1")]
    [InlineData("E1\tStatement:T9:T8")]
    [InlineData("E1\tStatement:T9 Speaker:")]
    [InlineData("E1\tStatement:T9 :T1")]
    [InlineData("E1\tStatement:T9 Speaker")]
    [InlineData("E1\t Statement:T9")]
    public void An_event_without_type_trigger_or_with_a_bad_argument_is_malformed(string line) => AssertMalformed(line);

    [Fact]
    public void An_attributes_value_is_the_rest_of_its_data()
    {
        var document = Parse("A1\tDirect T1\nA2\tKind E1 Assurance\nA3\tMention T1 Proper Name\nM1\tNegation E2");

        Assert.Equal([("Direct", "T1", null), ("Kind", "E1", "Assurance"), ("Mention", "T1", "Proper Name"), ("Negation", "E2", null)],
            document.Attributes.Select(a => (a.Name, a.Target, a.Value)));
    }

    [Fact]
    public void A_space_after_the_target_and_no_value_stays_in_the_target_as_in_brats_binary_form()
    {
        var attribute = Assert.Single(Parse("A1\tDirect T1 ").Attributes);

        Assert.Equal(("Direct", "T1 ", null), (attribute.Name, attribute.Target, attribute.Value));
    }

    [Fact]
    public void A_line_whose_data_starts_with_a_space_has_an_empty_type_for_the_linker_to_report()
    {
        var document = Parse("T1\t 0 3\tabc\nR1\t Arg1:T1 Arg2:T2");

        Assert.Empty(document.Diagnostics);
        Assert.Equal([("T1", "")], document.TextBounds.Select(t => (t.Id, t.Type)));
        Assert.Equal([new Fragment(0, 3)], document.TextBounds[0].Fragments);
        Assert.Equal([("R1", "", "T1", "T2")], document.Relations.Select(r => (r.Id, r.Type, r.Arg1, r.Arg2)));
    }

    [Theory]
    [InlineData("A1\tDirect  T1")]
    [InlineData("A1\tDirect ")]
    [InlineData("A1\tD ")]
    [InlineData("A1\tT1")]
    [InlineData("A1\tDirect T")]
    [InlineData("A1\tDirect 1")]
    [InlineData("M1\tNegation")]
    [InlineData("M1\tNegation E1 E2")]
    public void An_attribute_without_name_and_target_id_is_malformed(string line) => AssertMalformed(line);

    [Fact]
    public void A_normalization_gives_its_reference_label_and_where_its_value_is()
    {
        var document = Parse("N1\tReference T5 Wikidata:Q1\t\tlabel\nN2\tReference Annotation:T5 Referent:UniProt:P1");

        var (plain, bioNlp) = (document.Normalizations[0], document.Normalizations[1]);
        Assert.Equal(("Reference", "T5", "Wikidata", "Q1", "label"), (plain.Type, plain.Target, plain.Database, plain.Value, plain.Label));
        Assert.Equal((16, 11), (plain.ValueSpan.Column, plain.ValueSpan.Length));
        Assert.Equal(("T5", "UniProt", "P1", string.Empty), (bioNlp.Target, bioNlp.Database, bioNlp.Value, bioNlp.Label));
        Assert.Equal((36, 10), (bioNlp.ValueSpan.Column, bioNlp.ValueSpan.Length));
    }

    [Theory]
    [InlineData("N1\tReference")]
    [InlineData("N1\tReference T5")]
    [InlineData("N1\tReference Annotation:T5")]
    [InlineData("N1\tReference T5 :Q1")]
    [InlineData("N1\tReference T5 Wikidata:")]
    [InlineData("N1\tReference T5 Wikidata")]
    [InlineData("N1\t T5 Wikidata:Q1")]
    [InlineData("N1\tReference  Wikidata:Q1")]
    [InlineData("N1\tReference\u00A0x T5 Wikidata:Q1")]
    [InlineData("N1\tReference T\u00A05 Wikidata:Q1")]
    public void A_normalization_without_type_target_and_database_id_is_malformed(string line) => AssertMalformed(line);

    [Fact]
    public void A_relation_gives_its_type_and_both_roles_in_order()
    {
        var relation = Assert.Single(Parse("R1\tCorroborates To:E2 From:E1").Relations);

        Assert.Equal(("Corroborates", "To", "E2", "From", "E1"), (relation.Type, relation.Role1, relation.Arg1, relation.Role2, relation.Arg2));
    }

    [Theory]
    [InlineData("R1\tRel")]
    [InlineData("R1\tRel Arg1:T1 Arg2:T2 Arg3:T3")]
    [InlineData("R1\tRel Arg1:T1 Arg2:")]
    [InlineData("R1\tRel :T1 Arg2:T2")]
    [InlineData("R1\tRel Arg1 Arg2:T2")]
    public void A_relation_without_two_role_arguments_is_malformed(string line) => AssertMalformed(line);

    [Fact]
    public void A_relation_whose_two_roles_are_the_same_says_so()
        => Assert.Contains("role 'Arg1'", Assert.Single(Parse("R1\tRel Arg1:T1 Arg1:T2").Diagnostics).Message, StringComparison.Ordinal);

    [Fact]
    public void Notes_keep_their_text_from_the_tail_and_equivalences_their_members_in_order()
    {
        var document = Parse("#1\tAnnotatorNotes T1\n#2\tAnnotatorNotes T1\t\n#3\tLemma T2\tsay\n*\tEquiv T3\n*\tAlias T5 T4 T6");

        Assert.Equal([("T1", ""), ("T1", ""), ("T2", "say")], document.Notes.Select(n => (n.Target, n.Text)));
        Assert.Equal([("Equiv", "T3"), ("Alias", "T5 T4 T6")], document.Equivalences.Select(e => (e.Type, string.Join(" ", e.Members))));
    }

    [Theory]
    [InlineData("#1\tAnnotatorNotes")]
    [InlineData("#1\tAnnotatorNotes T1 T2")]
    [InlineData("*\tEquiv")]
    [InlineData("*1\tEquiv T1 T2")]
    [InlineData("a1\tActor 0 3\tabc")]
    [InlineData("X1\tActor 0 3\tabc")]
    [InlineData("T1 Actor 0 3 abc")]
    public void Notes_equivalences_and_ids_brat_does_not_read_are_malformed(string line) => AssertMalformed(line);

    [Theory]
    [InlineData(" ")]
    [InlineData("\t")]
    [InlineData(" \u001F\u00A0")]
    public void A_blank_line_is_reported_with_its_line_number(string blank)
    {
        var diagnostic = Assert.Single(Parse($"T1\tActor 0 3\tabc\n{blank}\nT2\tActor 4 7\tdef").Diagnostics);

        Assert.Equal(("DK0036", 1), (diagnostic.Id, diagnostic.Span.Line));
        Assert.Contains("Line 2 ", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_malformed_line_is_shortened_in_the_message()
    {
        var exact = "X1\t" + new string('a', 77);
        var longer = exact + "b";

        Assert.Contains($"'{exact}'", Assert.Single(Parse(exact).Diagnostics).Message, StringComparison.Ordinal);
        Assert.Contains($"'{longer[..77]}...'", Assert.Single(Parse(longer).Diagnostics).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("T1 Actor 0 3 abc", "there is no tab after the annotation id")]
    [InlineData("\tActor 0 3", "'' is not an annotation id (letters, digits, then any suffix, such as T1, AN2 or T1a; or *)")]
    [InlineData("X1\tActor 0 3", "an annotation id starts with T, E, A, M, N, R, # or *")]
    [InlineData("T1\tActor", "expected 'Tn<TAB>Type start end[;start end]<TAB>text'")]
    [InlineData("T1\tActor 0 x", "'0 x' is not a 'start end' pair of integers (one space between, none around ';')")]
    [InlineData("E1\tStatement", "the event starts with 'Type:TriggerId'")]
    [InlineData("E1\tStatement:T9 Speaker", "argument 'Speaker' is not 'Role:Id'")]
    [InlineData("A1\tDirect", "expected 'An<TAB>Name Target [Value]'")]
    [InlineData("M1\tNegation", "expected 'Mn<TAB>Name Target'")]
    [InlineData("N1\tReference T5", "expected 'Nn<TAB>Type Target database:id<TAB>label'")]
    [InlineData("R1\tRel", "expected 'Rn<TAB>Type Role1:Id Role2:Id'")]
    [InlineData("#1\tAnnotatorNotes", "expected '#n<TAB>Type Target<TAB>note'")]
    [InlineData("*\tEquiv", "expected '*<TAB>Type Id [Id ...]'")]
    public void A_malformed_line_says_what_brat_expects_there(string line, string reason)
        => Assert.EndsWith($": {reason}", Assert.Single(Parse(line).Diagnostics).Message, StringComparison.Ordinal);

    private static StandoffDocument Parse(string content) => StandoffParser.Parse("a.ann", content);

    private static void AssertMalformed(string line)
    {
        var document = Parse($"T9\tActor 0 3\tabc\n{line}\n");

        var diagnostic = Assert.Single(document.Diagnostics);
        Assert.Equal(("DK0001", 1, 0), (diagnostic.Id, diagnostic.Span.Line, diagnostic.Span.Column));
        Assert.Equal(line.Length, diagnostic.Span.Length);
        Assert.Equal(1, document.TextBounds.Count + document.Events.Count + document.Attributes.Count + document.Normalizations.Count
            + document.Relations.Count + document.Notes.Count + document.Equivalences.Count);
    }
}
