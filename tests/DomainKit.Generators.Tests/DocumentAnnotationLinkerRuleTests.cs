using DomainKit.Generators.Corpus.Linking;
using static DomainKit.Generators.Tests.LinkerRuleCorpus;

namespace DomainKit.Generators.Tests;

/// <summary>
/// Records built from one checked <c>.ann</c> file (<c>DocumentAnnotationLinker</c>), field by field: mentions, a
/// statement's and a border event's every field, the attested passage, canonical ids, kinds and runtime enum values,
/// and the relations between events. Actors are sahin (0), taliban (1) and tass (2).
/// </summary>
public class DocumentAnnotationLinkerRuleTests
{
    private const string Text = "Sahin told TASS that we will not attack the border in July. They said 1,000 crossed the Amu Darya at Termez.";
    private const int SahinActor = 0, TassActor = 2;

    private static readonly string[] Spans =
    [
        T("T1", "Actor", Text, "Sahin"), "N1\tReference T1 actor:sahin\tSahin",
        T("T2", "Statement", Text, "told"),
        T("T3", "Actor", Text, "TASS"), "N2\tReference T3 actor:tass\tTASS",
        T("T4", "Quote", Text, "we will not attack the border"),
        T("T5", "Date", Text, "July"), "N3\tReference T5 date:2021-07-05\t5 July",
        T("T6", "Quote", Text, "that"),
    ];

    private static LinkedCorpus Link(out string[] diagnostics, params string[] annotations)
        => LinkDocument(out diagnostics, Text, [.. Spans, .. annotations]);

    [Fact]
    public void A_statement_takes_each_field_from_its_arguments_attributes_and_normalizations()
    {
        var corpus = Link(out var diagnostics,
            "E1\tStatement:T2 Speaker:T1 Content:T4 Content:T6 Addressee:T3 Addressee:T3 Time:T5 Via:T3",
            "A1\tStatementKind E1 Assurance", "A2\tDirect T4", "A3\tPlover E1 AGREE", "N4\tReference E1 cameo:051\tpromise");

        Assert.Empty(diagnostics);
        var statement = Assert.Single(corpus.Statements);
        Assert.Equal(("doc#E1", SahinActor, "Assurance", "2021-07-05", "AGREE", "051"),
            (statement.Id, statement.Speaker, statement.Kind, statement.Date?.ToIsoString(), statement.Plover, statement.Cameo));
        Assert.Equal([TassActor], statement.Addressees);
        Assert.Equal([TassActor], statement.Via);
        var attestation = Assert.Single(statement.Attestations);
        Assert.Equal((0, TassActor, "E1", false), (attestation.Document, attestation.Via, corpus.Standoff.Single().Events[attestation.Event].Id, attestation.Direct));
        Assert.Equal((6, 50, "told TASS that we will not attack the border"), (attestation.Passage.Start, attestation.Passage.End, attestation.Passage.Text));
        Assert.Equal([("we will not attack the border", 21, 50, true), ("that", 16, 20, false)],
            attestation.Quotes.Select(q => (q.Span.Text, q.Span.Start, q.Span.End, q.Direct)));
    }

    [Fact]
    public void A_statement_is_direct_only_when_every_quote_is()
    {
        var corpus = Link(out _, "E1\tStatement:T2 Speaker:T1 Content:T4 Content:T6", "A1\tStatementKind E1 Assurance", "A2\tDirect T4", "A3\tDirect T6");

        var attestation = Assert.Single(Assert.Single(corpus.Statements).Attestations);
        Assert.True(attestation.Direct);
        Assert.Equal((-1, 6, 50), (attestation.Via, attestation.Passage.Start, attestation.Passage.End));
    }

