using DomainKit.Generators.Corpus.Linking;
using static DomainKit.Generators.Tests.LinkerRuleCorpus;

namespace DomainKit.Generators.Tests;

/// <summary>
/// The checks of one <c>.ann</c> file (<c>DocumentValidator</c>) rule by rule, each on a document of a few lines: ids,
/// spans and their texts, types, roles and their counts, attributes, normalizations, relations, notes, equivalences
/// and overlaps. What a check drops is missing from the document's standoff layer.
/// </summary>
public class DocumentValidatorRuleTests
{
    private const string Text = "Sahin told TASS that we will not attack the border in July.";

    private static readonly string Sahin = T("T1", "Actor", Text, "Sahin");
    private static readonly string Told = T("T2", "Statement", Text, "told");
    private static readonly string Tass = T("T3", "Actor", Text, "TASS");
    private static readonly string Quote = T("T4", "Quote", Text, "we will not attack the border");
    private static readonly string July = T("T5", "Date", Text, "July");

    private static StandoffLayerModel Layer(out string[] diagnostics, params string[] annotations)
        => Assert.Single(LinkDocument(out diagnostics, Text, annotations).Standoff);

    [Fact]
    public void A_repeated_id_is_reported_on_its_later_line_and_the_first_definition_stays()
    {
        var layer = Layer(out var diagnostics, Sahin, "T1\tActor 11 15\tTASS", "N1\tReference T1 actor:sahin\tSahin", "N1\tReference T1 actor:tass\tTASS");

        Assert.Equal(["DK0008 doc.ann(2,1): T1 | /c/doc.ann(1,1)", "DK0008 doc.ann(4,1): N1 | /c/doc.ann(3,1)"], diagnostics);
        Assert.Equal("Sahin", Assert.Single(layer.TextBounds).Span.Text);
        Assert.Equal("sahin", Assert.Single(layer.Normalizations).Value);
    }

    [Fact]
    public void An_id_may_be_referred_to_before_the_line_that_defines_it()
    {
        var layer = Layer(out var diagnostics, "N1\tReference T1 actor:sahin\tSahin", Sahin, "T1\tActor 11 15\tTASS");

        Assert.Equal(["DK0008 doc.ann(3,1): T1 | /c/doc.ann(2,1)"], diagnostics);
        Assert.Equal("Sahin", Assert.Single(layer.TextBounds).Span.Text);
        Assert.Equal("sahin", Assert.Single(layer.Normalizations).Value);
    }

    [Fact]
    public void A_text_bound_of_a_type_the_conf_does_not_declare_is_reported()
    {
        var layer = Layer(out var diagnostics, T("T1", "Person", Text, "Sahin"), T("T2", "Meeting", Text, "told"));

        Assert.Equal(["DK0004 doc.ann(1,1): Person | an entity or event type"], diagnostics);
        Assert.Equal(["Meeting"], layer.TextBounds.Select(t => t.Type));
    }

    [Fact]
    public void Offsets_past_the_text_are_reported_with_its_length()
    {
        var layer = Layer(out var diagnostics, "T1\tDate 54 60\tJuly.", "T2\tDate 54 59\tJuly.");

        Assert.Equal(["DK0003 doc.ann(1,1): T1 | 54 60 | doc | 59"], diagnostics);
        Assert.Equal(["T2"], layer.TextBounds.Select(t => t.Id));
    }

    [Fact]
    public void A_span_text_that_differs_from_the_document_is_reported_on_the_text_with_the_place_it_covers()
    {
        var result = CorpusPipeline.Link(new Dictionary<string, string>
        {
            ["/c/annotation.conf"] = Schema, ["/c/doc.txt"] = "One\nSahin told", ["/c/doc.ann"] = "T1\tActor 4 9\tSahib\n",
        });

        var mismatch = Assert.Single(result.Diagnostics);
        Assert.Equal("DK0002 doc.ann(1,14): T1 | Sahib | 4 9 | Sahin", Show(mismatch));
        var at = Assert.Single(mismatch.AlsoAt);
        Assert.Equal(("/c/doc.txt", 1, 0, 5), (at.Path, at.Line, at.Column, at.Length));
        Assert.Empty(Assert.Single(result.Corpus!.Standoff).TextBounds);
    }

    [Fact]
    public void A_span_text_may_be_followed_by_whitespace_and_more_but_not_by_more_of_a_word()
    {
        var layer = Layer(out var diagnostics, "T1\tLocation 0 5\tSahin the spokesman", "T2\tLocation 11 15\tTASSx", "T3\tLocation 21 23\tw");

        Assert.Equal(["DK0002 doc.ann(2,19): T2 | TASSx | 11 15 | TASS", "DK0002 doc.ann(3,19): T3 | w | 21 23 | we"], diagnostics);
        Assert.Equal([("T1", "Sahin")], layer.TextBounds.Select(t => (t.Id, t.Span.Text)));
    }

