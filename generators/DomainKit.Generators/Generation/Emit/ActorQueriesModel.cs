using System.Linq;
using DomainKit.Generators.Common;
using DomainKit.Generators.Corpus;
using DomainKit.Generators.Corpus.Linking;

namespace DomainKit.Generators.Generation.Emit
{
    /// <summary>
    /// What <c>{Class}.Actors.g.cs</c> is written from: the id lookup, the number of names, the names and each one's
    /// actor when they are few enough for generated dispatch (<see cref="LookupDispatch.Names"/>; otherwise their lookup
    /// is the key index alone), and one property per actor (none beyond <see cref="CorpusLimits.MaxActorProperties"/>).
    /// </summary>
    internal sealed record ActorQueriesModel(
        RecordQueriesModel Ids, int NameKeyCount, EquatableArray<string> DispatchedNames, EquatableArray<int> NameActors, EquatableArray<ActorProperty> Properties)
    {
        public static ActorQueriesModel From(CorpusDeclaration declaration, LinkedCorpus corpus)
        {
            var dispatch = LookupDispatch.Names(corpus);
            return new ActorQueriesModel(
                RecordQueriesModel.From(declaration, corpus, RecordKind.Actor),
                corpus.NameKeys.Count,
                dispatch ? corpus.NameKeys.Select(k => k.Key).ToEquatableArray() : EquatableArray<string>.Empty,
                dispatch ? corpus.NameKeys.Select(k => k.Actor).ToEquatableArray() : EquatableArray<int>.Empty,
                corpus.Actors.Count <= CorpusLimits.MaxActorProperties
                    ? corpus.Actors.Select(a => new ActorProperty(a.MemberName, a.Id, a.Name)).ToEquatableArray()
                    : EquatableArray<ActorProperty>.Empty);
        }
    }
}