    [Fact]
    public void The_events_own_date_and_canonical_id_win_over_its_time_argument_and_the_file_id()
    {
        var corpus = Link(out var diagnostics, "E1\tStatement:T2 Speaker:T1 Content:T4 Time:T5", "A1\tStatementKind E1 Denial",
            "N4\tReference E1 date:2021-07-08\tvisit", "N5\tReference E1 statement:sahin-denial\tdenial");

        Assert.Empty(diagnostics);
        var statement = Assert.Single(corpus.Statements);
        Assert.Equal(("sahin-denial", "2021-07-08", "Denial"), (statement.Id, statement.Date?.ToIsoString(), statement.Kind));
        Assert.Empty(statement.Addressees);
        Assert.Empty(statement.Via);
        Assert.Null(statement.Plover);
        Assert.Null(statement.Cameo);
    }

    [Fact]
    public void A_statement_without_a_linked_speaker_or_a_checked_quote_is_dropped()
    {
        var corpus = Link(out var diagnostics,
            T("T7", "Actor", Text, "They"),
            "T8\tQuote 21 50\twe will not attack the borders",
            "E1\tStatement:T2 Speaker:T7 Content:T4",
            "E2\tStatement:T2 Speaker:T1 Content:T8",
            "E3\tStatement:T2 Speaker:T1 Content:T4");

        Assert.Equal([
            "DK0017 doc.ann(10,1): T7 | They",
            "DK0002 doc.ann(11,16): T8 | we will not attack the borders | 21 50 | we will not attack the border",
            "DK0012 doc.ann(12,1): E1",
            "DK0013 doc.ann(13,1): E2",
            "DK0031 doc.ann(14,1): Statement | E3 | StatementKind",
        ], diagnostics);
        var statement = Assert.Single(corpus.Statements);
        Assert.Equal(("doc#E3", "Unspecified"), (statement.Id, statement.Kind));
        Assert.Equal(["E3"], Assert.Single(corpus.Standoff).Events.Select(e => e.Id));
    }

    [Fact]
    public void A_value_annotation_conf_allows_but_the_runtime_enum_lacks_is_reported_and_left_out_of_the_layer()
    {
        var corpus = Link(out var diagnostics, "E1\tStatement:T2 Speaker:T1 Content:T4", "A1\tStatementKind E1 Boast", "A2\tPlover E1 BRAG");

        Assert.Equal([
            "DK0015 doc.ann(11,1): StatementKind | Boast | E1 | DomainKit's StatementKind has no member 'Boast'",
            "DK0015 doc.ann(12,1): Plover | BRAG | E1 | DomainKit's PloverEventType has no member 'BRAG'",
        ], diagnostics);
        var statement = Assert.Single(corpus.Statements);
        Assert.Equal(("Unspecified", null), (statement.Kind, statement.Plover));
        Assert.Empty(Assert.Single(corpus.Standoff).Attributes);
    }

    [Fact]
    public void Actor_mentions_are_the_actor_spans_with_a_known_actor()
    {
        var corpus = Link(out var diagnostics,
            T("T7", "Actor", Text, "They"), T("T8", "Actor", Text, "said"), "N4\tReference T8 actor:nobody\tx", T("T9", "Location", Text, "Termez"), "N5\tReference T9 actor:tass\tTASS");

        Assert.Equal(["DK0017 doc.ann(10,1): T7 | They", "DK0007 doc.ann(12,17): nobody"], diagnostics);
        Assert.Equal([(0, 0, 5, "Sahin", SahinActor, "T1"), (0, 11, 15, "TASS", TassActor, "T3")],
            corpus.Mentions.Select(m => (m.Document, m.Span.Start, m.Span.End, m.Span.Text, m.Actor, corpus.Standoff.Single().TextBounds[m.TextBound].Id)));
    }

    [Fact]
    public void A_discontinuous_mention_keeps_its_fragments_and_a_contiguous_one_none()
    {
        var corpus = LinkDocument(out var diagnostics, Text, "T1\tActor 0 5;11 15\tSahin TASS", "N1\tReference T1 actor:sahin\tx", "T2\tActor 16 20\tthat", "N2\tReference T2 actor:tass\tx");

        Assert.Empty(diagnostics);
        Assert.Equal([(0, 15, "Sahin TASS", 2), (16, 20, "that", 0)], corpus.Mentions.Select(m => (m.Span.Start, m.Span.End, m.Span.Text, m.Span.Fragments.Count)));
    }