    [Fact]
    public void Fragments_are_joined_by_one_space_in_any_order()
    {
        var layer = Layer(out var diagnostics, "T1\tLocation 11 15;0 5\tTASS Sahin", "T2\tLocation 21 23;24 28\twewill", "T3\tLocation 44 46;47 50\tbo der");

        Assert.Equal(["DK0002 doc.ann(2,25): T2 | wewill | 21 23;24 28 | we will"], diagnostics);
        Assert.Equal([("T1", "TASS Sahin"), ("T3", "bo der")], layer.TextBounds.Select(t => (t.Id, t.Span.Text)));
    }

    [Fact]
    public void A_missing_span_text_or_fragments_written_without_their_space_are_repaired_with_a_warning()
    {
        var layer = Layer(out var diagnostics, "T1\tLocation 0 5\t", "T2\tLocation 11 15", "T3\tLocation 21 23;24 28\twewill not");

        Assert.Equal([
            "DK0037 doc.ann(1,1): T1 |  | Sahin | 0 5",
            "DK0037 doc.ann(2,1): T2 |  | TASS | 11 15",
            "DK0037 doc.ann(3,1): T3 | wewill not | we will | 21 23;24 28",
        ], diagnostics);
        Assert.Equal(["Sahin", "TASS", "we will"], layer.TextBounds.Select(t => t.Span.Text));
    }

    [Fact]
    public void Attributes_must_be_declared_for_their_targets_type_with_a_value_the_conf_lists()
    {
        var layer = Layer(out var diagnostics, Sahin, Told, Quote,
            "E1\tStatement:T2 Speaker:T1 Content:T4",
            "A1\tColour T1 Red",
            "A2\tDirect T1",
            "A3\tDirect T4 Yes",
            "A4\tStatementKind E1 Maybe",
            "A5\tStatementKind E1",
            "A6\tDirect T4",
            "A7\tPlover E1 AGREE",
            "N1\tReference T1 actor:sahin\tSahin");

        Assert.Equal([
            "DK0015 doc.ann(5,1): Colour | Red | T1 | the attribute is not declared in annotation.conf",
            "DK0015 doc.ann(6,1): Direct | (none) | T1 | it applies to Quote, not Actor",
            "DK0015 doc.ann(7,1): Direct | Yes | T4 | it is a binary attribute and takes no value",
            "DK0015 doc.ann(8,1): StatementKind | Maybe | E1 | expected one of Assurance|Denial|Boast",
            "DK0015 doc.ann(9,1): StatementKind | (none) | E1 | expected one of Assurance|Denial|Boast",
        ], diagnostics);
        Assert.Equal(["A6", "A7"], layer.Attributes.Select(a => a.Id));
    }

    [Fact]
    public void A_second_attribute_of_one_name_on_one_target_is_a_duplicate()
    {
        var layer = Layer(out var diagnostics, Quote, "A1\tDirect T4", "A2\tDirect T4");

        Assert.Equal(["DK0008 doc.ann(3,1): T4 Direct | an earlier A line of this file"], diagnostics);
        Assert.Equal(["A1"], layer.Attributes.Select(a => a.Id));
    }

    [Fact]
    public void Attributes_and_notes_may_be_on_relations_but_not_on_other_attributes()
    {
        var layer = Layer(out var diagnostics, Quote, T("T6", "Quote", Text, "that"),
            "R1\tContradicts Arg1:T4 Arg2:T6", "A1\tCertain R1", "#1\tAnnotatorNotes R1\tchecked", "A2\tDirect A1", "#2\tAnnotatorNotes T9\tlost");

        Assert.Equal(["DK0033 doc.ann(6,1): A2 | A1", "DK0006 doc.ann(7,1): #2 | T9"], diagnostics);
        var relation = new AnnotationRef(AnnotationKind.Relation, 0);
        Assert.Equal(relation, Assert.Single(layer.Attributes).Target);
        Assert.Equal(relation, Assert.Single(layer.Notes).Target);
    }

