using DomainKit.Generators.Corpus.Linking;
using static DomainKit.Generators.Tests.LinkerRuleCorpus;

namespace DomainKit.Generators.Tests;

/// <summary>
/// A document's standoff layer (<c>StandoffLayerBuilder</c>): every annotation that passed its checks, with references
/// resolved to indices, and nothing that points at an annotation left out (so neither an event whose argument event
/// was dropped, nor a relation, attribute, normalization, note or equivalence on something dropped).
/// </summary>
public class StandoffLayerBuilderTests
{
    private const string Text = "Sahin told TASS that we will not attack the border in July.";

    private static readonly string[] Spans =
    [
        T("T1", "Actor", Text, "Sahin"), "N1\tReference T1 actor:sahin\tSahin",
        T("T2", "Statement", Text, "told"),
        T("T3", "Actor", Text, "TASS"), "N2\tReference T3 actor:tass\tTASS",
        T("T4", "Quote", Text, "we will not attack the border"),
        T("T5", "Claim", Text, "July"),
    ];

    private static StandoffLayerModel Layer(out string[] diagnostics, params string[] annotations)
        => Assert.Single(LinkDocument(out diagnostics, Text, [.. Spans, .. annotations]).Standoff);

    private static AnnotationRef TextBound(int index) => new(AnnotationKind.TextBound, index);

    private static AnnotationRef Event(int index) => new(AnnotationKind.Event, index);

    [Fact]
    public void Every_checked_annotation_is_in_the_layer_with_its_fields_and_references_as_indices()
    {
        var layer = Layer(out var diagnostics,
            "E1\tStatement:T2 Speaker:T1 Content:T4 Addressee:T3",
            "A1\tStatementKind E1 Assurance",
            "A2\tDirect T4",
            "N3\tReference E1 Wikidata:Q42\tthe pledge",
            "E2\tClaim:T5 Claimant:T3 About:E1",
            "R1\tAbout Arg1:E2 Arg2:E1",
            "#1\tAnnotatorNotes R1\tsee the follow-up",
            "*\tEquiv T1 T3");

        Assert.Empty(diagnostics);
        Assert.Equal(0, layer.Document);
        Assert.Equal([("T1", "Actor", 0, 5, "Sahin"), ("T2", "Statement", 6, 10, "told"), ("T3", "Actor", 11, 15, "TASS"),
            ("T4", "Quote", 21, 50, "we will not attack the border"), ("T5", "Claim", 54, 58, "July")],
            layer.TextBounds.Select(t => (t.Id, t.Type, t.Span.Start, t.Span.End, t.Span.Text)));
        Assert.Equal([("E1", "Statement", 1), ("E2", "Claim", 4)], layer.Events.Select(e => (e.Id, e.Type, e.Trigger)));
        Assert.Equal([("Speaker", TextBound(0)), ("Content", TextBound(3)), ("Addressee", TextBound(2))], layer.Events[0].Arguments.Select(a => (a.Role, a.Target)));
        Assert.Equal([("Claimant", TextBound(2)), ("About", Event(0))], layer.Events[1].Arguments.Select(a => (a.Role, a.Target)));
        Assert.Equal([("A1", "StatementKind", Event(0), "Assurance"), ("A2", "Direct", TextBound(3), null)], layer.Attributes.Select(a => (a.Id, a.Name, a.Target, a.Value)));
        Assert.Equal([("N1", "Reference", TextBound(0), "actor", "sahin", "Sahin"), ("N2", "Reference", TextBound(2), "actor", "tass", "TASS"),
            ("N3", "Reference", Event(0), "Wikidata", "Q42", "the pledge")],
            layer.Normalizations.Select(n => (n.Id, n.Type, n.Target, n.Database, n.Value, n.Label)));
        var relation = Assert.Single(layer.Relations);
        Assert.Equal(("R1", "About", "Arg1", Event(1), "Arg2", Event(0)), (relation.Id, relation.Type, relation.Role1, relation.Arg1, relation.Role2, relation.Arg2));
        var note = Assert.Single(layer.Notes);
        Assert.Equal(("#1", "AnnotatorNotes", new AnnotationRef(AnnotationKind.Relation, 0), "see the follow-up"), (note.Id, note.Type, note.Target, note.Text));
        var equivalence = Assert.Single(layer.Equivalences);
        Assert.Equal("Equiv", equivalence.Type);
        Assert.Equal([TextBound(0), TextBound(2)], equivalence.Members);
    }

