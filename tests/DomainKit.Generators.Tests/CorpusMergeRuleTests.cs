using DomainKit.Generators.Corpus.Export;
using DomainKit.Generators.Corpus.Linking;
using static DomainKit.Generators.Tests.LinkerRuleCorpus;

namespace DomainKit.Generators.Tests;

/// <summary>
/// The merge of linked documents (<c>CorpusLinker.Merge</c>): records that share a canonical id, the first value of a
/// field winning with every differing later one reported, list fields as unions, attestations, mentions and relations in
/// order, and relations.tsv. Actors are sahin (0), taliban (1) and tass (2); documents a (0) and b (1).
/// </summary>
public class CorpusMergeRuleTests
{
    private const string Text = "Sahin told TASS that we will not attack the border in July. They said 1,000 crossed the Amu Darya at Termez.";

    private static readonly string Spans = string.Join("\n",
        T("T1", "Actor", Text, "Sahin"), "N1\tReference T1 actor:sahin\tSahin",
        T("T2", "Statement", Text, "told"),
        T("T3", "Actor", Text, "TASS"), "N2\tReference T3 actor:tass\tTASS",
        T("T4", "Quote", Text, "we will not attack the border"),
        T("T5", "Date", Text, "July"),
        T("T6", "Actor", Text, "They"), "N3\tReference T6 actor:taliban\tTaliban",
        T("T7", "BorderEvent", Text, "crossed"),
        T("T8", "Border", Text, "Amu Darya"),
        T("T9", "Quantity", Text, "1,000"), "N4\tReference T9 qty:1000\tthousand",
        T("T10", "Location", Text, "Termez"),
        "");

    private static LinkedCorpus Merge(out string[] diagnostics, string a, string b, params (string Name, string Content)[] more)
        => Merge(out diagnostics, out _, a, b, more);

    private static LinkedCorpus Merge(out string[] diagnostics, out CatalogExtras extras, string a, string b, params (string Name, string Content)[] more)
        => Link(out diagnostics, out extras, [("annotation.conf", Schema), ("actors.tsv", Actors("taliban", "sahin", "tass")),
            ("a.txt", Text), ("b.txt", Text), ("a.ann", Spans + a), ("b.ann", Spans + b), .. more]);

    [Fact]
    public void A_merge_over_the_same_catalogs_after_one_of_other_ids_or_relations_is_the_merge_made_afresh()
    {
        // A merge over one catalogs' part takes the last one's id order for the same ids in the same order, its merged
        // record for the same occurrence, and its relations for the same R lines between the same ids.
        (string Name, string Content)[] Files(string a, string b)
            => [("annotation.conf", Schema), ("actors.tsv", Actors("taliban", "sahin", "tass")), ("a.txt", Text), ("b.txt", Text), ("a.ann", Spans + a), ("b.ann", Spans + b),
                ("relations.tsv", "from\trelation\tto\nm\tContradicts\tc\nx\tContradicts\tz\n")];
        string Statement(int e, string id) => $"E{e}\tStatement:T2 Speaker:T1 Content:T4\nN1{e}\tReference E{e} statement:{id}\tx\n";
        const string related = "R1\tContradicts Arg1:E1 Arg2:E2\n";
        var edits = new[]
        {
            (Statement(1, "m") + Statement(2, "c"), Statement(1, "x")),
            (Statement(1, "m") + Statement(2, "c"), Statement(1, "x")),
            (Statement(1, "m") + Statement(2, "c") + related, Statement(1, "x")),
            (Statement(1, "m") + Statement(2, "c") + related + "A5\tStatementKind E1 Denial\n", Statement(1, "x")),
            (Statement(1, "m") + Statement(2, "z") + related, Statement(1, "x")),
            (Statement(1, "m") + Statement(2, "z"), Statement(1, "x")),
            (Statement(1, "m"), Statement(1, "a") + Statement(2, "m")),
            (Statement(1, "x") + Statement(2, "c") + related, Statement(1, "m")),
        };
        var catalogs = Catalogs(Files("", ""));
        // Each document's link is kept while its file is the same, as the generator keeps it.
        var links = new Dictionary<string, DocumentLinkResult>();
        var (previous, kept) = (new List<StatementModel>(), 0);
        foreach (var (a, b) in edits)
        {
            var files = LinkerRuleCorpus.Files(Files(a, b));
            var documents = CorpusLinker.DocumentInputs(files, catalogs).Select(input =>
                links.TryGetValue(input.Annotations.Path, out var link) && link.Equals(DocumentAnnotationLinker.Link(input, catalogs.Context))
                    ? link
                    : links[input.Annotations.Path] = DocumentAnnotationLinker.Link(input, catalogs.Context)).ToList();

            var merged = CorpusLinker.Merge(catalogs, documents);
            kept += merged.Corpus!.Statements.Count(s => previous.Any(p => ReferenceEquals(p, s)));
            previous = merged.Corpus.Statements.ToList();

            var afresh = CorpusLinker.Link(files, CorpusPipeline.Vocabulary);
            Assert.Equal(afresh.Corpus!.Statements.Select(s => s.Id), merged.Corpus!.Statements.Select(s => s.Id));
            Assert.Equal(afresh.Corpus.Relations.Select(r => $"{r.From} {r.Kind} {r.To}"), merged.Corpus.Relations.Select(r => $"{r.From} {r.Kind} {r.To}"));
            Assert.Equal(Shown(afresh.Diagnostics), Shown(merged.Diagnostics));
            Assert.Equal(afresh.Corpus, merged.Corpus);
        }

        Assert.True(kept >= 5, $"{kept} merged records taken from the last merge");
    }

