using static DomainKit.Generators.Tests.LinkerRuleCorpus;

namespace DomainKit.Generators.Tests;

/// <summary>The catalog step (<c>CatalogLinker</c>) rule by rule: actors.tsv, documents.tsv, the texts and the name keys.</summary>
public class CatalogLinkerRuleTests
{
    [Fact]
    public void A_corpus_without_annotation_conf_is_reported_on_the_folder()
    {
        var link = Catalogs(("doc.txt", "x"));

        Assert.Equal(["DK0027 c(1,1): /c"], Shown(link.Diagnostics));
        Assert.True(Assert.Single(link.Diagnostics).Span.IsCorpus);
        Assert.Null(link.Context.Schema);
    }

    [Fact]
    public void The_schemas_own_diagnostics_come_first()
    {
        var link = Catalogs(("annotation.conf", "[entities]\nActor\n[nonsense]\n"), ("doc.txt", "x"));

        Assert.Equal("DK0026", Assert.Single(link.Diagnostics).Id);
        Assert.NotNull(link.Context.Schema);
    }

    [Fact]
    public void Actors_need_an_id_a_name_and_a_known_kind()
    {
        var link = Catalogs(("annotation.conf", "[entities]\nActor\n"), ("actors.tsv", ActorHeader
            + "\tNo Id\tPerson\t\t\t\t\n"
            + "noname\t  \tPerson\t\t\t\t\n"
            + "martian\tMartian\tAlien\t\t\t\t\n"
            + "ok\tOk\tperson\t\t\t\t\n"));

        Assert.Equal([
            "DK0016 actors.tsv(2,1): actors.tsv | every actor needs an id and a name",
            "DK0016 actors.tsv(3,1): actors.tsv | every actor needs an id and a name",
            "DK0016 actors.tsv(4,17): actors.tsv | kind 'Alien' of actor 'martian' is not one of " + string.Join(", ", CorpusPipeline.Vocabulary.ActorKinds),
        ], Shown(link.Diagnostics));
        var ok = Assert.Single(link.Actors);
        Assert.Equal(("ok", "Ok", "Person"), (ok.Id, ok.Name, ok.Kind));
    }

    [Fact]
    public void A_header_without_id_name_or_kind_gives_no_actors()
    {
        foreach (var header in new[] { "name\tkind\n", "id\tkind\n", "id\tname\n" })
        {
            var link = Catalogs(("annotation.conf", "[entities]\nActor\n"), ("actors.tsv", header + "a\tb\n"));

            Assert.Empty(link.Actors);
            Assert.All(Shown(link.Diagnostics), d => Assert.StartsWith("DK0016 actors.tsv(1,1): actors.tsv | the header has no", d));
        }
    }

    [Fact]
    public void A_repeated_actor_id_is_reported_where_it_repeats_and_the_first_row_wins()
    {
        var link = Catalogs(("annotation.conf", "[entities]\nActor\n"), ("actors.tsv", ActorHeader
            + "a\tFirst\tPerson\t\t\t\t\n"
            + "b\tOther\tPerson\t\t\t\t\n"
            + "a\tSecond\tCountry\t\t\t\t\n"));

        Assert.Equal(["DK0008 actors.tsv(4,1): a | /c/actors.tsv(2,1)"], Shown(link.Diagnostics));
        Assert.Equal(["First", "Other"], link.Actors.Select(a => a.Name));
    }

    [Fact]
    public void A_country_is_an_alpha3_code_or_reported_and_left_out()
    {
        var link = Catalogs(("annotation.conf", "[entities]\nActor\n"), ("actors.tsv", ActorHeader
            + "a\tA\tCountry\tAFG\t\t\t\n"
            + "b\tB\tCountry\tAfghanistan\t\t\t\n"
            + "c\tC\tCountry\t \t\t\t\n"));

        Assert.Equal(["DK0016 actors.tsv(3,13): actors.tsv | country 'Afghanistan' of actor 'b' is not an ISO 3166-1 alpha-3 code such as AFG"],
            Shown(link.Diagnostics));
        Assert.Equal(["AFG", null, null], link.Actors.Select(a => a.Country));
    }

    [Fact]
    public void Actors_are_in_ordinal_id_order_with_trimmed_fields()
    {
        var link = Catalogs(("annotation.conf", "[entities]\nActor\n"), ("actors.tsv", ActorHeader
            + "b\t Bee \tPerson\t\t\t  \t\n"
            + " a \tAy\tPerson\t\t\t spokesman \t\n"
            + "B\tBig Bee\tPerson\t\t\t\t\n"));

        Assert.Equal(["DK0020 actors.tsv(2,1): B | b | B | B_2"], Shown(link.Diagnostics));
        Assert.Equal(["B", "a", "b"], link.Actors.Select(a => a.Id));
        Assert.Equal(["Big Bee", "Ay", "Bee"], link.Actors.Select(a => a.Name));
        Assert.Equal([null, "spokesman", null], link.Actors.Select(a => a.Role));
        Assert.Equal(["B", "a", "b"], link.Context.ActorIds);
        Assert.Equal(["Big Bee", "Ay", "Bee"], link.Context.ActorNames);
        Assert.Equal(1, link.Context.ActorIndex("a"));
        Assert.Equal(-1, link.Context.ActorIndex("A"));
    }

