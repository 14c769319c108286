using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using DomainKit.Generators.Common;
using DomainKit.Generators.Corpus.Linking;
using DomainKit.Generators.Generation.Emit;
using DomainKit.Generators.Generation.Emit.Data;

namespace DomainKit.Generators.Generation
{
    /// <summary>
    /// The generated files of one corpus (hint name and source) from its linked model and its declaration. The
    /// <see cref="CorpusGenerator"/>'s output nodes build their models with these methods, one node each, so that a file
    /// whose model did not change is not written again; <see cref="Of"/> builds them all at once, without Roslyn, for a
    /// corpus linked as the CLI links it (its notes read from its layers, not from each document's own link).
    /// </summary>
    internal static class CorpusSources
    {
        /// <summary>The record kinds with a query file of their own, in the order they are added (the actors' is apart).</summary>
        public static readonly ImmutableArray<RecordKind> QueryKinds = ImmutableArray.Create(RecordKind.Document, RecordKind.Statement, RecordKind.BorderEvent);

        /// <summary>
        /// The compiled data of a corpus, its key indexes already laid out (<see cref="KeyIndex.Build"/>), its documents'
        /// standoff rows too where <paramref name="standoffRows"/> has them (<see cref="DocumentStandoffWriter.Write"/>),
        /// and its catalogs' part where <paramref name="catalog"/> is given (<see cref="CatalogTables.Of"/>).
        /// </summary>
        public static CompiledDataModel Data(CorpusDeclaration declaration, LinkedCorpus corpus, EquatableArray<KeyIndex> keyIndexes, IReadOnlyDictionary<int, DocumentStandoffRows>? standoffRows, CatalogTables? catalog)
            => CompiledDataModel.From(declaration, CorpusTableWriter.Write(corpus, declaration.Vocabulary, keyIndexes, standoffRows, catalog));

        /// <summary>The notes' own data: each document's notes, their targets numbered by <paramref name="rows"/>.</summary>
        public static NoteDataModel Notes(CorpusDeclaration declaration, StandoffRowNumbering rows, IEnumerable<(int Document, EquatableArray<NoteModel> Notes)> documents)
            => NoteDataModel.From(declaration, NoteTableWriter.Write(rows, documents));

        /// <summary>The model of each query file of <see cref="QueryKinds"/>.</summary>
        public static IEnumerable<RecordQueriesModel> Queries(CorpusDeclaration declaration, LinkedCorpus corpus)
            => QueryKinds.Select(kind => RecordQueriesModel.From(declaration, corpus, kind));

        /// <summary>Every file of one corpus, from the models the generator's output nodes hold, in the order they are built.</summary>
        public static IEnumerable<(string HintName, string Source)> Of(CorpusDeclaration declaration, LinkedCorpus corpus)
        {
            var data = Data(declaration, corpus, KeyIndex.Build(KeyIndexKeys.Of(corpus)), standoffRows: null, catalog: null);
            yield return CorpusEmitter.EmitData(data.Directory);
            foreach (var segment in data.Segments)
            {
                yield return CorpusEmitter.EmitSegment(segment);
            }

            yield return CorpusEmitter.EmitNotes(Notes(declaration, StandoffRowNumbering.Of(corpus.Documents.Count, corpus.Standoff), corpus.Standoff.Select(l => (l.Document, l.Notes))));
            yield return CorpusEmitter.EmitActors(ActorQueriesModel.From(declaration, corpus));
            foreach (var model in Queries(declaration, corpus))
            {
                yield return CorpusEmitter.EmitQueries(model);
            }

            yield return CorpusEmitter.EmitMentions(declaration);
            yield return CorpusEmitter.EmitTypes(declaration, corpus.StandoffTypes);
        }
    }
}
