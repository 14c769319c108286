using DomainKit.Cli.Data;
using DomainKit.Generators.Common;
using DomainKit.Generators.Corpus.Linking;
using DomainKit.Generators.Generation.Emit.Data;

namespace DomainKit.Generators.Tests;

/// <summary>
/// The table writers' rules, stated as a round trip without Roslyn: a corpus linked in memory, written by
/// <c>CorpusTableWriter</c> and <c>NoteTableWriter</c>, and read back by the runtime's own readers (a
/// <see cref="Dataset"/> over the bytes, as the CLI reads a folder) must give every record, field, string, list,
/// standoff line and note of the linked model, and every index must answer as a scan of the records does.
/// </summary>
public sealed class CorpusTableWriterRuleTests
{
    public static TheoryData<string> Corpora => ["small", "edges", "bundled"];

    [Theory]
    [MemberData(nameof(Corpora))]
    public void Every_record_reads_back_field_by_field_as_it_was_linked(string name)
    {
        var (corpus, dataset) = Written(name);

        Assert.Equal(CompiledRecordLines.Of(corpus), CompiledRecordLines.Of(dataset));
        Assert.Equal(
            (corpus.Documents.Count, corpus.Actors.Count, corpus.Mentions.Count, corpus.Statements.Count, corpus.BorderEvents.Count),
            (dataset.Documents.Count, dataset.Actors.Count, dataset.Mentions.Count, dataset.Statements.Count, dataset.BorderEvents.Count));
    }

    [Theory]
    [MemberData(nameof(Corpora))]
    public void Every_standoff_line_and_note_reads_back_as_it_was_linked(string name)
    {
        var (corpus, dataset) = Written(name);

        foreach (var layer in corpus.Standoff)
        {
            Assert.Equal(StandoffLayerLines.Of(layer), StandoffLayerLines.Of(dataset.Documents[layer.Document].Standoff));
        }

        Assert.Equal(corpus.Standoff.Sum(l => l.Notes.Count), dataset.Standoff.Notes.Count);
        Assert.Equal(
            corpus.Standoff.SelectMany(l => TypesOf(l).Concat(l.Notes.Select(n => n.Type))).Distinct().Order(StringComparer.Ordinal),
            dataset.Standoff.Types);
    }

    [Theory]
    [MemberData(nameof(Corpora))]
    public void Each_annotation_finds_exactly_its_attributes_normalizations_and_notes(string name)
    {
        var (corpus, dataset) = Written(name);

        foreach (var layer in corpus.Standoff)
        {
            var compiled = dataset.Documents[layer.Document].Standoff;
            foreach (var annotation in compiled.TextBounds.Cast<Standoff.Annotation>().Concat(compiled.Events).Concat(compiled.Relations))
            {
                Assert.Equal(
                    layer.Attributes.Where(a => IdOf(layer, a.Target) == annotation.Id).Select(a => a.Id),
                    dataset.Standoff.Attributes.Of(annotation).ToArray().Select(a => a.Id));
                Assert.Equal(
                    layer.Normalizations.Where(n => IdOf(layer, n.Target) == annotation.Id).Select(n => n.Id),
                    dataset.Standoff.Normalizations.Of(annotation).ToArray().Select(n => n.Id));
                Assert.Equal(
                    layer.Notes.Where(n => IdOf(layer, n.Target) == annotation.Id).Select(n => n.Id),
                    dataset.Standoff.Notes.Of(annotation).ToArray().Select(n => n.Id));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Corpora))]
    public void Each_annotation_type_finds_exactly_its_annotations_in_file_order(string name)
    {
        var (corpus, dataset) = Written(name);

        foreach (var layer in corpus.Standoff)
        {
            var compiled = dataset.Documents[layer.Document].Standoff;
            // Type names are compared as written: another casing of a type is no type.
            foreach (var type in TypesOf(layer).SelectMany(t => new[] { t, t.ToUpperInvariant(), t.ToLowerInvariant() }).Append("NoSuchType").Distinct())
            {
                Assert.Equal(layer.TextBounds.Where(t => t.Type == type).Select(t => t.Id), compiled.TextBoundsOfType(type).ToArray().Select(t => t.Id));
                Assert.Equal(layer.Events.Where(e => e.Type == type).Select(e => e.Id), compiled.EventsOfType(type).ToArray().Select(e => e.Id));
                Assert.Equal(layer.Relations.Where(r => r.Type == type).Select(r => r.Id), compiled.RelationsOfType(type).ToArray().Select(r => r.Id));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Corpora))]
    public void Every_offset_of_every_text_finds_exactly_the_text_bounds_covering_it(string name)
    {
        var (corpus, dataset) = Written(name);

        foreach (var layer in corpus.Standoff)
        {
            var compiled = dataset.Documents[layer.Document].Standoff;
            var length = corpus.Documents[layer.Document].Text.EnumerateRunes().Count();
            for (var offset = -1; offset <= length + 1; offset++)
            {
                var expected = layer.TextBounds
                    .Where(t => t.Span.Fragments.Count == 0 ? t.Span.Start <= offset && offset < t.Span.End : t.Span.Fragments.Any(f => f.Start <= offset && offset < f.End))
                    .Select(t => t.Id)
                    .Order(StringComparer.Ordinal);
                Assert.Equal(expected, compiled.Covering(offset).Select(t => t.Id).Order(StringComparer.Ordinal));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Corpora))]
    public void Every_grouping_answers_as_a_scan_of_the_records(string name)
    {
        var (_, dataset) = Written(name);

        foreach (var actor in dataset.Actors.All)
        {
            Assert.Equal(dataset.Statements.All.Where(s => s.Speaker == actor), dataset.Statements.BySpeaker(actor).ToArray());
            Assert.Equal(dataset.Mentions.All.Where(m => m.Actor == actor), dataset.Mentions.Of(actor).ToArray());
        }

        foreach (var document in dataset.Documents.All)
        {
            Assert.Equal(dataset.Statements.All.Where(s => s.Attestations.Any(a => a.Document == document)), dataset.Statements.In(document).ToArray());
            Assert.Equal(dataset.BorderEvents.All.Where(e => e.Attestations.Any(a => a.Document == document)), dataset.BorderEvents.In(document).ToArray());
            Assert.Equal(dataset.Mentions.All.Where(m => m.Document == document), dataset.Mentions.In(document).ToArray());
        }

        foreach (var kind in Enum.GetValues<StatementKind>())
        {
            Assert.Equal(dataset.Statements.All.Where(s => s.Kind == kind), dataset.Statements.OfKind(kind).ToArray());
        }

        foreach (var kind in Enum.GetValues<BorderEventKind>())
        {
            Assert.Equal(dataset.BorderEvents.All.Where(e => e.Kind == kind), dataset.BorderEvents.OfKind(kind).ToArray());
        }

        var borders = dataset.BorderEvents.All.Where(e => e.Border is not null).Select(e => e.Border!.Value).Append(Border.Between("AFG", "PAK")).Distinct();
        foreach (var border in borders)
        {
            Assert.Equal(dataset.BorderEvents.All.Where(e => e.Border == border), dataset.BorderEvents.On(border).ToArray());
        }
    }

