using DomainKit.Generators.Common;
using DomainKit.Generators.Corpus.Catalogs;

namespace DomainKit.Generators.Corpus.Linking
{
    /// <summary>
    /// The catalog rows the actors and documents were read from, at the same indexes as <see cref="CatalogLink.Actors"/>
    /// and <see cref="CatalogLink.Documents"/> (a document's by its index in <see cref="DocumentsTable"/>'s rows, -1 for
    /// one without a row in documents.tsv). Only an export reads
    /// more of them (the columns DomainKit does not interpret: <see cref="Export.CatalogExtras"/>); the generator keeps
    /// these references to its parsed input and builds nothing from them.
    /// </summary>
    internal sealed record CatalogRows(TsvTable? ActorsTable, EquatableArray<TsvRow> Actors, TsvTable? DocumentsTable, EquatableArray<int> Documents);
}
