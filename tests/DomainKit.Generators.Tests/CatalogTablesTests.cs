using DomainKit.Compiled;
using DomainKit.Generators.Corpus.Linking;
using DomainKit.Generators.Generation.Emit.Data;

namespace DomainKit.Generators.Tests;

/// <summary>The catalogs' part of the table, which the generator keeps between edits: a table written on from a copy of it is the table written from scratch.</summary>
public sealed class CatalogTablesTests
{
    [Fact]
    public void Tables_written_on_from_copies_of_one_catalog_part_are_the_table_written_whole()
    {
        var corpus = CorpusPipeline.Link(new TestCorpus().Files).Corpus!;
        var keys = KeyIndex.Build(KeyIndexKeys.Of(corpus));
        var catalog = CatalogTables.Of(corpus.Documents, corpus.Actors, CorpusPipeline.Vocabulary);

        var whole = CorpusTableWriter.Write(corpus, CorpusPipeline.Vocabulary);
        var first = CorpusTableWriter.Write(corpus, CorpusPipeline.Vocabulary, keys, standoffRows: null, catalog);
        var second = CorpusTableWriter.Write(corpus, CorpusPipeline.Vocabulary, keys, standoffRows: null, catalog);

        Assert.NotEmpty(whole.Sections[(int)Section.Statements]);
        foreach (var written in new[] { first, second })
        {
            Assert.Equal(whole.Sections, written.Sections);
            Assert.Equal(whole.Utf8Segments, written.Utf8Segments);
            Assert.Equal(whole.FallbackStrings, written.FallbackStrings);
        }
    }

    [Fact]
    public void Documents_rows_kept_between_tables_find_their_catalog_strings_there_and_write_the_table_written_whole()
    {
        var corpus = CorpusPipeline.Link(new TestCorpus().Files).Corpus!;
        var keys = KeyIndex.Build(KeyIndexKeys.Of(corpus));
        var catalog = CatalogTables.Of(corpus.Documents, corpus.Actors, CorpusPipeline.Vocabulary);
        var rows = corpus.Standoff.ToDictionary(layer => layer.Document, layer => DocumentStandoffWriter.Write(layer));
        var whole = CorpusTableWriter.Write(corpus, CorpusPipeline.Vocabulary);

        // The first table finds each document's references, the second finds them remembered: both are the whole table.
        foreach (var written in new[] { 0, 1 }.Select(_ => CorpusTableWriter.Write(corpus, CorpusPipeline.Vocabulary, keys, rows, catalog)))
        {
            Assert.Equal(whole.Sections, written.Sections);
            Assert.Equal(whole.Utf8Segments, written.Utf8Segments);
            Assert.Equal(whole.FallbackStrings, written.FallbackStrings);
        }

        // The bundled annotations repeat the catalogs' actor ids and names, and have strings of their own.
        var references = rows.Values.Select(catalog.StringReferences).ToList();
        Assert.Contains(references, document => document.Any(reference => reference != CatalogTables.NotInCatalog));
        Assert.Contains(references, document => document.Any(reference => reference == CatalogTables.NotInCatalog));
        Assert.All(rows.Values, document => Assert.Same(catalog.StringReferences(document), catalog.StringReferences(document)));
    }