    [Fact]
    public void Without_optional_columns_an_actor_has_no_country_role_aliases_or_parent()
    {
        var link = Catalogs(("annotation.conf", "[entities]\nActor\n"), ("actors.tsv", "id\tname\tkind\na\tA\tPerson\n"));

        var actor = Assert.Single(link.Actors);
        Assert.Equal((null, null, -1), (actor.Country, actor.Role, actor.MemberOf));
        Assert.Empty(actor.Aliases);
        Assert.Empty(Assert.Single(Extras(link).ActorColumns));
    }

    [Fact]
    public void Aliases_are_trimmed_distinct_and_never_the_name_itself()
    {
        var link = Catalogs(("annotation.conf", "[entities]\nActor\n"), ("actors.tsv", ActorHeader
            + "t\tTaliban\tArmedGroup\t\t\t\t Talibs | |Taliban|Islamic Emirate|Talibs|taliban\n"));

        Assert.Equal(["Talibs", "Islamic Emirate", "taliban"], Assert.Single(link.Actors).Aliases);
    }

    [Fact]
    public void Columns_DomainKit_does_not_read_are_kept_in_header_order()
    {
        var link = Catalogs(("annotation.conf", "[entities]\nActor\n"), ("actors.tsv", "note\tid\tname\tkind\twikidata\nx\ta\tA\tPerson\tQ1\n"));

        Assert.Equal([("note", "x"), ("wikidata", "Q1")], Assert.Single(Extras(link).ActorColumns).Select(c => (c.Name, c.Value)));
    }

    [Fact]
    public void Each_actor_keeps_the_row_it_was_read_from_the_first_of_a_repeated_id()
    {
        var link = Catalogs(("annotation.conf", "[entities]\nActor\n"), ("actors.tsv", ActorHeader.Replace("\n", "\tnote\n", StringComparison.Ordinal)
            + "b\tB\tPerson\t\t\t\t\tbee\na\tA\tPerson\t\t\t\t\tfirst\na\tA2\tPerson\t\t\t\t\tsecond\n"));

        Assert.Equal(["DK0008 actors.tsv(4,1): a | /c/actors.tsv(3,1)"], Shown(link.Diagnostics));
        Assert.Equal([1, 0], link.Rows.Actors);
        Assert.Equal(["first", "bee"], Extras(link).ActorColumns.Select(columns => Assert.Single(columns).Value));
    }

    [Fact]
    public void MemberOf_is_the_parents_index_or_an_unknown_actor()
    {
        var link = Catalogs(("annotation.conf", "[entities]\nActor\n"), ("actors.tsv", ActorHeader
            + "a\tA\tPerson\t\tc\t\t\n"
            + "b\tB\tPerson\t\tnobody\t\t\n"
            + "c\tC\tArmedGroup\t\t \t\t\n"));

        Assert.Equal(["DK0007 actors.tsv(3,13): nobody"], Shown(link.Diagnostics));
        Assert.Equal([2, -1, -1], link.Actors.Select(a => a.MemberOf));
    }

    [Fact]
    public void A_membership_cycle_is_reported_on_its_first_actor_which_loses_its_parent()
    {
        var link = Catalogs(("annotation.conf", "[entities]\nActor\n"), ("actors.tsv", ActorHeader
            + "d\tD\tPerson\t\tb\t\t\n"
            + "c\tC\tPerson\t\tb\t\t\n"
            + "b\tB\tPerson\t\tc\t\t\n"
            + "a\tA\tPerson\t\tb\t\t\n"
            + "e\tE\tPerson\t\te\t\t\n"));

        // Cycle b -> c -> b: b comes first by id; a and d point into it and are no part of it. e is its own parent.
        Assert.Equal(["DK0022 actors.tsv(4,13): b", "DK0022 actors.tsv(6,13): e"], Shown(link.Diagnostics));
        Assert.Equal([1, -1, 1, 1, -1], link.Actors.Select(a => a.MemberOf));
    }

