using System.Linq;
using DomainKit.Generators.Common;
using DomainKit.Generators.Corpus;
using DomainKit.Generators.Corpus.Linking;

namespace DomainKit.Generators.Generation.Emit
{
    /// <summary>
    /// What <c>{Class}.Actors.g.cs</c> is written from: the id lookup, the number of names (their lookup is the key
    /// index) and one property per actor (none beyond <see cref="CorpusLimits.MaxActorProperties"/>).
    /// </summary>
    internal sealed record ActorQueriesModel(RecordQueriesModel Ids, int NameKeyCount, EquatableArray<ActorProperty> Properties)
    {
        public static ActorQueriesModel From(CorpusDeclaration declaration, LinkedCorpus corpus)
        {
            return new ActorQueriesModel(
                RecordQueriesModel.From(declaration, corpus, RecordKind.Actor),
                corpus.NameKeys.Count,
                corpus.Actors.Count <= CorpusLimits.MaxActorProperties
                    ? corpus.Actors.Select(a => new ActorProperty(a.MemberName, a.Id, a.Name)).ToEquatableArray()
                    : EquatableArray<ActorProperty>.Empty);
        }
    }
}
