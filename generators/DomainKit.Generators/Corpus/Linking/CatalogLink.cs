using DomainKit.Generators.Common;
using DomainKit.Generators.Corpus.Catalogs;
using DomainKit.Generators.Diagnostics;

namespace DomainKit.Generators.Corpus.Linking
{
    /// <summary>
    /// A corpus linked up to its documents' annotations: the actor and document catalogs (documents in id order, each
    /// with its text file at the same index), the name keys, relations.tsv as read (its rows need the merged records),
    /// what every document is linked against, and the diagnostics so far. It does not depend on any <c>.ann</c> file,
    /// so an edit to one leaves it equal.
    /// </summary>
    internal sealed record CatalogLink(
        string Folder,
        EquatableArray<ActorModel> Actors,
        EquatableArray<NameKey> NameKeys,
        EquatableArray<DocumentModel> Documents,
        EquatableArray<TextFile> DocumentTexts,
        TsvTable? Relations,
        DocumentContext Context,
        EquatableArray<CorpusDiagnostic> Diagnostics);
}
