using DomainKit.Generators.Common;
using DomainKit.Generators.Diagnostics;

namespace DomainKit.Generators.Corpus.Linking
{
    /// <summary>
    /// What linking one <c>.ann</c> file produced, equatable so that the generator caches it per document: its mentions,
    /// its occurrences of records (merged across documents later), its checked standoff layer (null when the document
    /// has no text) and its diagnostics, the parser's included.
    /// </summary>
    internal sealed record DocumentLinkResult
    {
        public required EquatableArray<MentionModel> Mentions { get; init; }
        public required EquatableArray<RecordOccurrence<StatementModel>> Statements { get; init; }
        public required EquatableArray<RecordOccurrence<BorderEventModel>> BorderEvents { get; init; }
        public required EquatableArray<RelationOccurrence> Relations { get; init; }
        public required StandoffLayerModel? Layer { get; init; }
        public required EquatableArray<CorpusDiagnostic> Diagnostics { get; init; }
    }
}
