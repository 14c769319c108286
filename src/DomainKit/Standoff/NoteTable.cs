using DomainKit.Compiled;

namespace DomainKit.Standoff;

/// <summary>Every <c>#</c> line of a corpus, with lookups by the annotation they are on and by document.</summary>
public sealed class NoteTable : TargetedStandoffTable<NoteAnnotation>
{
    internal NoteTable(StandoffTables tables)
        : base(tables, Section.Notes, NoteRow.Width, StandoffDocumentRow.Notes, Section.NotesByTarget)
    {
    }

    private protected override NoteAnnotation Create(int index) => new()
    {
        Document = DocumentOf(index),
        Id = Reader.StringAt(Field(index, NoteRow.Id)),
        Type = Tables.TypeName(Reader.Int(Field(index, NoteRow.Type))),
        Target = TargetOf(index, NoteRow.TargetKind),
        Text = Reader.StringAt(Field(index, NoteRow.Text)),
        Row = index,
    };
}
