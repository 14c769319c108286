using DomainKit.Standoff;

namespace DomainKit.Tests;

/// <summary>
/// The tables' edges over the bundled dataset: a group index past the last group, a range index past its end, tables
/// without ids asked for one, empty enumerables, the shared type names, and a copy of an annotation whose row is out of range.
/// </summary>
public class TableEdgeTests
{
    private static readonly Dataset Data = Afghanistan2021.Dataset;

    [Fact]
    public void A_dataset_needs_data()
        => Assert.Throws<ArgumentNullException>(() => new Dataset(null!));

    [Fact]
    public void A_kind_past_the_last_one_has_no_records()
    {
        Assert.Empty(Data.Statements.OfKind((StatementKind)Enum.GetValues<StatementKind>().Length));
        Assert.Empty(Data.BorderEvents.OfKind((BorderEventKind)Enum.GetValues<BorderEventKind>().Length));
        Assert.Empty(Data.Statements.OfKind((StatementKind)(-1)));
    }

    [Fact]
    public void A_range_holds_its_records_only_and_copies_them_in_order()
    {
        foreach (var speaker in Data.Actors)
        {
            var range = Data.Statements.BySpeaker(speaker);
            Assert.Equal(range.ToList(), range.ToArray());
            Assert.Throws<ArgumentOutOfRangeException>(() => range[range.Count]);
            Assert.Throws<ArgumentOutOfRangeException>(() => range[-1]);
        }
    }

    [Fact]
    public void A_copy_of_a_record_with_an_ordinal_past_its_table_finds_the_original_groups()
    {
        foreach (var speaker in Data.Actors)
        {
            var copy = speaker with { Ordinal = Data.Actors.Count };
            Assert.Equal(Data.Statements.BySpeaker(speaker).Select(s => s.Id), Data.Statements.BySpeaker(copy).Select(s => s.Id));
        }
    }

    [Fact]
    public void Tables_whose_records_have_no_dataset_wide_id_find_none()
    {
        var textBound = Data.Standoff.TextBounds[0];
        Assert.False(Data.Mentions.TryGet(string.Empty, out _));
        Assert.False(Data.Mentions.TryGet("T1", out _));
        Assert.False(Data.Standoff.TextBounds.TryGet(textBound.Id, out _));
        Assert.False(Data.Standoff.Events.TryGet("E1", out _));
    }

    [Fact]
    public void An_unknown_type_has_no_annotations_in_the_corpus_or_a_document()
    {
        Assert.Empty(Data.Standoff.TextBounds.OfType("NoSuchType"));
        Assert.Empty(Data.Standoff.Events.OfType(string.Empty));
        Assert.Empty(Data.Documents[0].Standoff.TextBoundsOfType("NoSuchType"));
    }

    [Fact]
    public void Annotations_of_one_type_share_its_name()
    {
        foreach (var type in Data.Standoff.Types)
        {
            var annotations = Data.Standoff.TextBounds.OfType(type).Cast<Annotation>().Concat(Data.Standoff.Events.OfType(type)).ToList();
            Assert.All(annotations, a => Assert.Same(annotations[0].Type, a.Type));
        }
    }

    [Fact]
    public void A_contiguous_span_covers_its_start_up_to_but_not_including_its_end()
    {
        foreach (var span in Data.Standoff.TextBounds.Where(t => t.Fragments.IsEmpty && t.End > t.Start))
        {
            Assert.True(span.Covers(span.Start));
            Assert.True(span.Covers(span.End - 1));
            Assert.False(span.Covers(span.End));
            Assert.False(span.Covers(span.Start - 1));
        }
    }

    [Fact]
    public void A_copy_with_a_row_past_its_table_is_found_again_by_document_and_id()
    {
        var tables = Data.Standoff;
        var annotated = tables.Attributes.Select(a => a.Target).OfType<TextBoundAnnotation>().First();
        var copy = annotated with { Row = tables.TextBounds.Count };

        Assert.Equal(tables.Attributes.Of(annotated).Select(a => a.Id), tables.Attributes.Of(copy).Select(a => a.Id));
        Assert.NotEmpty(tables.Attributes.Of(copy));
    }

    [Fact]
    public void Default_enumerables_are_empty()
    {
        Assert.Empty(default(DatedRecords<Statement>));
        Assert.Empty(default(CoveringTextBounds));
        Assert.Empty(default(RecordRange<Actor>));
    }
}
