using System.Linq;
using DomainKit.Compiled;
using DomainKit.Generators.Common;
using DomainKit.Generators.Corpus.Linking;

namespace DomainKit.Generators.Generation.Emit.Data
{
    /// <summary>
    /// The keys of one of a corpus's key indexes (actor names, or one kind's ids) and the record each key finds. An edit
    /// that keeps every id and name leaves them equal, so the hash chosen for them (<see cref="KeyIndex"/>) is not
    /// chosen again.
    /// </summary>
    internal sealed record KeyIndexKeys(Section Section, bool IgnoreCase, EquatableArray<string> Keys, EquatableArray<int> Records)
    {
        /// <summary>Every key index of <paramref name="corpus"/>: names in any case, ids as written.</summary>
        public static EquatableArray<KeyIndexKeys> Of(LinkedCorpus corpus) => new[]
        {
            new KeyIndexKeys(Section.ActorNames, true, corpus.NameKeys.Select(k => k.Key).ToEquatableArray(), corpus.NameKeys.Select(k => k.Actor).ToEquatableArray()),
            Ids(Section.ActorIds, corpus.Actors.Select(a => a.Id)),
            Ids(Section.DocumentIds, corpus.Documents.Select(d => d.Id)),
            Ids(Section.StatementIds, corpus.Statements.Select(s => s.Id)),
            Ids(Section.BorderEventIds, corpus.BorderEvents.Select(e => e.Id)),
        }.ToEquatableArray();

        private static KeyIndexKeys Ids(Section section, System.Collections.Generic.IEnumerable<string> ids)
        {
            var keys = ids.ToEquatableArray();
            return new KeyIndexKeys(section, false, keys, Enumerable.Range(0, keys.Count).ToEquatableArray());
        }
    }
}
