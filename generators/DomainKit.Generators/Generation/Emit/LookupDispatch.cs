using System.Linq;
using DomainKit.Compiled;
using DomainKit.Generators.Corpus.Linking;

namespace DomainKit.Generators.Generation.Emit
{
    /// <summary>
    /// Which key sets get generated dispatch code beside their key index: small ones only. The data writer and the
    /// query files decide by this one rule.
    /// </summary>
    internal static class LookupDispatch
    {
        /// <summary>Whether the name lookup is a generated switch.</summary>
        public static bool Names(int keys) => keys <= Refs.MaxDispatchKeys;

        /// <summary>Whether every id lookup is a generated switch: only when every kind's ids are few (one switch per kind, or none).</summary>
        public static bool Ids(LinkedCorpus corpus)
            => new[] { corpus.Actors.Count, corpus.Documents.Count, corpus.Statements.Count, corpus.BorderEvents.Count }.All(count => count <= Refs.MaxDispatchKeys);
    }
}