    [Fact]
    public void A_merge_over_the_same_catalogs_after_one_whose_layers_used_other_type_names_has_the_names_its_layers_use()
    {
        // Without annotation.conf the standoff type names are those the layers use; the last merge's are taken only for the same.
        (string Name, string Content)[] Files(string type)
            => [("actors.tsv", Actors("taliban")), ("a.txt", Text), ("b.txt", Text), ("a.ann", T("T1", "Alpha", Text, "Sahin") + "\n"), ("b.ann", T("T1", type, Text, "TASS") + "\n")];
        var catalogs = Catalogs(Files("Alpha"));
        foreach (var type in new[] { "Alpha", "Beta", "Beta", "Gamma", "Alpha" })
        {
            var files = LinkerRuleCorpus.Files(Files(type));
            var documents = CorpusLinker.DocumentInputs(files, catalogs).Select(input => DocumentAnnotationLinker.Link(input, catalogs.Context)).ToList();

            var merged = CorpusLinker.Merge(catalogs, documents).Corpus!;

            Assert.Equal(new[] { "Alpha", type }.Distinct().Order(StringComparer.Ordinal), merged.StandoffTypes.Annotations);
        }
    }

    [Fact]
    public void A_statement_attested_twice_keeps_the_first_value_of_each_field_and_reports_each_differing_one()
    {
        var corpus = Merge(out var diagnostics,
            "E1\tStatement:T2 Speaker:T1 Content:T4 Addressee:T3 Via:T3\nA1\tStatementKind E1 Assurance\nN5\tReference E1 statement:s\tx\nN6\tReference E1 date:2021-07-05\tx\n",
            "E1\tStatement:T2 Speaker:T6 Content:T4 Addressee:T6 Addressee:T3 Via:T6\nA1\tStatementKind E1 Denial\nA2\tPlover E1 AGREE\nN5\tReference E1 statement:s\tx\nN6\tReference E1 date:2021-07\tx\nN7\tReference E1 cameo:051\tx\n");

        Assert.Equal([
            "DK0028 b.ann(15,1): Statement | s | speaker | taliban | sahin | /c/a.ann(15,1)",
            "DK0028 b.ann(15,1): Statement | s | kind | Denial | Assurance | /c/a.ann(15,1)",
            "DK0028 b.ann(15,1): Statement | s | date | 2021-07 | 2021-07-05 | /c/a.ann(15,1)",
        ], diagnostics);
        var statement = Assert.Single(corpus.Statements);
        Assert.Equal(("s", 0, "Assurance", "2021-07-05", "AGREE", "051"),
            (statement.Id, statement.Speaker, statement.Kind, statement.Date?.ToIsoString(), statement.Plover, statement.Cameo));
        Assert.Equal([2, 1], statement.Addressees);
        Assert.Equal([2, 1], statement.Via);
        Assert.Equal([0, 1], statement.Attestations.Select(a => a.Document));
    }

