using DomainKit.Compiled;

namespace DomainKit.Standoff;

/// <summary>
/// Every <c>#</c> line of a corpus, with lookups by the annotation they are on and by document. The notes are compiled
/// as a table of their own (<see cref="CorpusData.Notes"/>): their rows, strings and indexes, pointing at documents
/// and annotations of the corpus's tables.
/// </summary>
public sealed class NoteTable : TargetedStandoffTable<NoteAnnotation>
{
    internal NoteTable(StandoffTables tables)
        : base(tables, tables.NoteReader, DocumentRuns.Notes, Section.Notes, NoteRow.Width, NoteDocumentRow.Notes, Section.NotesByTarget)
    {
    }

    /// <summary>The notes' by-target index holds the keys that have notes only (<see cref="Section.NotesByTarget"/>): two binary searches.</summary>
    private protected override RecordRange<NoteAnnotation> OnKey(int key) => StandoffIndexes.Keyed(this, Section.NotesByTarget, key);

    private protected override NoteAnnotation Create(int index) => new()
    {
        Document = DocumentOf(index),
        Id = Reader.StringAt(Field(index, NoteRow.Id)),
        Type = Tables.NoteTypeName(Reader.Int(Field(index, NoteRow.Type))),
        Target = TargetOf(index, NoteRow.TargetKind),
        Text = Reader.StringAt(Field(index, NoteRow.Text)),
        Row = index,
    };
}