    [Fact]
    public void Normalizations_of_DomainKits_databases_must_parse()
    {
        var layer = Layer(out var diagnostics, Sahin, July, T("T6", "Quantity", Text, "we"), T("T7", "Border", Text, "border"),
            "N1\tReference T1 actor:nobody\tx",
            "N2\tReference T5 date:July\tx",
            "N3\tReference T6 qty:many\tx",
            "N4\tReference T7 border:XX\tx",
            "N5\tReference T1 Wikidata:Q1\tx",
            "N6\tReference T1 Actor:sahin\tx",
            "N7\tReference T5 date:2021-07\tx",
            "N8\tReference T6 qty:2\tx",
            "N9\tReference T7 border:AFG-TJK\tx",
            "N10\tReference T1 cameo:010\tx");

        Assert.Equal([
            "DK0007 doc.ann(5,17): nobody",
            "DK0009 doc.ann(6,17): July",
            "DK0010 doc.ann(7,17): many",
            "DK0011 doc.ann(8,17): XX",
            "DK0023 doc.ann(10,17): Actor:sahin | T1 | actor:",
        ], diagnostics);
        Assert.Equal(["N5", "N6", "N7", "N8", "N9", "N10"], layer.Normalizations.Select(n => n.Id));
    }

    [Fact]
    public void A_second_normalization_in_one_of_DomainKits_databases_is_a_duplicate_but_other_databases_may_repeat()
    {
        var layer = Layer(out var diagnostics, Sahin,
            "N1\tReference T1 actor:sahin\tSahin", "N2\tReference T1 actor:tass\tTASS", "N3\tReference T1 Wikidata:Q1\tx", "N4\tReference T1 Wikidata:Q2\ty");

        Assert.Equal(["DK0008 doc.ann(3,17): T1 actor: | an earlier N line of this file"], diagnostics);
        Assert.Equal(["N1", "N3", "N4"], layer.Normalizations.Select(n => n.Id));
    }

    public static TheoryData<string> RecordDatabases() => new(StatementModel.Databases.Concat(BorderEventModel.Databases).Distinct());

    [Theory]
    [MemberData(nameof(RecordDatabases))]
    public void A_database_a_record_model_reads_is_one_of_DomainKits(string database)
    {
        var layer = Layer(out var diagnostics, Quote,
            $"N1\tReference T4 {database}:a\tx", $"N2\tReference T4 {database}:b\ty", $"N3\tReference T4 {database.ToUpperInvariant()}:c\tz");

        Assert.Equal([
            $"DK0008 doc.ann(3,17): T4 {database}: | an earlier N line of this file",
            $"DK0023 doc.ann(4,17): {database.ToUpperInvariant()}:c | T4 | {database}:",
        ], diagnostics);
        Assert.Equal(["N1", "N3"], layer.Normalizations.Select(n => n.Id));
    }

    [Fact]
    public void A_normalization_of_a_relation_or_a_missing_id_is_dropped()
    {
        var layer = Layer(out var diagnostics, Quote, T("T6", "Quote", Text, "that"),
            "R1\tContradicts Arg1:T4 Arg2:T6", "N1\tReference R1 Wikidata:Q1\tx", "N2\tReference T9 Wikidata:Q2\ty");

        Assert.Equal(["DK0033 doc.ann(4,1): N1 | R1", "DK0006 doc.ann(5,1): N2 | T9"], diagnostics);
        Assert.Empty(layer.Normalizations);
    }

    [Fact]
    public void An_event_needs_a_defined_trigger_of_its_own_type_and_a_declared_type()
    {
        var layer = Layer(out var diagnostics, Sahin, Told, Quote, T("T6", "Rally", Text, "July"), "N1\tReference T1 actor:sahin\tSahin",
            "E1\tStatement:T9 Speaker:T1 Content:T4",
            "E2\tBorderEvent:T2 Agent:T1",
            "E3\tRally:T6 Agent:T1");

        Assert.Equal([
            "DK0004 doc.ann(4,1): Rally | an entity or event type",
            "DK0006 doc.ann(6,1): E1 | T9",
            "DK0018 doc.ann(7,1): trigger | E2 | BorderEvent | T2 | Statement",
            "DK0004 doc.ann(8,1): Rally | an event type",
        ], diagnostics);
        Assert.Empty(layer.Events);
    }