    [Fact]
    public void A_field_only_a_later_attestation_gives_is_taken_from_it_without_a_report()
    {
        var corpus = Merge(out var diagnostics,
            "E1\tStatement:T2 Speaker:T1 Content:T4\nN5\tReference E1 statement:s\tx\n",
            "E1\tStatement:T2 Speaker:T1 Content:T4\nA1\tStatementKind E1 Denial\nN5\tReference E1 statement:s\tx\nN6\tReference E1 date:2021-07\tx\n");

        Assert.Equal(["DK0031 a.ann(15,1): Statement | E1 | StatementKind"], diagnostics);
        var statement = Assert.Single(corpus.Statements);
        Assert.Equal(("Denial", "2021-07"), (statement.Kind, statement.Date?.ToIsoString()));
    }

    [Fact]
    public void A_record_no_attestation_gives_a_kind_is_unspecified()
    {
        var corpus = Merge(out _, "E1\tStatement:T2 Speaker:T1 Content:T4\nE2\tBorderEvent:T7\n", "");

        Assert.Equal(["Unspecified"], corpus.Statements.Select(s => s.Kind));
        Assert.Equal(["Unspecified"], corpus.BorderEvents.Select(e => e.Kind));
    }

    [Fact]
    public void A_border_event_attested_twice_keeps_the_first_value_of_each_field_and_reports_each_differing_one()
    {
        var corpus = Merge(out var diagnostics,
            "E1\tBorderEvent:T7 Agent:T1 Location:T10 Destination:T10 Via:T3 Count:T9\nA1\tBorderEventKind E1 Crossing\nN5\tReference E1 event:x\tx\nN6\tReference E1 border:AFG-TJK\tx\nN7\tReference E1 date:2021-07-05\tx\nA2\tPlover E1 RETREAT\nN8\tReference E1 cameo:0871\tx\n",
            "E1\tBorderEvent:T7 Agent:T6 Agent:T1 Location:T3 Source:T10 Destination:T3 Via:T6 Count:T9\nA1\tBorderEventKind E1 Retreat\nN5\tReference E1 event:x\tx\nN6\tReference E1 border:AFG-UZB\tx\nN7\tReference E1 date:2021-07-06\tx\nA2\tPlover E1 AGREE\nN8\tReference E1 cameo:0872\tx\nA3\tBound T9 MoreThan\n");

        Assert.Equal([
            "DK0028 b.ann(15,1): Border event | x | kind | Retreat | Crossing | /c/a.ann(15,1)",
            "DK0028 b.ann(15,1): Border event | x | border | AFG-UZB | AFG-TJK | /c/a.ann(15,1)",
            "DK0028 b.ann(15,1): Border event | x | date | 2021-07-06 | 2021-07-05 | /c/a.ann(15,1)",
            "DK0028 b.ann(15,1): Border event | x | count | MoreThan 1000 | Exact 1000 | /c/a.ann(15,1)",
            "DK0028 b.ann(15,1): Border event | x | destination | TASS | Termez | /c/a.ann(15,1)",
            "DK0028 b.ann(15,1): Border event | x | Plover type | AGREE | RETREAT | /c/a.ann(15,1)",
            "DK0028 b.ann(15,1): Border event | x | CAMEO code | 0872 | 0871 | /c/a.ann(15,1)",
        ], diagnostics);
        var e = Assert.Single(corpus.BorderEvents);
        Assert.Equal(("Crossing", "AFG-TJK", "2021-07-05", "Exact", "Termez", "Termez", "RETREAT", "0871"),
            (e.Kind, e.Border?.ToString(), e.Date?.ToIsoString(), e.Quantity!.Bound, e.Destination, e.Source, e.Plover, e.Cameo));
        Assert.Equal([0, 1], e.Actors);
        Assert.Equal(["Termez", "TASS"], e.Locations);
        Assert.Equal([2, 1], e.Via);
    }