    [Fact]
    public void A_membership_cycle_found_from_a_later_actor_is_still_reported_on_its_first()
    {
        var link = Catalogs(("annotation.conf", "[entities]\nActor\n"), ("actors.tsv", ActorHeader
            + "a\tA\tPerson\t\tz\t\t\n"
            + "y\tY\tPerson\t\tz\t\t\n"
            + "z\tZ\tPerson\t\ty\t\t\n"));

        // Walking from a (index 0) meets the cycle y <-> z at z: the cycle's first actor is y (index 1), not z.
        Assert.Equal(["DK0022 actors.tsv(3,13): y"], Shown(link.Diagnostics));
        Assert.Equal([2, -1, 1], link.Actors.Select(a => a.MemberOf));
    }

    [Fact]
    public void Member_names_are_pascal_case_and_a_collision_is_reported_on_the_later_id()
    {
        var link = Catalogs(("annotation.conf", "[entities]\nActor\n"), ("actors.tsv", ActorHeader
            + "al-qaeda\tAl-Qaeda\tArmedGroup\t\t\t\t\n"
            + "al_qaeda\tAl Qaeda group\tArmedGroup\t\t\t\t\n"));

        Assert.Equal(["DK0020 actors.tsv(3,1): al-qaeda | al_qaeda | AlQaeda | AlQaeda_2"], Shown(link.Diagnostics));
        Assert.Equal(["AlQaeda", "AlQaeda_2"], link.Actors.Select(a => a.MemberName));
    }

    [Theory]
    [InlineData(10_000, false)]
    [InlineData(10_001, true)]
    public void Over_the_property_limit_actors_get_no_member_names(int count, bool reported)
    {
        var rows = string.Concat(Enumerable.Range(0, count).Select(i => $"a{i}\tA {i}\tPerson\n"));

        var link = Catalogs(("annotation.conf", "[entities]\nActor\n"), ("actors.tsv", ActorHeader + rows.Replace("Person\n", "Person\t\t\t\t\n")));

        Assert.Equal(count, link.Actors.Count);
        Assert.Equal(reported ? ["DK0035 actors.tsv(1,1): 10,001 | 10,000"] : [], Shown(link.Diagnostics));
        Assert.Equal(reported, link.Actors[0].MemberName.Length == 0);
    }

    [Fact]
    public void Names_come_before_aliases_and_a_key_two_actors_claim_is_reported_on_the_later_row()
    {
        var link = Catalogs(("annotation.conf", "[entities]\nActor\n"), ("actors.tsv", ActorHeader
            + "b\tKabul\tGovernmentBody\t\t\t\tAfghan government\n"
            + "a\tAfghan Government\tGovernmentBody\t\t\t\tKABUL|Kabul government\n"));

        // Every name is claimed before any alias: a's alias loses to b's name (reported on a's row), then b's alias to a's name.
        Assert.Equal([
            "DK0024 actors.tsv(3,1): KABUL | b | a",
            "DK0024 actors.tsv(2,1): Afghan government | a | b",
        ], Shown(link.Diagnostics));
        Assert.Equal([("Afghan Government", 0), ("Kabul", 1), ("Kabul government", 0)], link.NameKeys.Select(k => (k.Key, k.Actor)));
    }

    [Fact]
    public void An_actor_may_repeat_its_own_name_in_any_case_without_a_report()
    {
        var link = Catalogs(("annotation.conf", "[entities]\nActor\n"), ("actors.tsv", ActorHeader + "a\tTaliban\tArmedGroup\t\t\t\tTALIBAN\n"));

        Assert.Empty(link.Diagnostics);
        Assert.Equal([("Taliban", 0)], link.NameKeys.Select(k => (k.Key, k.Actor)));
    }

    [Fact]
    public void Documents_are_in_id_order_with_their_catalog_row()
    {
        var link = Catalogs(("annotation.conf", "[entities]\nActor\n"), ("actors.tsv", Actors("tass")),
            ("documents.tsv", "id\ttitle\toutlet\tpublished\tnote\n"
                + "b\tBee\ttass\t2021-07\tsecond\n"
                + "a\t\t \t \tfirst\n"),
            ("b.txt", "bee text"), ("a.txt", "a text"));

        Assert.Empty(link.Diagnostics);
        Assert.Equal(["a", "b"], link.Documents.Select(d => d.Id));
        Assert.Equal(["a", "Bee"], link.Documents.Select(d => d.Title));
        Assert.Equal([-1, 0], link.Documents.Select(d => d.Outlet));
        Assert.Equal([null, "2021-07"], link.Documents.Select(d => d.Published?.ToIsoString()));
        Assert.Equal(["a text", "bee text"], link.Documents.Select(d => d.Text));
        Assert.Equal(["/c/a.txt", "/c/b.txt"], link.DocumentTexts.Select(t => t.Path));
        Assert.Equal([1, 0], link.Rows.Documents);
        Assert.Equal(["first", "second"], Extras(link).DocumentColumns.Select(columns => Assert.Single(columns!.Value).Value));
    }

