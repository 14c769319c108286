using DomainKit.Compiled;
using DomainKit.Generators.Generation.Emit.Data;

namespace DomainKit.Generators.Tests;

/// <summary>The row writer's checks: a writer bug (a field missed or written twice) fails here, not in the data.</summary>
public sealed class TableRowsTests
{
    [Fact]
    public void A_row_is_written_by_its_named_offsets()
    {
        var (rows, sections) = NewTable();
        rows.Begin(Section.Relations, RelationRow.Width).Set(RelationRow.To, 30).Set(RelationRow.From, 10).Set(RelationRow.Kind, 20).End();
        var second = rows.Begin(Section.Relations, RelationRow.Width);
        second.Set(RelationRow.Kind, 5).Set(RelationRow.From, 4).Set(RelationRow.To, 6).End();
        rows.EnsureAllEnded();

        Assert.Equal([10, 20, 30, 4, 5, 6], sections[(int)Section.Relations]);
        Assert.Equal(1, second.Index);
    }

    [Fact]
    public void Rows_of_other_sections_may_be_written_while_one_is_open()
    {
        var (rows, sections) = NewTable();
        var outer = rows.Begin(Section.Borders, BorderRow.Width).Set(BorderRow.First, 1);
        rows.Begin(Section.AnnotationTypes, AnnotationTypeRow.Width).Set(AnnotationTypeRow.Name, 7).End();
        outer.Set(BorderRow.Second, 2).End();
        rows.EnsureAllEnded();

        Assert.Equal([1, 2], sections[(int)Section.Borders]);
        Assert.Equal([7], sections[(int)Section.AnnotationTypes]);
    }

