using DomainKit.Generators.Common;
using DomainKit.Generators.Corpus.Catalogs;
using DomainKit.Generators.Diagnostics;

namespace DomainKit.Generators.Corpus.Linking
{
    /// <summary>
    /// A corpus linked up to its documents' annotations: the actor and document catalogs (documents in id order, each
    /// with its text file at the same index), the name keys, relations.tsv as read (its rows need the merged records), the
    /// catalog rows they were read from,
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
        CatalogRows Rows,
        DocumentContext Context,
        EquatableArray<CorpusDiagnostic> Diagnostics)
    {
        /// <summary>The index of the document with this id, or -1: a binary search, as the documents are in id order.</summary>
        public int DocumentIndex(string id)
        {
            int low = 0, high = Documents.Count - 1;
            while (low <= high)
            {
                var middle = low + ((high - low) / 2);
                var order = string.CompareOrdinal(Documents[middle].Id, id);
                if (order == 0)
                {
                    return middle;
                }

                if (order < 0)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle - 1;
                }
            }

            return -1;
        }
    }
}
