using System.Linq;
using DomainKit.Compiled;
using DomainKit.Generators.Corpus.Linking;

namespace DomainKit.Generators.Generation.Emit
{
    /// <summary>
    /// Which key sets get generated dispatch code beside their key index: small sets of ids only. The data writer and
    /// the query files decide by this one rule. Names and aliases (ignoring case) always use the key index: a switch
    /// has to upper-case each character it branches on, and measured slower than the index at every size.
    /// </summary>
    internal static class LookupDispatch
    {
        /// <summary>
        /// Whether every id lookup is generated dispatch: only when every kind's ids are few (one method per kind, or
        /// none). Each kind's method is a perfect hash (<see cref="IdHashPlan"/>), or a switch where no plan is found.
        /// </summary>
        public static bool Ids(LinkedCorpus corpus)
            => new[] { corpus.Actors.Count, corpus.Documents.Count, corpus.Statements.Count, corpus.BorderEvents.Count }.All(count => count <= Refs.MaxDispatchKeys);
    }
}
