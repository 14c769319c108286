using System.Linq;
using DomainKit.Compiled;
using DomainKit.Generators.Corpus.Linking;

namespace DomainKit.Generators.Generation.Emit
{
    /// <summary>
    /// Which key sets get generated dispatch code beside their key index: small sets of ids, and small sets of names and
    /// aliases. The data writer and the query files decide by these rules. Names get a perfect hash or nothing: a switch
    /// has to upper-case each character it branches on, and measured slower than the index at every size.
    /// </summary>
    internal static class LookupDispatch
    {
        /// <summary>
        /// Whether every id lookup is generated dispatch: only when every kind's ids are few (one method per kind, or
        /// none). Each kind's method is a perfect hash (<see cref="PerfectHashPlan"/>), or a switch where no plan is found.
        /// </summary>
        public static bool Ids(LinkedCorpus corpus)
            => new[] { corpus.Actors.Count, corpus.Documents.Count, corpus.Statements.Count, corpus.BorderEvents.Count }.All(count => count <= Refs.MaxDispatchKeys);

        /// <summary>
        /// Whether the names and aliases are few enough for a perfect hash (<see cref="PerfectHashPlan.MaxKeys"/>; the plan,
        /// found from the names alone, may still fail, and then the index alone answers). Each name's actor fits a byte too:
        /// every actor has a name.
        /// </summary>
        public static bool Names(LinkedCorpus corpus) => corpus.NameKeys.Count is > 0 and <= PerfectHashPlan.MaxKeys;
    }
}