    [Fact]
    public void A_field_left_unwritten_fails_when_the_row_ends()
    {
        var (rows, _) = NewTable();
        var row = rows.Begin(Section.Relations, RelationRow.Width).Set(RelationRow.From, 1).Set(RelationRow.To, 3);

        var error = Assert.Throws<InvalidOperationException>(row.End);
        Assert.EndsWith($"ended without field(s) {RelationRow.Kind}.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_field_written_twice_fails()
    {
        var (rows, _) = NewTable();
        var row = rows.Begin(Section.Relations, RelationRow.Width).Set(RelationRow.From, 1);

        var error = Assert.Throws<InvalidOperationException>(() => row.Set(RelationRow.From, 2));
        Assert.Contains("written twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_field_outside_the_row_fails()
    {
        var (rows, _) = NewTable();
        var row = rows.Begin(Section.Relations, RelationRow.Width);

        Assert.Throws<ArgumentOutOfRangeException>(() => row.Set(RelationRow.Width, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => row.Set(-1, 1));
    }

    [Fact]
    public void A_field_one_past_the_row_fails_as_a_field_even_with_a_row_after_it()
    {
        var (rows, sections) = NewTable();
        var row = rows.Begin(Section.Relations, RelationRow.Width);
        var next = rows.Begin(Section.Relations, RelationRow.Width);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => row.Set(RelationRow.Width, 1));
        Assert.Equal("field", error.ParamName);
        Assert.Equal(new int[2 * RelationRow.Width], sections[(int)Section.Relations]);
        next.Set(RelationRow.From, 1).Set(RelationRow.Kind, 2).Set(RelationRow.To, 3).End();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(65)]
    public void A_row_of_no_field_or_of_more_than_64_fields_fails(int width)
    {
        var (rows, sections) = NewTable();

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => rows.Begin(Section.Relations, width));
        Assert.Equal("width", error.ParamName);
        Assert.Empty(sections[(int)Section.Relations]);
    }

    [Fact]
    public void A_row_of_64_fields_is_checked_field_by_field_and_ends_when_all_are_written()
    {
        var (rows, sections) = NewTable();
        var row = rows.Begin(Section.Relations, 64);
        for (var field = 0; field < 63; field++)
        {
            row.Set(field, field);
        }

        Assert.EndsWith("ended without field(s) 63.", Assert.Throws<InvalidOperationException>(row.End).Message, StringComparison.Ordinal);
        row.Set(63, 63).End();
        rows.EnsureAllEnded();
        Assert.Equal(Enumerable.Range(0, 64), sections[(int)Section.Relations]);
    }

    [Fact]
    public void Many_rows_may_be_open_at_once_and_each_keeps_its_own_fields()
    {
        var (rows, sections) = NewTable();
        var open = Enumerable.Range(0, 9).Select(i => rows.Begin((Section)i, 2).Set(0, i)).ToList();
        Assert.Throws<InvalidOperationException>(rows.EnsureAllEnded);

        for (var i = open.Count - 1; i >= 0; i--)
        {
            Assert.Throws<InvalidOperationException>(open[i].End);
            open[i].Set(1, 10 * i).End();
        }

        rows.EnsureAllEnded();
        Assert.All(Enumerable.Range(0, 9), i => Assert.Equal([i, 10 * i], sections[i]));
        Assert.Throws<InvalidOperationException>(() => open[0].Set(1, 0));
    }

    [Fact]
    public void A_row_never_ended_fails_when_the_table_is_finished()
    {
        var (rows, _) = NewTable();
        rows.Begin(Section.Borders, BorderRow.Width).Set(BorderRow.First, 1).Set(BorderRow.Second, 2);

        Assert.Throws<InvalidOperationException>(rows.EnsureAllEnded);
    }

    [Fact]
    public void A_row_ended_twice_or_written_after_it_ended_fails()
    {
        var (rows, _) = NewTable();
        var row = rows.Begin(Section.AnnotationTypes, AnnotationTypeRow.Width).Set(AnnotationTypeRow.Name, 1);
        row.End();

        Assert.EndsWith("was ended twice.", Assert.Throws<InvalidOperationException>(row.End).Message, StringComparison.Ordinal);
        Assert.EndsWith("was written after it ended.", Assert.Throws<InvalidOperationException>(() => row.Set(AnnotationTypeRow.Name, 2)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rows_of_another_width_in_the_same_section_fail()
    {
        var (rows, _) = NewTable();
        rows.Begin(Section.Relations, RelationRow.Width).Set(RelationRow.From, 1).Set(RelationRow.Kind, 2).Set(RelationRow.To, 3).End();

        Assert.Throws<InvalidOperationException>(() => rows.Begin(Section.Relations, BorderRow.Width));
    }

    [Fact]
    public void The_widest_row_of_the_layout_is_checked_field_by_field()
    {
        var (rows, sections) = NewTable();
        var row = rows.Begin(Section.BorderEvents, BorderEventRow.Width);
        for (var field = 0; field < BorderEventRow.Width - 1; field++)
        {
            row.Set(field, field);
        }

        Assert.Throws<InvalidOperationException>(row.End);
        row.Set(BorderEventRow.Width - 1, BorderEventRow.Width - 1).End();
        Assert.Equal(Enumerable.Range(0, BorderEventRow.Width), sections[(int)Section.BorderEvents]);
    }

    [Fact]
    public void A_document_table_keeps_what_each_value_points_at_and_the_corpus_table_keeps_values_only()
    {
        var sections = Enumerable.Range(0, (int)Section.Count).Select(_ => new IntSection()).ToArray();
        var relocations = Enumerable.Range(0, (int)Section.Count).Select(_ => new List<byte>()).ToArray();
        var document = new TableRows(sections, relocations);
        document.Begin(Section.EventArguments, EventArgumentRow.Width)
            .Set(EventArgumentRow.Role, 3, Relocation.String)
            .Set(EventArgumentRow.TargetKind, AnnotationKinds.Event)
            .Set(EventArgumentRow.Target, 1, Relocation.EventRow)
            .End();

        Assert.Equal([3, AnnotationKinds.Event, 1], sections[(int)Section.EventArguments]);
        Assert.Equal([(byte)Relocation.String, (byte)Relocation.None, (byte)Relocation.EventRow], relocations[(int)Section.EventArguments]);

        var (corpus, corpusSections) = NewTable();
        corpus.Begin(Section.Borders, BorderRow.Width).Set(BorderRow.First, 4, Relocation.String).Set(BorderRow.Second, 5).End();
        Assert.Equal([4, 5], corpusSections[(int)Section.Borders]);
    }

    private static (TableRows Rows, IntSection[] Sections) NewTable()
    {
        var sections = Enumerable.Range(0, (int)Section.Count).Select(_ => new IntSection()).ToArray();
        return (new TableRows(sections), sections);
    }
}