    [Fact]
    public void A_border_event_takes_each_field_from_its_arguments_attributes_and_normalizations()
    {
        var corpus = Link(out var diagnostics,
            T("T7", "BorderEvent", Text, "crossed"),
            T("T8", "Border", Text, "Amu Darya"), "N4\tReference T8 border:AFG-TJK\tborder",
            T("T9", "Quantity", Text, "1,000"), "N5\tReference T9 qty:1000\tthousand", "A1\tBound T9 MoreThan", "A2\tUnit T9 Person",
            T("T10", "Location", Text, "Termez"),
            "E1\tBorderEvent:T7 Border:T8 Agent:T1 Agent:T3 Agent:T1 Count:T9 Location:T1 Location:T10 Location:T1 Destination:T1 Source:T10 Time:T5 Via:T1",
            "A3\tBorderEventKind E1 Retreat", "A4\tPlover E1 RETREAT", "N6\tReference E1 cameo:0871\tretreat");

        Assert.Empty(diagnostics);
        var e = Assert.Single(corpus.BorderEvents);
        Assert.Equal(("doc#E1", "Retreat", "AFG-TJK", "2021-07-05", "RETREAT", "0871"), (e.Id, e.Kind, e.Border?.ToString(), e.Date?.ToIsoString(), e.Plover, e.Cameo));
        Assert.Equal([SahinActor, TassActor], e.Actors);
        Assert.Equal(("1000", "MoreThan", "Person"), (e.Quantity!.Number, e.Quantity.Bound, e.Quantity.Unit));
        // An actor's place is its canonical name (SAHIN), not the span's text.
        Assert.Equal(["SAHIN", "Termez"], e.Locations);
        Assert.Equal(("SAHIN", "Termez"), (e.Destination, e.Source));
        Assert.Equal([SahinActor], e.Via);
        var attestation = Assert.Single(e.Attestations);
        Assert.Equal((0, Text.IndexOf("Termez", StringComparison.Ordinal) + 6, SahinActor, false), (attestation.Passage.Start, attestation.Passage.End, attestation.Via, attestation.Direct));
        Assert.Empty(attestation.Quotes);
    }

    [Fact]
    public void The_events_own_border_and_canonical_id_win_and_a_count_without_bound_is_exact()
    {
        var corpus = Link(out var diagnostics,
            T("T7", "BorderEvent", Text, "crossed"),
            T("T8", "Border", Text, "Amu Darya"), "N4\tReference T8 border:AFG-TJK\tborder",
            T("T9", "Quantity", Text, "1,000"), "N5\tReference T9 qty:12\ttwelve",
            "E1\tBorderEvent:T7 Border:T8 Count:T9",
            "A3\tBorderEventKind E1 Crossing", "N6\tReference E1 border:AFG-UZB\tUzbek border", "N7\tReference E1 event:crossing\tx");

        Assert.Empty(diagnostics);
        var e = Assert.Single(corpus.BorderEvents);
        Assert.Equal(("crossing", "AFG-UZB", null, null), (e.Id, e.Border?.ToString(), e.Destination, e.Source));
        Assert.Equal(("12", "Exact", null), (e.Quantity!.Number, e.Quantity.Bound, e.Quantity.Unit));
        Assert.Empty(e.Actors);
        Assert.Empty(e.Locations);
        Assert.Empty(e.Via);
        Assert.Equal((Text.IndexOf("1,000", StringComparison.Ordinal), Text.IndexOf(" at Termez", StringComparison.Ordinal)), (e.Attestations[0].Passage.Start, e.Attestations[0].Passage.End));
    }

