using DomainKit.Generators.Common;
using DomainKit.Generators.Corpus.Catalogs;

namespace DomainKit.Generators.Corpus.Linking
{
    /// <summary>
    /// The catalog rows the actors and documents were read from, by their indexes in their tables' rows, at the same
    /// indexes as <see cref="CatalogLink.Actors"/> and <see cref="CatalogLink.Documents"/> (-1 for a document without a
    /// row in documents.tsv). Only an export reads
    /// more of them (the columns DomainKit does not interpret: <see cref="Export.CatalogExtras"/>); the generator keeps
    /// these references to its parsed input and builds nothing from them.
    /// </summary>
    internal sealed record CatalogRows(TsvTable? ActorsTable, EquatableArray<int> Actors, TsvTable? DocumentsTable, EquatableArray<int> Documents);
}
