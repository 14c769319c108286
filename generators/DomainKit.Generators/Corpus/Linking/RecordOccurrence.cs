using DomainKit.Generators.Diagnostics;

namespace DomainKit.Generators.Corpus.Linking
{
    /// <summary>
    /// One document's annotation of a statement or border event: the record as that document alone gives it (its one
    /// attestation; fields it does not give are null or empty) and the event line it was read from. Records of the same
    /// canonical id are merged field by field into one record of the same type (<c>CorpusLinker</c>), so a new field
    /// is declared once, on the record.
    /// </summary>
    internal sealed record RecordOccurrence<TRecord>(TRecord Record, SourceSpan Span)
        where TRecord : class;
}