    [Fact]
    public void Documents_placed_as_before_are_copied_from_the_last_table_and_every_table_is_the_table_written_whole()
    {
        // Each document has a list of its own: an equivalence's members.
        static TestCorpus Base()
        {
            var corpus = new TestCorpus();
            corpus["annotation.conf"] = corpus["annotation.conf"].Replace("[relations]\n", "[relations]\nEquiv\tArg1:Actor, Arg2:Actor, <REL-TYPE>:symmetric-transitive\n", StringComparison.Ordinal);
            return corpus.AppendLine("echo.ann", "*\tEquiv T1 T4").AppendLine("pledge.ann", "*\tEquiv T1 T3");
        }

        var edits = new[]
        {
            Base(),
            Base().ReplaceLine("pledge.ann", "A5\t", "A5\tBound T6 Exact"),
            Base().AppendLine("echo.ann", $"T5\tLocation {TestCorpus.Span(TestCorpus.EchoText, "Moscow")}\tMoscow"),
            Base(),
        };
        var first = CorpusPipeline.Link(edits[0].Files).Corpus!;
        var catalog = CatalogTables.Of(first.Documents, first.Actors, CorpusPipeline.Vocabulary);

        // As the generator keeps them: a document's rows are made again only when its layer changes.
        var kept = new Dictionary<StandoffLayerModel, DocumentStandoffRows>();
        var placements = new List<Dictionary<string, PlacedStandoffRows>>();
        foreach (var edit in edits)
        {
            var corpus = CorpusPipeline.Link(edit.Files).Corpus!;
            Assert.Equal(first.Documents, corpus.Documents);
            Assert.All(corpus.Standoff, layer => Assert.Single(layer.Equivalences));
            var rows = corpus.Standoff.ToDictionary(layer => layer.Document, layer => kept.TryGetValue(layer, out var made) ? made : kept[layer] = DocumentStandoffWriter.Write(layer));
            var written = CorpusTableWriter.Write(corpus, CorpusPipeline.Vocabulary, KeyIndex.Build(KeyIndexKeys.Of(corpus)), rows, catalog);

            var whole = CorpusTableWriter.Write(corpus, CorpusPipeline.Vocabulary);
            Assert.Equal(whole.Sections, written.Sections);
            Assert.Equal(whole.Utf8Segments, written.Utf8Segments);
            placements.Add(rows.ToDictionary(r => corpus.Documents[r.Key].Id, r => catalog.Written.Last!.Placed(r.Value)!));
            Assert.Same(written.Sections, catalog.Written.Last!.Table.Sections);
        }

        // The documents are appended in id order. The pledge's count made exact leaves the echo placed as before:
        // copied. A new annotation of the echo moves the pledge's rows, and its new type name every type index; undone,
        // both are placed as at first.
        Assert.Equal(placements[0]["echo"].Placement, placements[1]["echo"].Placement);
        Assert.NotEqual(placements[1]["pledge"].Placement, placements[2]["pledge"].Placement);
        Assert.NotEqual(placements[1]["echo"].Placement, placements[2]["echo"].Placement);
        Assert.Equal(placements[0]["pledge"].Placement, placements[3]["pledge"].Placement);
        Assert.Equal(placements[0]["echo"].Placement, placements[3]["echo"].Placement);
    }

    [Fact]
    public void A_copy_goes_on_from_the_builder_and_leaves_it_as_it_was()
    {
        var builder = new TableBuilder();
        var kabul = builder.Strings.Add("Kabul");
        builder.Row(Section.Documents, DocumentRow.Width);
        Assert.Throws<InvalidOperationException>(() => builder.Copy());
        builder = new TableBuilder();
        builder.Strings.Add("Kabul");
        builder.Lists.Add([kabul]);
        builder.Sections[(int)Section.Actors].Add(7);

        var copy = builder.Copy();
        Assert.Equal(kabul, copy.Strings.Add("Kabul"));
        var moscow = copy.Strings.Add("Moscow");
        copy.Lists.Add([moscow]);
        copy.Sections[(int)Section.Actors].Add(8);

        // The builder is frozen: it finds its strings and adds none.
        Assert.Equal(kabul, builder.Strings.Add("Kabul"));
        Assert.Throws<InvalidOperationException>(() => builder.Strings.Add("Herat"));
        Assert.Equal([0, 1, 0], builder.Lists.Items);
        Assert.Equal([7], builder.Sections[(int)Section.Actors]);
        Assert.Equal([0, 1, 0, 1, 1], copy.Lists.Items);
        Assert.Equal("KabulMoscow"u8.ToArray(), copy.Strings.Segments.Single());
        Assert.Equal("Kabul"u8.ToArray(), builder.Strings.Segments.Single());
    }

    [Fact]
    public void A_copied_pool_adds_to_its_own_last_segment_only()
    {
        var builder = new TableBuilder();
        var full = new string('a', Refs.MaxSegmentLength - 2);
        builder.Strings.Add(full);
        builder.Strings.Add("Kabul");
        var before = builder.Strings.Segments.Select(segment => segment.ToArray()).ToList();

        var copy = builder.Copy();
        copy.Strings.Add("Moscow");
        copy.Strings.Add(new string('b', Refs.MaxSegmentLength - 3));

        Assert.Equal(before, builder.Strings.Segments.Select(segment => segment.ToArray()));
        Assert.Equal([full.Length, "KabulMoscow".Length, Refs.MaxSegmentLength - 3], copy.Strings.Segments.Select(segment => segment.Count));
    }
}