    [Fact]
    public void Each_argument_needs_a_declared_role_a_target_of_its_type_and_its_place_in_the_roles_count()
    {
        var layer = Layer(out var diagnostics, Sahin, Told, Tass, Quote, "N1\tReference T1 actor:sahin\tSahin", "N2\tReference T3 actor:tass\tTASS",
            "E1\tStatement:T2 Speaker:T1 Speakr:T3 Content:T4",
            "E2\tStatement:T2 Speaker:T1 Addressee:T4 Content:T4",
            "E3\tStatement:T2 Speaker:T1 Speaker:T3 Content:T4",
            "E4\tStatement:T2 Speaker:T1 Content:T4 Via:N1",
            "E5\tStatement:T2 Speaker:T1 Content:T4 Content:T4 Addressee:T3 Addressee:T3");

        Assert.Equal([
            "DK0005 doc.ann(7,28): Speakr | Statement",
            "DK0018 doc.ann(8,28): Addressee | E2 | Actor | T4 | Quote",
            "DK0019 doc.ann(9,28): Speaker | E3",
            "DK0033 doc.ann(10,39): E4 | N1",
            "DK0031 doc.ann(11,1): Statement | E5 | StatementKind",
        ], diagnostics);
        Assert.Equal(["E5"], layer.Events.Select(e => e.Id));
    }

    [Fact]
    public void A_role_used_once_past_its_maximum_is_reported_once()
    {
        var layer = Layer(out var diagnostics, Sahin, Tass, T("T6", "Meeting", Text, "told"), T("T7", "Actor", Text, "we"),
            "E1\tMeeting:T6 Host:T1 Guest:T3 Guest:T7",
            "E2\tMeeting:T6 Host:T1 Guest:T3 Guest:T7 Guest:T1 Guest:T3");

        Assert.Equal(["DK0019 doc.ann(6,41): Guest | E2"], diagnostics.Where(d => !d.StartsWith("DK0017", StringComparison.Ordinal)));
        Assert.Equal(["E1"], layer.Events.Select(e => e.Id));
    }

    [Fact]
    public void Required_roles_are_reported_missing_except_a_statements_speaker_and_content()
    {
        var layer = Layer(out var diagnostics, Sahin, Told, T("T6", "Meeting", Text, "July"), "N1\tReference T1 actor:sahin\tSahin",
            "E1\tMeeting:T6 Host:T1",
            "E2\tMeeting:T6 Guest:T1",
            "E3\tMeeting:T6",
            "E4\tStatement:T2");

        Assert.Equal([
            "DK0040 doc.ann(5,1): Guest | E1 | Meeting",
            "DK0040 doc.ann(6,1): Host | E2 | Meeting",
            "DK0040 doc.ann(7,1): Host | E3 | Meeting",
            "DK0040 doc.ann(7,1): Guest | E3 | Meeting",
            "DK0012 doc.ann(8,1): E4",
        ], diagnostics);
        Assert.Empty(layer.Events);
    }

    [Fact]
    public void A_relation_needs_a_declared_type_and_arguments_one_of_its_declarations_accepts()
    {
        var layer = Layer(out var diagnostics, Sahin, Tass, Quote, T("T6", "Quote", Text, "that"), T("T7", "Location", Text, "July"),
            "R1\tContradicts Arg1:T4 Arg2:T6",
            "R2\tNear Arg1:T7 Arg2:T3",
            "R3\tContradicts Arg1:T4 Arg2:T7",
            "R4\tAllies Arg1:T1 Arg2:T3",
            "R5\tNear Arg1:T7 Arg2:T9",
            "R6\tNear Arg1:T1 Arg2:T4");

        Assert.Equal([
            "DK0018 doc.ann(8,1): Arg1 | R3 | Statement|BorderEvent | T4 | Quote",
            "DK0018 doc.ann(8,1): Arg2 | R3 | Statement|BorderEvent | T7 | Location",
            "DK0004 doc.ann(9,1): Allies | a relation type",
            "DK0006 doc.ann(10,1): R5 | T9",
            "DK0018 doc.ann(11,1): Arg1 | R6 | Location | T1 | Actor",
            "DK0018 doc.ann(11,1): Arg2 | R6 | Location|Actor | T4 | Quote",
        ], diagnostics.Where(d => !d.StartsWith("DK0017", StringComparison.Ordinal)));
        Assert.Equal(["R1", "R2"], layer.Relations.Select(r => r.Id));
    }

    [Fact]
    public void An_equivalence_needs_every_member_defined()
    {
        var layer = Layer(out var diagnostics, Sahin, Tass, "*\tEquiv T1 T3", "*\tEquiv T1 T9", "N1\tReference T1 actor:sahin\tSahin", "N2\tReference T3 actor:sahin\tSahin");

        Assert.Equal(["DK0006 doc.ann(4,1): * | T9"], diagnostics);
        var equivalence = Assert.Single(layer.Equivalences);
        Assert.Equal(("Equiv", 2), (equivalence.Type, equivalence.Members.Count));
    }