    [Fact]
    public void A_dropped_event_takes_the_events_that_point_at_it_and_everything_on_them_along()
    {
        var layer = Layer(out var diagnostics,
            "E1\tStatement:T2 Content:T4",
            "E2\tClaim:T5 Claimant:T3 About:E1",
            "E3\tClaim:T5 Claimant:T1 About:E2",
            "E4\tClaim:T5 Claimant:T1",
            "E5\tClaim:T5 Claimant:T3 About:E4",
            "A1\tStatementKind E1 Denial",
            "N3\tReference E3 Wikidata:Q1\tx",
            "R1\tAbout Arg1:E5 Arg2:E3",
            "R2\tAbout Arg1:E5 Arg2:E4",
            "A2\tCertain R1",
            "#1\tAnnotatorNotes R1\tgone",
            "#2\tAnnotatorNotes E2\tgone",
            "*\tEquiv E4 E3");

        Assert.Equal(["DK0012 doc.ann(8,1): E1"], diagnostics);
        Assert.Equal(["E4", "E5"], layer.Events.Select(e => e.Id));
        Assert.Equal([("About", Event(0))], layer.Events[1].Arguments.Where(a => a.Role == "About").Select(a => (a.Role, a.Target)));
        Assert.Equal([("R2", Event(1), Event(0))], layer.Relations.Select(r => (r.Id, r.Arg1, r.Arg2)));
        Assert.Empty(layer.Attributes);
        Assert.Equal(["N1", "N2"], layer.Normalizations.Select(n => n.Id));
        Assert.Empty(layer.Notes);
        Assert.Empty(layer.Equivalences);
    }

    [Fact]
    public void An_event_may_point_at_an_event_defined_after_it()
    {
        var layer = Layer(out var diagnostics, "E1\tClaim:T5 Claimant:T1 About:E2", "E2\tClaim:T5 Claimant:T3");

        Assert.Empty(diagnostics);
        Assert.Equal(["E1", "E2"], layer.Events.Select(e => e.Id));
        Assert.Equal(Event(1), layer.Events[0].Arguments[1].Target);
    }

    [Fact]
    public void Text_bounds_that_failed_their_checks_and_repeated_ids_are_left_out_and_the_indices_follow()
    {
        var layer = Layer(out var diagnostics, "T6\tActor 11 15\tTASX", "T7\tQuote 16 20\tthat", "T7\tQuote 0 5\tSahin", "A1\tDirect T7", "*\tEquiv T7 T6");

        Assert.Equal(["DK0002 doc.ann(8,16): T6 | TASX | 11 15 | TASS", "DK0008 doc.ann(10,1): T7 | /c/doc.ann(9,1)"], diagnostics);
        Assert.Equal(["T1", "T2", "T3", "T4", "T5", "T7"], layer.TextBounds.Select(t => t.Id));
        Assert.Equal(("that", TextBound(5)), (layer.TextBounds[5].Span.Text, Assert.Single(layer.Attributes).Target));
        Assert.Empty(layer.Equivalences);
    }

    [Fact]
    public void An_attribute_on_a_text_bound_whose_span_failed_is_left_out()
    {
        var layer = Layer(out var diagnostics, "T6\tQuote 16 20\tthan", "A1\tDirect T6", "N3\tReference T6 Wikidata:Q1\tx", "#1\tAnnotatorNotes T6\tx");

        Assert.Equal(["DK0002 doc.ann(8,16): T6 | than | 16 20 | that"], diagnostics);
        Assert.Empty(layer.Attributes);
        Assert.Equal(["N1", "N2"], layer.Normalizations.Select(n => n.Id));
        Assert.Empty(layer.Notes);
    }
}