    [Fact]
    public void A_catalog_row_with_an_unknown_outlet_or_a_bad_date_is_reported_and_keeps_its_document()
    {
        var link = Catalogs(("annotation.conf", "[entities]\nActor\n"), ("actors.tsv", Actors("tass")),
            ("documents.tsv", "id\ttitle\toutlet\tpublished\na\tA\tnbc\tJune 2021\n"), ("a.txt", "text"));

        Assert.Equal(["DK0007 documents.tsv(2,5): nbc", "DK0009 documents.tsv(2,9): June 2021"], Shown(link.Diagnostics));
        var document = Assert.Single(link.Documents);
        Assert.Equal((-1, null, 0), (document.Outlet, document.Published, Assert.Single(link.Rows.Documents)));
    }

    [Fact]
    public void Without_documents_tsv_a_text_is_a_document_named_after_its_file()
    {
        var link = Catalogs(("annotation.conf", "[entities]\nActor\n"), ("doc.txt", "text"));

        Assert.Empty(link.Diagnostics);
        var document = Assert.Single(link.Documents);
        Assert.Equal(("doc", "doc", -1, null, -1), (document.Id, document.Title, document.Outlet, document.Published, Assert.Single(link.Rows.Documents)));
        Assert.Null(Assert.Single(Extras(link).DocumentColumns));
    }

    [Fact]
    public void With_documents_tsv_a_text_outside_it_and_a_row_without_text_are_reported()
    {
        var link = Catalogs(("annotation.conf", "[entities]\nActor\n"),
            ("documents.tsv", DocumentHeader + "listed\tListed\t\t\nlisted\tAgain\t\t\ngone\tGone\t\t\n"), ("listed.txt", "a"), ("extra.txt", "b"));

        Assert.Equal([
            "DK0008 documents.tsv(3,1): listed | /c/documents.tsv(2,1)",
            "DK0030 extra.txt(1,1): extra",
            "DK0016 documents.tsv(4,1): documents.tsv | document 'gone' has no text file 'gone.txt'",
        ], Shown(link.Diagnostics));
        Assert.Equal([("extra", "extra"), ("listed", "Listed")], link.Documents.Select(d => (d.Id, d.Title)));
        Assert.Equal([-1, 0], link.Rows.Documents);
    }

    [Fact]
    public void A_documents_tsv_without_an_id_column_lists_no_document()
    {
        var link = Catalogs(("annotation.conf", "[entities]\nActor\n"), ("documents.tsv", "title\toutlet\tpublished\nA\t\t\n"), ("a.txt", "a"));

        Assert.Equal(["DK0016 documents.tsv(1,1)", "DK0030 a.txt(1,1)"], Shown(link.Diagnostics).Select(d => d[..d.IndexOf(':')]));
        Assert.Equal(-1, Assert.Single(link.Rows.Documents));
    }

    [Fact]
    public void A_text_files_own_diagnostics_are_kept()
    {
        var link = Catalogs(("annotation.conf", "[entities]\nActor\n"), ("doc.txt", "line\r\nline"));

        Assert.Equal("DK0025", Assert.Single(link.Diagnostics).Id);
    }

    [Fact]
    public void Two_texts_of_one_document_id_are_reported_on_the_later_path()
    {
        var link = Catalogs(("annotation.conf", "[entities]\nActor\n"), ("a.txt", "lower"), ("a.TXT", "upper"));

        Assert.Equal(["DK0008 a.txt(1,1): a | /c/a.TXT"], Shown(link.Diagnostics));
        Assert.Equal(["upper"], link.Documents.Select(d => d.Text));
        Assert.Equal(["/c/a.TXT"], link.DocumentTexts.Select(t => t.Path));
    }

    [Fact]
    public void Catalog_columns_are_found_by_name_wherever_they_are()
    {
        var link = Catalogs(("annotation.conf", "[entities]\nActor\n"),
            ("actors.tsv", "kind\taliases\trole\tmemberOf\tcountry\tname\tid\nPerson\tBee\tchief\tb\tAFG\tA\ta\nCountry\t\t\t\tTJK\tB\tb\n"),
            ("documents.tsv", "title\tpublished\toutlet\tid\nA title\t2021-07-05\tb\ta\n"), ("a.txt", "text"));

        Assert.Empty(link.Diagnostics);
        Assert.Equal([("a", "A", "Person", "AFG", 1, "chief"), ("b", "B", "Country", "TJK", -1, null)],
            link.Actors.Select(a => (a.Id, a.Name, a.Kind, a.Country, a.MemberOf, a.Role)));
        Assert.Equal(["Bee"], link.Actors[0].Aliases);
        var document = Assert.Single(link.Documents);
        Assert.Equal(("A title", 1, "2021-07-05"), (document.Title, document.Outlet, document.Published?.ToIsoString()));
    }
}
