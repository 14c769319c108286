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
        /// <summary>Whether every id lookup is a generated switch: only when every kind's ids are few (one switch per kind, or none).</summary>
        public static bool Ids(LinkedCorpus corpus)
            => new[] { corpus.Actors.Count, corpus.Documents.Count, corpus.Statements.Count, corpus.BorderEvents.Count }.All(count => count <= Refs.MaxDispatchKeys);
    }
}
