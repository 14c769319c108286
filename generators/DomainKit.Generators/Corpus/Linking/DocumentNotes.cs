using DomainKit.Generators.Common;
using DomainKit.Generators.Diagnostics;

namespace DomainKit.Generators.Corpus.Linking
{
    /// <summary>
    /// The notes of one linked document and the diagnostics on their lines: what the generator compiles into the notes'
    /// own table, apart from the rest of the document's link (<see cref="DocumentLinkResult.WithoutNotes"/>).
    /// </summary>
    internal sealed record DocumentNotes(int Document, EquatableArray<NoteModel> Notes, EquatableArray<CorpusDiagnostic> Diagnostics)
    {
        public static DocumentNotes Of(int document, DocumentLinkResult result)
            => new(document, result.Layer?.Notes ?? EquatableArray<NoteModel>.Empty, result.NoteDiagnostics);
    }
}
