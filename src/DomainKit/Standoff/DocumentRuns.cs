using DomainKit.Compiled;

namespace DomainKit.Standoff;

/// <summary>
/// A section with a row per document and one more, each row where the document's run of each kind starts: the standoff
/// layer's (<see cref="StandoffDocumentRow"/>) in the corpus's table, the notes' (<see cref="NoteDocumentRow"/>) in theirs.
/// </summary>
internal readonly record struct DocumentRuns(Section Section, int Width)
{
    public static DocumentRuns Standoff => new(Section.StandoffDocuments, StandoffDocumentRow.Width);

    public static DocumentRuns Notes => new(Section.NoteDocuments, NoteDocumentRow.Width);
}
