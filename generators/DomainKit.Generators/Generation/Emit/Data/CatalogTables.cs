using DomainKit.Generators.Common;
using DomainKit.Generators.Corpus;
using DomainKit.Generators.Corpus.Linking;

namespace DomainKit.Generators.Generation.Emit.Data
{
    /// <summary>
    /// The catalogs' part of a corpus's table (<see cref="CatalogTableWriter"/>), kept by the generator while the
    /// documents and actors compare equal: a data edit then copies it (the rows, the pool's strings with their
    /// dictionary, the lists) instead of looking up every actor's names and hashing every document's text again.
    /// Never written to: <see cref="Copy"/> is what a writer gets. Equal only to itself, as it is made again only when
    /// the catalogs change, and then the data after it changes too.
    /// </summary>
    internal sealed class CatalogTables
    {
        private readonly TableBuilder _tables;

        private CatalogTables(TableBuilder tables) => _tables = tables;

        public static CatalogTables Of(EquatableArray<DocumentModel> documents, EquatableArray<ActorModel> actors, RuntimeVocabulary vocabulary)
            => new(CatalogTableWriter.Write(documents, actors, vocabulary));

        /// <summary>A table builder holding the catalogs' part, for one corpus table to be written on.</summary>
        public TableBuilder Copy() => _tables.Copy();
    }
}