    [Fact]
    public void A_record_attested_once_names_each_actor_of_a_list_field_once()
    {
        // The merge takes one attestation's lists as they are: the document's linker must not repeat an actor.
        var corpus = Merge(out _,
            "E1\tStatement:T2 Speaker:T1 Content:T4 Addressee:T6 Addressee:T3 Addressee:T6\nN5\tReference E1 statement:s\tx\nE2\tBorderEvent:T7 Agent:T6 Agent:T1 Agent:T6\nN6\tReference E2 event:e\tx\n", "");

        Assert.Equal([1, 2], Assert.Single(corpus.Statements).Addressees);
        Assert.Equal([1, 0], Assert.Single(corpus.BorderEvents).Actors);
    }

    [Fact]
    public void Records_are_in_ordinal_id_order_and_attestations_by_document_then_passage()
    {
        var corpus = Merge(out _,
            "E1\tStatement:T2 Speaker:T1 Content:T4\nN5\tReference E1 statement:b\tx\nE2\tStatement:T2 Speaker:T1 Content:T4\nN6\tReference E2 statement:B\tx\n",
            "E1\tStatement:T2 Speaker:T1 Content:T4\nN5\tReference E1 statement:B\tx\nE2\tBorderEvent:T7\nE3\tBorderEvent:T7 Agent:T1\n");

        Assert.Equal(["B", "b"], corpus.Statements.Select(s => s.Id));
        Assert.Equal([(0, 6), (1, 6)], corpus.Statements[0].Attestations.Select(a => (a.Document, a.Passage.Start)));
        Assert.Equal(["b#E2", "b#E3"], corpus.BorderEvents.Select(e => e.Id));
    }

    [Fact]
    public void One_documents_attestations_of_one_record_are_ordered_by_passage_start_then_end()
    {
        var corpus = Merge(out _,
            "E1\tBorderEvent:T7 Agent:T6\nN5\tReference E1 event:x\tx\nE2\tBorderEvent:T7\nN6\tReference E2 event:x\tx\nE3\tBorderEvent:T7 Destination:T10\nN7\tReference E3 event:x\tx\n", "");

        var e = Assert.Single(corpus.BorderEvents);
        int they = Text.IndexOf("They", StringComparison.Ordinal), crossed = Text.IndexOf("crossed", StringComparison.Ordinal), termez = Text.IndexOf("Termez", StringComparison.Ordinal);
        Assert.Equal([(they, crossed + 7), (crossed, crossed + 7), (crossed, termez + 6)], e.Attestations.Select(a => (a.Passage.Start, a.Passage.End)));
    }

    [Fact]
    public void Mentions_are_ordered_by_document_start_end_and_actor()
    {
        var corpus = Merge(out _, "T11\tActor 0 5\tSahin\nN9\tReference T11 actor:taliban\tx\nT12\tActor 0 10\tSahin told\nN10\tReference T12 actor:sahin\tx\n", "");

        Assert.Equal([(0, 0, 5, 0), (0, 0, 5, 1), (0, 0, 10, 0), (0, 11, 15, 2), (0, 60, 64, 1), (1, 0, 5, 0), (1, 11, 15, 2), (1, 60, 64, 1)],
            corpus.Mentions.Select(m => (m.Document, m.Span.Start, m.Span.End, m.Actor)));
    }

