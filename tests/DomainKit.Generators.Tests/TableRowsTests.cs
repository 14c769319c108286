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
        Assert.Contains($"field(s) {RelationRow.Kind}", error.Message, StringComparison.Ordinal);
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

        Assert.Throws<InvalidOperationException>(row.End);
        Assert.Throws<InvalidOperationException>(() => row.Set(AnnotationTypeRow.Name, 2));
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

    private static (TableRows Rows, List<int>[] Sections) NewTable()
    {
        var sections = Enumerable.Range(0, (int)Section.Count).Select(_ => new List<int>()).ToArray();
        return (new TableRows(sections), sections);
    }
}
