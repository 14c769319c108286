using System;
using System.Collections.Generic;
using System.Linq;
using DomainKit.Generators.Common;
using DomainKit.Generators.Corpus.Catalogs;
using DomainKit.Generators.Corpus.Linking;

namespace DomainKit.Generators.Corpus.Export
{
    /// <summary>
    /// What the catalogs hold that only an export writes back (<see cref="CorpusWriter"/>): each actor's and each
    /// document's columns DomainKit does not read, and the rows of relations.tsv as given. Its own product, built from
    /// the catalog rows the linker kept (<see cref="CatalogRows"/>) for a caller that exports (the CLI, the tests) and
    /// never by the generator, whose models carry none of it.
    /// </summary>
    internal sealed class CatalogExtras
    {
        public CatalogExtras(IReadOnlyList<EquatableArray<CatalogColumn>> actorColumns, IReadOnlyList<EquatableArray<CatalogColumn>?> documentColumns,
            IReadOnlyList<CatalogRelationModel> relations)
        {
            ActorColumns = actorColumns;
            DocumentColumns = documentColumns;
            Relations = relations;
        }

        /// <summary>Each actor's columns of actors.tsv that DomainKit does not read, in the corpus's actor order.</summary>
        public IReadOnlyList<EquatableArray<CatalogColumn>> ActorColumns { get; }

        /// <summary>
        /// Each document's columns of documents.tsv that DomainKit does not read, in the corpus's document order; null for
        /// a document without a row there (a text file alone).
        /// </summary>
        public IReadOnlyList<EquatableArray<CatalogColumn>?> DocumentColumns { get; }

        /// <summary>The rows of relations.tsv the merge accepted, in file order, with their other columns.</summary>
        public IReadOnlyList<CatalogRelationModel> Relations { get; }

        /// <summary>The extras of <paramref name="corpus"/>, linked from <paramref name="catalogs"/>.</summary>
        public static CatalogExtras Of(CatalogLink catalogs, LinkedCorpus corpus)
        {
            var rows = catalogs.Rows;
            var relations = new List<CatalogRelationModel>();
            if (catalogs.Relations is { } table)
            {
                var known = new RecordIds(corpus.Statements.Select(s => s.Id).ToList(), corpus.BorderEvents.Select(e => e.Id).ToList());
                foreach (var (row, relation) in CorpusLinker.CatalogRelationRows(table, known, catalogs.Context.Schema, static (_, _, _) => { }))
                {
                    relations.Add(new CatalogRelationModel(relation, OtherColumns(table, row, CorpusFileParser.RelationColumns)));
                }
            }

            return new CatalogExtras(
                rows.Actors.Select(row => OtherColumns(rows.ActorsTable!, rows.ActorsTable!.Rows[row], CorpusFileParser.ActorColumns)).ToList(),
                rows.Documents.Select(row => row < 0 ? (EquatableArray<CatalogColumn>?)null : OtherColumns(rows.DocumentsTable!, rows.DocumentsTable!.Rows[row], CorpusFileParser.DocumentColumns)).ToList(),
                relations);
        }

        /// <summary>The columns of a row that DomainKit does not read, kept so that an export loses nothing.</summary>
        private static EquatableArray<CatalogColumn> OtherColumns(TsvTable table, TsvRow row, string[] known)
        {
            var columns = new List<CatalogColumn>();
            for (var i = 0; i < table.Header.Count; i++)
            {
                if (Array.IndexOf(known, table.Header[i]) < 0)
                {
                    columns.Add(new CatalogColumn(table.Header[i], row[i]));
                }
            }

            return columns.ToEquatableArray();
        }
    }
}