    [Theory]
    [MemberData(nameof(Corpora))]
    public void Every_period_finds_exactly_the_records_whose_date_overlaps_it_in_date_order(string name)
    {
        var (_, dataset) = Written(name);
        var dates = dataset.Statements.All.Select(s => s.Date).Concat(dataset.BorderEvents.All.Select(e => e.Date)).OfType<PartialDate>().ToList();
        var days = dates.SelectMany(d => new[] { d.Start, d.End }).SelectMany(d => new[] { d.AddDays(-1), d, d.AddDays(1) }).Distinct().Order().ToList();

        foreach (var from in days)
        {
            foreach (var to in days.Where(to => to >= from.AddDays(-1)))
            {
                Assert.Equal(Overlapping(dataset.Statements.All, s => s.Date, from, to), dataset.Statements.Between(from, to).ToArray());
                Assert.Equal(Overlapping(dataset.BorderEvents.All, e => e.Date, from, to), dataset.BorderEvents.Between(from, to).ToArray());
            }
        }
    }

    [Theory]
    [MemberData(nameof(Corpora))]
    public void Every_key_is_found_through_the_hash_indexes_and_every_near_miss_is_not(string name)
    {
        var (corpus, dataset) = Written(name);

        KeyIndexAgreement.AssertAgreesWithDictionaries(dataset);
        foreach (var key in corpus.NameKeys)
        {
            Assert.True(dataset.Actors.TryFind(key.Key, out var actor), key.Key);
            Assert.Equal(corpus.Actors[key.Actor].Id, actor.Id);
        }
    }

    [Fact]
    public void A_contiguous_span_text_is_a_slice_of_its_document_and_only_joined_fragments_are_strings_of_their_own()
    {
        var tables = CorpusTableWriter.Write(WriterRuleCorpora.Linked("edges"), CorpusPipeline.Vocabulary);
        var strings = string.Concat(tables.Utf8SegmentTexts());

        // Each once, in its document's text: a quote, a trigger after an astral character; the discontinuous mention's text is its own.
        Assert.Equal([1, 1, 1], new[] { "We will not attack the border.", "repeated", "Taliban TASS" }.Select(text => Occurrences(strings, text)));
    }

    private const string Pledge = TestCorpus.PledgeText;

    public static TheoryData<int, int, string, int[]?, int> Spans => new()
    {
        // Start, end (code points), text, fragments, where the text starts in the document (UTF-16; -1: not a slice).
        { 0, 3, "The", null, 0 },
        { Pledge.Length - 6, Pledge.Length, Pledge[^6..], null, Pledge.Length - 6 },
        { 7, 7, "", null, 7 },
        { 2, 5, "ali", null, 3 },
        { 4, 16, "Taliban told", [4, 11, 12, 16], Compiled.Refs.None },
        { 4, 11, "Taliban", null, Compiled.Refs.None },
    };

