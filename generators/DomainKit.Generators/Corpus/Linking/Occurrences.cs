using DomainKit.Generators.Common;
using DomainKit.Generators.Corpus.Values;
using DomainKit.Generators.Diagnostics;

namespace DomainKit.Generators.Corpus.Linking
{
    /// <summary>One document's annotation of a statement, before attestations of the same id are merged.</summary>
    internal sealed record StatementOccurrence
    {
        public required string Id { get; init; }
        public required int Speaker { get; init; }
        public required EquatableArray<int> Addressees { get; init; }
        public required string? Kind { get; init; }
        public required DateValue? Date { get; init; }
        public required string? Plover { get; init; }
        public required string? Cameo { get; init; }
        public required AttestationModel Attestation { get; init; }
        public required SourceSpan Span { get; init; }
    }

    /// <summary>One document's annotation of a border event, before attestations of the same id are merged.</summary>
    internal sealed record BorderEventOccurrence
    {
        public required string Id { get; init; }
        public required string? Kind { get; init; }
        public required BorderValue? Border { get; init; }
        public required EquatableArray<int> Agents { get; init; }
        public required DateValue? Date { get; init; }
        public required QuantityValue? Quantity { get; init; }
        public required EquatableArray<string> Locations { get; init; }
        public required string? Destination { get; init; }
        public required string? Source { get; init; }
        public required string? Plover { get; init; }
        public required string? Cameo { get; init; }
        public required AttestationModel Attestation { get; init; }
        public required SourceSpan Span { get; init; }
    }

    /// <summary>An <c>R</c> line between two events, waiting for their canonical ids.</summary>
    internal readonly record struct RelationOccurrence(string FromId, string Kind, string ToId);
}
