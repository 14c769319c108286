using DomainKit.Generators.Common;
using DomainKit.Generators.Corpus.Export;
using DomainKit.Generators.Corpus.Linking;

namespace DomainKit.Generators.Tests;

/// <summary>
/// The brat and TSV export's rules, line by line on a small corpus linked in memory: each annotation kind's line in
/// brat's form, repeated roles numbered, fragments, binary attributes, labels and notes; catalog columns, the ones
/// DomainKit does not read kept after its own; and a corpus exported and linked again is the same corpus.
/// </summary>
public sealed class CorpusWriterTests
{
    private const string Text = "Sahin told TASS: \"we stay\" and \"we go\". Taliban listened.";

    [Fact]
    public void Each_annotation_is_written_back_in_brat_form_kind_after_kind()
    {
        var corpus = Linked();

        // Text-bounds, events, attributes, normalizations, relations, notes, equivalences; each kind in file order.
        Assert.Equal(
            string.Concat(Annotations.OrderBy(line => "TEANR#*".IndexOf(line[0], StringComparison.Ordinal)).Select(line => line + "\n")),
            CorpusWriter.WriteAnnotations(corpus.Standoff.Single()));
    }

    [Fact]
    public void Catalogs_are_written_with_DomainKit_columns_first_then_the_others_in_order_of_appearance()
    {
        var corpus = Linked(out var extras);
        var files = CorpusWriter.Write(corpus, extras).ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);

