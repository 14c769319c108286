using System.Linq;
using DomainKit.Compiled;
using DomainKit.Generators.Common;
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
        private static readonly RecordKind[] Kinds = [RecordKind.Actor, RecordKind.Document, RecordKind.Statement, RecordKind.BorderEvent];

        /// <summary>
        /// Whether the id lookup of <paramref name="kind"/> is generated dispatch: when that kind has at most
        /// <see cref="Refs.MaxDispatchKeys"/> ids, whatever the other kinds have (a corpus with many statements still gets
        /// its few actors' ids as generated code). The method is a perfect hash (<see cref="PerfectHashPlan"/>), or a switch
        /// where no plan is found.
        /// </summary>
        public static bool Ids(LinkedCorpus corpus, RecordKind kind) => IdCount(corpus, kind) <= Refs.MaxDispatchKeys;

        /// <summary>The kinds whose ids get generated dispatch (<see cref="Ids"/>), by name, in <see cref="RecordKind"/> order.</summary>
        public static EquatableArray<string> IdKinds(LinkedCorpus corpus)
            => Kinds.Where(kind => Ids(corpus, kind)).Select(kind => kind.ToString()).ToEquatableArray();

        /// <summary>
        /// Whether the names and aliases are few enough for a perfect hash (<see cref="PerfectHashPlan.MaxKeys"/>; the plan,
        /// found from the names alone, may still fail, and then the index alone answers). Each name's actor fits a byte too:
        /// every actor has a name.
        /// </summary>
        public static bool Names(LinkedCorpus corpus) => corpus.NameKeys.Count is > 0 and <= PerfectHashPlan.MaxKeys;

        private static int IdCount(LinkedCorpus corpus, RecordKind kind) => kind switch
        {
            RecordKind.Actor => corpus.Actors.Count,
            RecordKind.Document => corpus.Documents.Count,
            RecordKind.Statement => corpus.Statements.Count,
            _ => corpus.BorderEvents.Count,
        };
    }
}
