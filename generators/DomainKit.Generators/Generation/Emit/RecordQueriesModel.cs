using System.Linq;
using DomainKit.Generators.Common;
using DomainKit.Generators.Corpus;
using DomainKit.Generators.Corpus.Linking;

namespace DomainKit.Generators.Generation.Emit
{
    /// <summary>
    /// What one query file of a record kind (<c>{Class}.Statements.g.cs</c>...) is written from: its names, how many
    /// ids there are, and the ids themselves only when they get generated dispatch. Equal when the file would be, so a
    /// data edit that keeps the ids leaves the file cached.
    /// </summary>
    internal sealed record RecordQueriesModel(CorpusDeclaration Declaration, RecordKind Kind, int IdCount, bool DispatchIds, EquatableArray<string> DispatchedIds)
    {
        public static RecordQueriesModel From(CorpusDeclaration declaration, LinkedCorpus corpus, RecordKind kind)
        {
            var ids = kind switch
            {
                RecordKind.Actor => corpus.Actors.Select(a => a.Id),
                RecordKind.Document => corpus.Documents.Select(d => d.Id),
                RecordKind.Statement => corpus.Statements.Select(s => s.Id),
                _ => corpus.BorderEvents.Select(e => e.Id),
            };
            var dispatch = LookupDispatch.Ids(corpus, kind);
            var all = ids.ToEquatableArray();
            return new RecordQueriesModel(declaration, kind, all.Count, dispatch, dispatch ? all : EquatableArray<string>.Empty);
        }
    }
}