        Assert.Equal(["doc.txt", "doc.ann", "loose.txt", "actors.tsv", "documents.tsv", "relations.tsv"], CorpusWriter.Write(corpus, extras).Select(f => f.Key));
        Assert.Equal(Text, files["doc.txt"]);
        Assert.Equal("Nothing here.", files["loose.txt"]);
        Assert.Equal(
            "id\tname\tkind\tcountry\tmemberOf\trole\taliases\twikidata\tnote\n"
            + "sahin\tSAHIN\tPerson\tAFG\ttaliban\tspokesman\tSahin|Suhail\tQ1\t\n"
            + "taliban\tTALIBAN\tArmedGroup\t\t\t\t\t\tarmed\n"
            + "tass\tTASS\tMedia\tRUS\t\t\t\tQ3\t\n",
            files["actors.tsv"]);
        Assert.Equal("id\ttitle\toutlet\tpublished\tlang\ndoc\tA \"quoted\" title\ttass\t2021-07\ten\n", files["documents.tsv"]);
        Assert.Equal("from\trelation\tto\tsource\nsahin-pledge\tContradicts\tsahin-pledge\tdesk\n", files["relations.tsv"]);
    }

    [Fact]
    public void The_first_actor_is_named_where_it_is_referred_to_and_what_a_row_lacks_is_an_empty_field()
    {
        var corpus = Linked(out var extras);
        corpus = corpus with
        {
            // sahin, taliban, tass (ordinal id order): tass a member of the first, without the columns the others have.
            Actors = new EquatableArray<ActorModel>([corpus.Actors[0], corpus.Actors[1], corpus.Actors[2] with { MemberOf = 0 }]),
            Documents = new EquatableArray<DocumentModel>([corpus.Documents[0] with { Outlet = 0, Published = null }, .. corpus.Documents.Skip(1)]),
        };
        extras = new CatalogExtras([extras.ActorColumns[0], extras.ActorColumns[1], EquatableArray<CatalogColumn>.Empty], extras.DocumentColumns, extras.Relations);
        var files = CorpusWriter.Write(corpus, extras).ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);

        Assert.Equal(
            "id\tname\tkind\tcountry\tmemberOf\trole\taliases\twikidata\tnote\n"
            + "sahin\tSAHIN\tPerson\tAFG\ttaliban\tspokesman\tSahin|Suhail\tQ1\t\n"
            + "taliban\tTALIBAN\tArmedGroup\t\t\t\t\t\tarmed\n"
            + "tass\tTASS\tMedia\tRUS\tsahin\t\t\t\t\n",
            files["actors.tsv"]);
        Assert.Equal("id\ttitle\toutlet\tpublished\tlang\ndoc\tA \"quoted\" title\tsahin\t\ten\n", files["documents.tsv"]);
    }

    [Theory]
    [InlineData("small")]
    [InlineData("edges")]
    public void A_corpus_exported_and_linked_again_is_the_same_corpus(string name)
    {
        var corpus = WriterRuleCorpora.Linked(name);
        var files = CorpusWriter.Write(corpus, WriterRuleCorpora.Extras(name)).ToDictionary(f => TestCorpus.Folder + f.Key, f => f.Value, StringComparer.Ordinal);
        files[TestCorpus.Folder + "annotation.conf"] = WriterRuleCorpora.Files(name)[TestCorpus.Folder + "annotation.conf"];

        var (again, _) = CorpusPipeline.Link(files);

        Assert.Equal(CompiledRecordLines.Of(corpus), CompiledRecordLines.Of(again!));
        Assert.Equal(corpus.Standoff, again!.Standoff);
        Assert.Equal(corpus.Actors, again.Actors);
        Assert.Equal(corpus.Documents, again.Documents);
    }

    private static LinkedCorpus Linked() => Linked(out _);

    private static LinkedCorpus Linked(out CatalogExtras extras) => LinkerRuleCorpus.Link(
        out _,
        out extras,
        ("annotation.conf", LinkerRuleCorpus.Schema.Replace("[relations]\n", "[relations]\nEquiv\tArg1:Actor, Arg2:Actor, <REL-TYPE>:symmetric-transitive\n", StringComparison.Ordinal)),
        ("actors.tsv", "id\twikidata\tname\tkind\tcountry\tmemberOf\trole\taliases\tnote\n"
            + "sahin\tQ1\tSAHIN\tPerson\tAFG\ttaliban\tspokesman\tSahin|Suhail\t\n"
            + "taliban\t\tTALIBAN\tArmedGroup\t\t\t\t\tarmed\n"
            + "tass\tQ3\tTASS\tMedia\tRUS\t\t\t\t\n"),
        ("documents.tsv", "id\ttitle\toutlet\tlang\tpublished\ndoc\tA \"quoted\" title\ttass\ten\t2021-07\n"),
        ("relations.tsv", "from\trelation\tto\tsource\nsahin-pledge\tContradicts\tsahin-pledge\tdesk\n"),
        ("doc.txt", Text),
        ("loose.txt", "Nothing here."),
        ("doc.ann", string.Join("\n", Annotations) + "\n"));

    /// <summary>The document's annotation lines in file order, a relation before the attribute on it.</summary>
    private static readonly string[] Annotations =
    [
        LinkerRuleCorpus.T("T1", "Actor", Text, "Sahin"),
        LinkerRuleCorpus.T("T2", "Statement", Text, "told"),
        LinkerRuleCorpus.T("T3", "Quote", Text, "we stay"),
        LinkerRuleCorpus.T("T4", "Quote", Text, "we go"),
        LinkerRuleCorpus.T("T5", "Actor", Text, "Taliban"),
        "T6\tActor 11 15;48 56\tTASS listened",
        "E1\tStatement:T2 Speaker:T1 Content:T3 Content2:T4 Addressee:T5 Via:T6",
        "A1\tStatementKind E1 Assurance",
        "A2\tDirect T3",
        "N1\tReference T1 actor:sahin\tSahin",
        "N2\tReference T5 actor:taliban\tTaliban",
        "N3\tReference T6 actor:tass\tTASS",
        "N4\tReference E1 statement:sahin-pledge\tpledge",
        "R1\tContradicts Arg1:T3 Arg2:T4",
        "A3\tCertain R1",
        "#1\tAnnotatorNotes E1\ta note on the event",
        "#2\tAnnotatorNotes R1\ta note on the relation",
        "*\tEquiv T1 T6",
    ];
}
