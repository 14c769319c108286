using System.Linq;
using DomainKit.Generators.Common;
using DomainKit.Generators.Corpus;
using DomainKit.Generators.Corpus.Linking;

namespace DomainKit.Generators.Generation.Emit
{
    /// <summary>
    /// What <c>{Class}.Actors.g.cs</c> is written from: the id lookup, the name lookup (the keys only when they get a
    /// generated switch) and one property per actor (none beyond <see cref="CorpusLimits.MaxActorProperties"/>).
    /// </summary>
    internal sealed record ActorQueriesModel(RecordQueriesModel Ids, int NameKeyCount, bool DispatchNames, EquatableArray<NameKey> DispatchedNames, EquatableArray<ActorProperty> Properties)
    {
        public static ActorQueriesModel From(CorpusDeclaration declaration, LinkedCorpus corpus)
        {
            var dispatch = LookupDispatch.Names(corpus.NameKeys.Count);
            return new ActorQueriesModel(
                RecordQueriesModel.From(declaration, corpus, RecordKind.Actor),
                corpus.NameKeys.Count,
                dispatch,
                dispatch ? corpus.NameKeys : EquatableArray<NameKey>.Empty,
                corpus.Actors.Count <= CorpusLimits.MaxActorProperties
                    ? corpus.Actors.Select(a => new ActorProperty(a.MemberName, a.Id, a.Name)).ToEquatableArray()
                    : EquatableArray<ActorProperty>.Empty);
        }
    }
}