    [Fact]
    public void Entity_spans_that_cross_or_share_text_are_reported_on_both_unless_the_conf_allows_it()
    {
        var layer = Layer(out var diagnostics, "T1\tActor 0 10\tSahin told", "T2\tActor 6 15\ttold TASS", "T3\tLocation 0 5\tSahin", "T4\tQuote 21 50\twe will not attack the border",
            "T5\tBorder 44 50\tborder", "T6\tDate 21 23\twe", "T7\tDate 21 23\twe", "T8\tDate 54 58\tJuly");

        Assert.Equal([
            "DK0039 doc.ann(1,1): T1 | Actor | crosses | T2 | Actor",
            "DK0039 doc.ann(1,1): T3 | Location | is inside | T1 | Actor",
            "DK0039 doc.ann(2,1): T1 | Actor | crosses | T2 | Actor",
            "DK0039 doc.ann(3,1): T3 | Location | is inside | T1 | Actor",
            "DK0039 doc.ann(4,1): T5 | Border | is inside | T4 | Quote",
            "DK0039 doc.ann(4,1): T6 | Date | is inside | T4 | Quote",
            "DK0039 doc.ann(4,1): T7 | Date | is inside | T4 | Quote",
            "DK0039 doc.ann(5,1): T5 | Border | is inside | T4 | Quote",
            "DK0039 doc.ann(6,1): T6 | Date | has the same span as | T7 | Date",
            "DK0039 doc.ann(6,1): T6 | Date | is inside | T4 | Quote",
            "DK0039 doc.ann(7,1): T6 | Date | has the same span as | T7 | Date",
            "DK0039 doc.ann(7,1): T7 | Date | is inside | T4 | Quote",
        ], diagnostics.Where(d => d.StartsWith("DK0039", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.Equal(8, layer.TextBounds.Count);
    }

    [Fact]
    public void Spans_that_only_touch_do_not_overlap()
    {
        var layer = Layer(out var diagnostics, "T1\tLocation 6 15\ttold TASS", "T2\tLocation 15 20\t that", "T3\tLocation 0 6\tSahin ", "T4\tDate 20 20\t");

        Assert.Empty(diagnostics);
        Assert.Equal(["told TASS", " that", "Sahin ", ""], layer.TextBounds.Select(t => t.Span.Text));
    }

    [Fact]
    public void Span_texts_are_compared_in_code_points_on_and_around_astral_characters()
    {
        const string astral = "Sahin \U0001F600 told \U0001F1E6\U0001F1EB TASS";
        var corpus = LinkDocument(out var diagnostics, astral,
            "T1\tLocation 6 7\t\U0001F600", "T2\tLocation 8 12\ttold", "T3\tLocation 13 15\t\U0001F1E6\U0001F1EB", "T4\tLocation 16 20\tTASS", "T5\tLocation 6 8\t\U0001F600 x");

        Assert.Equal(["DK0002 doc.ann(5,17): T5 | \U0001F600 x | 6 8 | \U0001F600 "], diagnostics);
        Assert.Equal(["\U0001F600", "told", "\U0001F1E6\U0001F1EB", "TASS"], Assert.Single(corpus.Standoff).TextBounds.Select(t => t.Span.Text));
    }

    [Fact]
    public void Without_annotation_conf_every_type_role_attribute_and_relation_is_accepted()
    {
        var corpus = Link(out var diagnostics, ("actors.tsv", Actors("sahin")), ("doc.txt", Text), ("doc.ann", string.Join("\n",
            "T1\tPerson 0 5\tSahin", "T2\tSaying 6 10\ttold", "T3\tPerson 0 10\tSahin told", "E1\tSaying:T2 Sayer:T1 Sayer:T3", "A1\tColour T1 Red", "A2\tLoud E1",
            "R1\tSame Arg1:T1 Arg2:T3", "N1\tReference T1 Wikidata:Q1\tx") + "\n"));

        Assert.Equal(["DK0027 c(1,1): /c"], diagnostics);
        var layer = Assert.Single(corpus.Standoff);
        Assert.Equal((3, 1, 2, 1, 1), (layer.TextBounds.Count, layer.Events.Count, layer.Attributes.Count, layer.Relations.Count, layer.Normalizations.Count));
    }

    [Fact]
    public void A_shorter_span_listed_first_at_the_same_start_is_inside_the_longer_one()
    {
        Layer(out var diagnostics, "T1\tLocation 0 5\tSahin", "T2\tActor 0 10\tSahin told");

        Assert.Equal(["DK0039 doc.ann(1,1): T1 | Location | is inside | T2 | Actor", "DK0039 doc.ann(2,1): T1 | Location | is inside | T2 | Actor"],
            diagnostics.Where(d => d.StartsWith("DK0039", StringComparison.Ordinal)));
    }
}