    [Fact]
    public void A_border_event_without_a_kind_is_reported_and_a_bound_the_runtime_lacks_falls_back_to_exact()
    {
        var corpus = Link(out var diagnostics,
            T("T7", "BorderEvent", Text, "crossed"), T("T9", "Quantity", Text, "1,000"), "N5\tReference T9 qty:12\ttwelve", "A1\tBound T9 Roughly",
            "E1\tBorderEvent:T7 Count:T9");

        Assert.Equal([
            "DK0015 doc.ann(13,1): Bound | Roughly | T9 | DomainKit's QuantityBound has no member 'Roughly'",
            "DK0031 doc.ann(14,1): BorderEvent | E1 | BorderEventKind",
        ], diagnostics);
        var e = Assert.Single(corpus.BorderEvents);
        Assert.Equal(("Unspecified", "Exact"), (e.Kind, e.Quantity!.Bound));
    }

    [Fact]
    public void Relations_between_events_link_their_canonical_ids_and_others_stay_in_the_layer()
    {
        var corpus = Link(out var diagnostics,
            T("T7", "BorderEvent", Text, "crossed"),
            "E1\tStatement:T2 Speaker:T1 Content:T4", "A1\tStatementKind E1 Assurance", "N4\tReference E1 statement:pledge\tx",
            "E2\tBorderEvent:T7", "A2\tBorderEventKind E2 Crossing",
            "R1\tContradicts Arg1:E1 Arg2:E2", "R2\tContradicts Arg1:E2 Arg2:E1", "R3\tContradicts Arg1:T4 Arg2:T6");

        Assert.Empty(diagnostics);
        Assert.Equal([("doc#E2", "Contradicts", "pledge"), ("pledge", "Contradicts", "doc#E2")], corpus.Relations.Select(r => (r.From, r.Kind, r.To)));
        Assert.Equal(["R1", "R2", "R3"], Assert.Single(corpus.Standoff).Relations.Select(r => r.Id));
    }

    [Fact]
    public void Without_its_text_a_documents_annotations_are_reported_once_and_give_no_layer()
    {
        var corpus = LinkerRuleCorpus.Link(out var diagnostics, ("annotation.conf", Schema), ("doc.txt", Text), ("lost.ann", "T1\tActor 0 5\tSahin\n#1\tAnnotatorNotes T1\tx\n"));

        Assert.Equal(["DK0014 lost.ann(1,1): lost.ann | lost.txt"], diagnostics);
        Assert.Empty(corpus.Standoff);
        Assert.Empty(corpus.Mentions);
    }

    [Fact]
    public void A_document_result_keeps_the_diagnostics_of_its_note_lines_apart()
    {
        var files = Files(("annotation.conf", Schema), ("doc.txt", Text), ("doc.ann", "T1\tLocation 0 5\tSahin\n#1\tAnnotatorNotes T9\tlost\n#2\tAnnotatorNotes T1\tkept\n"));
        var catalogs = CatalogLinker.Link(files, CorpusPipeline.Vocabulary);

        var result = DocumentAnnotationLinker.Link(Assert.Single(CorpusLinker.DocumentInputs(files, catalogs)), catalogs.Context);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(["DK0006 doc.ann(2,1): #1 | T9"], Shown(result.NoteDiagnostics));
        Assert.Equal(["#2"], result.Layer!.Notes.Select(n => n.Id));
        var notes = DocumentNotes.Of(0, result);
        Assert.Equal((0, 1, 1), (notes.Document, notes.Notes.Count, notes.Diagnostics.Count));
        var withoutNotes = result.WithoutNotes();
        Assert.Empty(withoutNotes.Layer!.Notes);
        Assert.Empty(withoutNotes.NoteDiagnostics);
        Assert.Equal(result.Layer.TextBounds, withoutNotes.Layer.TextBounds);
    }

