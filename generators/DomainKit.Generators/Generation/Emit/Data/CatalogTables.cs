using System.Runtime.CompilerServices;
using DomainKit.Generators.Common;
using DomainKit.Generators.Corpus;
using DomainKit.Generators.Corpus.Linking;

namespace DomainKit.Generators.Generation.Emit.Data
{
    /// <summary>
    /// The catalogs' part of a corpus's table (<see cref="CatalogTableWriter"/>), kept by the generator while the
    /// documents and actors compare equal: a data edit then goes on from a copy of it (which shares its sections' whole
    /// chunks and its pool's references) instead of looking up every actor's names and hashing every document's text
    /// again. Its tables are frozen before it is handed out, so runs copying it at the same time only read them:
    /// <see cref="Copy"/> is what a writer gets. It also keeps, for the tables written on
    /// from it, what the last one leaves for the next to copy (<see cref="Written"/>, replaced whole by each finished
    /// table, so runs writing at the same time each read one) and each document's strings' references here
    /// (<see cref="StringReferences"/>, a thread-safe cache). Equal only to itself, as it is made again only when the
    /// catalogs change, and then the data after it changes too.
    /// </summary>
    internal sealed class CatalogTables
    {
        /// <summary>A <see cref="StringReferences"/> entry of a string the catalogs' part does not have.</summary>
        public const int NotInCatalog = int.MinValue;

        private readonly TableBuilder _tables;

        /// <summary>
        /// Each document's strings' references here, by the rows they came with. Kept as long as both live: a data edit
        /// makes one document's rows again and keeps the others' (and this part) as they were, so the next table finds
        /// the actor ids and names the other documents repeat without hashing them again. Weak keys, so rows no step
        /// holds any more are not kept here.
        /// </summary>
        private readonly ConditionalWeakTable<DocumentStandoffRows, int[]> _stringReferences = new();

        private CatalogTables(TableBuilder tables)
        {
            tables.Freeze();
            _tables = tables;
        }

        /// <summary>What the last table written on from this part leaves for the next to copy from.</summary>
        public WrittenTables Written { get; } = new();

        public static CatalogTables Of(EquatableArray<DocumentModel> documents, EquatableArray<ActorModel> actors, RuntimeVocabulary vocabulary)
            => new(CatalogTableWriter.Write(documents, actors, vocabulary));

        /// <summary>
        /// The reference here of each of <paramref name="rows"/>' longer strings, which every table written on from a
        /// <see cref="Copy"/> keeps; <see cref="NotInCatalog"/> where this part has not got it, and for a short string
        /// (one with a <see cref="ShortStringKey"/>: the table writer finds those by their key, at no cost to remember).
        /// </summary>
        public int[] StringReferences(DocumentStandoffRows rows)
            => _stringReferences.GetValue(rows, document =>
            {
                var references = new int[document.Strings.Count];
                for (var i = 0; i < references.Length; i++)
                {
                    references[i] = document.StringKeys[i] == ShortStringKey.None && _tables.Strings.TryFind(document.Strings[i], out var reference) ? reference : NotInCatalog;
                }

                return references;
            });

        /// <summary>A table builder holding the catalogs' part, for one corpus table to be written on.</summary>
        public TableBuilder Copy() => _tables.Copy();
    }
}
