using DomainKit.Cli.Data;
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
            foreach (var type in TypesOf(layer).Append("NoSuchType").Distinct())
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