    [Fact]
    public void Mentions_of_a_document_with_two_ann_files_are_ordered_across_both()
    {
        // "a.ANN" comes first in path order; its one mention lies after a.ann's first two.
        var corpus = Merge(out _, "", "", ("a.ANN", T("T6", "Actor", Text, "They") + "\nN3\tReference T6 actor:taliban\tTaliban\n"));

        Assert.Equal([(0, 0, 5, 0), (0, 11, 15, 2), (0, 60, 64, 1), (0, 60, 64, 1), (1, 0, 5, 0), (1, 11, 15, 2), (1, 60, 64, 1)],
            corpus.Mentions.Select(m => (m.Document, m.Span.Start, m.Span.End, m.Actor)));
    }

    [Fact]
    public void Relations_join_R_lines_and_relations_tsv_once_each_in_ordinal_order_and_skip_dropped_events()
    {
        var corpus = Merge(out var diagnostics, out var extras,
            "E1\tStatement:T2 Speaker:T1 Content:T4\nN5\tReference E1 statement:s\tx\nE2\tBorderEvent:T7\nN6\tReference E2 event:e\tx\nR1\tContradicts Arg1:E1 Arg2:E2\n"
                + "E3\tStatement:T2 Content:T4\nR2\tContradicts Arg1:E3 Arg2:E2\n",
            "",
            ("relations.tsv", "from\trelation\tto\tsource\ns\tContradicts\te\tdesk\ne\tContradicts\ts\t\nx\tContradicts\ty\t\ns\tSupports\te\t\n"));

        Assert.Equal([
            "DK0012 a.ann(20,1): E3",
            "DK0029 relations.tsv(4,1): x",
            "DK0029 relations.tsv(4,15): y",
            "DK0004 relations.tsv(5,3): Supports | a relation type",
        ], diagnostics.Where(d => !d.StartsWith("DK0031", StringComparison.Ordinal)));
        Assert.Equal([("e", "Contradicts", "s"), ("s", "Contradicts", "e")], corpus.Relations.Select(r => (r.From, r.Kind, r.To)));
        Assert.Equal([("s", "e", "desk"), ("e", "s", "")],
            extras.Relations.Select(r => (r.Relation.From, r.Relation.To, Assert.Single(r.OtherColumns).Value)));
    }

    [Fact]
    public void A_relations_tsv_without_its_columns_adds_no_relation()
    {
        var corpus = Merge(out var diagnostics, out var extras, "E1\tStatement:T2 Speaker:T1 Content:T4\nN5\tReference E1 statement:s\tx\n", "",
            ("relations.tsv", "from\tto\ns\ts\n"));

        Assert.Equal(["DK0016 relations.tsv(1,1)"], diagnostics.Where(d => !d.StartsWith("DK0031", StringComparison.Ordinal)).Select(d => d[..d.IndexOf(':')]));
        Assert.Empty(corpus.Relations);
        Assert.Empty(extras.Relations);
    }

    [Fact]
    public void Diagnostics_of_every_step_come_in_file_then_line_order()
    {
        Merge(out var diagnostics, "E1\tStatement:T2 Speaker:T1\n", "E1\tStatement:T2 Content:T4\n",
            ("documents.tsv", DocumentHeader + "a\tA\tnobody\t\nb\tB\t\t\n"));

        Assert.Equal([
            "DK0013 a.ann(15,1): E1",
            "DK0012 b.ann(15,1): E1",
            "DK0007 documents.tsv(2,5): nobody",
        ], diagnostics);
    }

    [Fact]
    public void The_corpus_keeps_the_catalogs_and_every_documents_layer_in_document_order()
    {
        var corpus = Merge(out _, "", "");

        Assert.Equal(["sahin", "taliban", "tass"], corpus.Actors.Select(a => a.Id));
        Assert.Equal(["a", "b"], corpus.Documents.Select(d => d.Id));
        Assert.Equal([0, 1], corpus.Standoff.Select(l => l.Document));
        Assert.Equal(["SAHIN", "TALIBAN", "TASS"], corpus.NameKeys.Select(k => k.Key));
        Assert.Contains("Quote", corpus.StandoffTypes.Annotations);
        Assert.Contains("Contradicts", corpus.StandoffTypes.Relations);
    }
}