    [Fact]
    public void Without_annotation_conf_the_first_value_of_a_repeated_role_is_kept_and_only_quotes_are_content()
    {
        var corpus = LinkerRuleCorpus.Link(out var diagnostics, ("actors.tsv", Actors("taliban", "sahin", "tass")), ("doc.txt", Text), ("doc.ann", string.Join("\n", [.. Spans,
            T("T7", "BorderEvent", Text, "crossed"), T("T8", "Border", Text, "Amu Darya"), "N4\tReference T8 border:AFG-TJK\tx", T("T10", "Location", Text, "Termez"),
            T("T11", "Border", Text, "border"), "N5\tReference T11 border:AFG-UZB\tx", T("T9", "Quantity", Text, "1,000"), "N6\tReference T9 qty:1000\tx", T("T12", "Quantity", Text, "we"), "N7\tReference T12 qty:2\tx",
            "E1\tBorderEvent:T7 Border:T8 Border:T11 Count:T9 Count:T12 Destination:T10 Destination:T3 Source:T3 Source:T10 Time:T5 Time:T5",
            "A1\tBorderEventKind E1 Retreat",
            "E2\tStatement:T2 Speaker:T1 Content:T3", "A2\tStatementKind E2 Denial"]) + "\n"));

        Assert.Equal(["DK0027 c(1,1): /c", "DK0013 doc.ann(22,1): E2"], diagnostics);
        var e = Assert.Single(corpus.BorderEvents);
        Assert.Equal(("AFG-TJK", "1000", "Termez", "TASS"), (e.Border?.ToString(), e.Quantity?.Number, e.Destination, e.Source));
        Assert.Empty(corpus.Statements);
    }

    [Fact]
    public void A_place_whose_span_failed_its_check_and_a_count_without_a_number_are_left_out()
    {
        var corpus = Link(out var diagnostics, T("T7", "BorderEvent", Text, "crossed"), "T10\tLocation 101 107\tTermes", T("T9", "Quantity", Text, "1,000"),
            "E1\tBorderEvent:T7 Location:T10 Destination:T10 Count:T9", "A1\tBorderEventKind E1 Crossing");

        Assert.Equal(["DK0002 doc.ann(11,22): T10 | Termes | 101 107 | Termez"], diagnostics);
        var e = Assert.Single(corpus.BorderEvents);
        Assert.Empty(e.Locations);
        Assert.Null(e.Destination);
        Assert.Null(e.Quantity);
    }

    [Fact]
    public void A_repeated_actor_span_id_gives_one_mention_from_its_first_definition()
    {
        var corpus = LinkDocument(out var diagnostics, Text, "T1\tActor 0 5\tSahin", "T1\tActor 11 15\tTASS", "N1\tReference T1 actor:sahin\tx");

        Assert.Equal(["DK0008 doc.ann(2,1): T1 | /c/doc.ann(1,1)"], diagnostics);
        Assert.Equal([(0, 5)], corpus.Mentions.Select(m => (m.Span.Start, m.Span.End)));
    }

    [Theory]
    [InlineData("small")]
    [InlineData("edges")]
    [InlineData("bundled")]
    public void A_span_of_one_run_says_where_its_text_lies_in_its_document_and_joined_fragments_say_none(string name)
    {
        var corpus = WriterRuleCorpora.Linked(name);
        var attestations = corpus.Statements.SelectMany(s => s.Attestations).Concat(corpus.BorderEvents.SelectMany(e => e.Attestations)).ToList();
        var spans = corpus.Mentions.Select(m => (m.Document, m.Span))
            .Concat(attestations.Select(a => (a.Document, Span: a.Passage)))
            .Concat(attestations.SelectMany(a => a.Quotes.Select(q => (a.Document, q.Span))))
            .Concat(corpus.Standoff.SelectMany(l => l.TextBounds.Select(t => (l.Document, t.Span))))
            .ToList();

        Assert.NotEmpty(spans);
        foreach (var (document, span) in spans)
        {
            var text = new CodePointText(corpus.Documents[document].Text);
            if (span.Fragments.Count > 0)
            {
                Assert.Equal(Compiled.Refs.None, span.TextStart);
                Assert.Equal(text.Join(span.Fragments), span.Text);
            }
            else
            {
                Assert.Equal(text.ToUtf16(span.Start), span.TextStart);
                Assert.Equal(text.Slice(span.Start, span.End), span.Text);
            }
        }

        // The edge corpus has text after an astral character, where code points and UTF-16 units part.
        Assert.True(name != "edges" || spans.Any(s => s.Span.TextStart > s.Span.Start));
    }
}