    [Theory]
    [MemberData(nameof(Spans))]
    public void A_span_is_stored_as_a_slice_where_it_says_its_text_lies_and_else_as_a_string_of_its_own(int start, int end, string text, int[]? fragments, int textStart)
    {
        var corpus = WriterRuleCorpora.Linked("small");
        var pledge = corpus.Documents.Select(d => d.Id).ToList().IndexOf("pledge");
        var span = new SpanModel(
            start,
            end,
            text,
            (fragments ?? []).Chunk(2).Select(f => new Corpus.Standoff.Fragment(f[0], f[1])).ToEquatableArray(),
            textStart);
        var at = corpus.Mentions.Select(m => m.Document).ToList().IndexOf(pledge);
        var mentions = corpus.Mentions.ToArray();
        mentions[at] = mentions[at] with { Span = span };

        var tables = CorpusTableWriter.Write(corpus with { Mentions = mentions.ToEquatableArray() }, CorpusPipeline.Vocabulary);

        var row = tables.Sections[(int)Compiled.Section.Mentions].Skip(at * Compiled.MentionRow.Width).Take(Compiled.MentionRow.Width).ToArray();
        var fields = row.Skip(Compiled.MentionRow.Span).ToArray();
        Assert.Equal((span.Start, span.End), (fields[Compiled.SpanFields.Start], fields[Compiled.SpanFields.End]));
        if (textStart >= 0)
        {
            Assert.Equal((Compiled.Refs.None, textStart, text.Length), (fields[Compiled.SpanFields.Text], fields[Compiled.SpanFields.TextStart], fields[Compiled.SpanFields.TextLength]));
        }
        else
        {
            Assert.Equal((0, 0), (fields[Compiled.SpanFields.TextStart], fields[Compiled.SpanFields.TextLength]));
            Assert.Equal(text, CompiledStrings.Of(tables, fields[Compiled.SpanFields.Text]));
        }
    }

    [Theory]
    [MemberData(nameof(Corpora))]
    public void A_date_index_holds_its_entries_count_and_their_longest_span_in_days(string name)
    {
        var tables = CorpusTableWriter.Write(WriterRuleCorpora.Linked(name), CorpusPipeline.Vocabulary);

        foreach (var section in new[] { Compiled.Section.StatementsByDate, Compiled.Section.BorderEventsByDate })
        {
            var ints = tables.Sections[(int)section];
            var entries = ints.Skip(2).Chunk(3).ToList();
            Assert.Equal(entries.Count, ints[0]);
            Assert.Equal(entries.Select(e => e[1] - e[0]).DefaultIfEmpty(0).Max(), ints[1]);
        }
    }

    [Fact]
    public void A_corpus_without_records_has_empty_date_indexes()
    {
        var (corpus, _) = CorpusPipeline.LinkDocument("Nothing annotated.", "");
        Assert.Equal((1, 0, 0), (corpus!.Documents.Count, corpus.Statements.Count, corpus.BorderEvents.Count));

        var tables = CorpusTableWriter.Write(corpus, CorpusPipeline.Vocabulary);

        Assert.Equal([0, 0], tables.Sections[(int)Compiled.Section.StatementsByDate]);
        Assert.Equal([0, 0], tables.Sections[(int)Compiled.Section.BorderEventsByDate]);
    }

    [Fact]
    public void A_kind_the_runtime_does_not_know_is_written_as_none()
    {
        var corpus = WriterRuleCorpora.Linked("small");
        var statements = corpus.Statements.Select(s => s with { Kind = "NoSuchKind" }).ToEquatableArray();

        var tables = CorpusTableWriter.Write(corpus with { Statements = statements }, CorpusPipeline.Vocabulary);

        Assert.All(tables.Sections[(int)Compiled.Section.Statements].Chunk(Compiled.StatementRow.Width), row => Assert.Equal(Compiled.Refs.None, row[Compiled.StatementRow.Kind]));
    }

    private static int Occurrences(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    /// <summary>The records whose date overlaps the period, in date order (then record order), by a scan; none for a period that ends before it starts.</summary>
    private static T[] Overlapping<T>(IEnumerable<T> records, Func<T, PartialDate?> date, DateOnly from, DateOnly to)
        => records.Where(r => to >= from && date(r) is { } d && d.Overlaps(from, to)).OrderBy(r => date(r)!.Value.Start).ToArray();

    private static string IdOf(StandoffLayerModel layer, AnnotationRef target) => target.Kind switch
    {
        AnnotationKind.TextBound => layer.TextBounds[target.Index].Id,
        AnnotationKind.Event => layer.Events[target.Index].Id,
        _ => layer.Relations[target.Index].Id,
    };

    private static IEnumerable<string> TypesOf(StandoffLayerModel layer)
        => layer.TextBounds.Select(t => t.Type).Concat(layer.Events.Select(e => e.Type)).Concat(layer.Relations.Select(r => r.Type))
            .Concat(layer.Attributes.Select(a => a.Name)).Concat(layer.Normalizations.Select(n => n.Type)).Concat(layer.Equivalences.Select(q => q.Type));

    private static (LinkedCorpus Corpus, Dataset Dataset) Written(string name)
    {
        var corpus = WriterRuleCorpora.Linked(name);
        return (corpus, CorpusDataset.From(corpus));
    }
}
