using DomainKit.Generators.Common;

namespace DomainKit.Generators.Corpus.Linking
{
    /// <summary>One document's evidence for a statement or border event.</summary>
    internal sealed record AttestationModel
    {
        public required int Document { get; init; }

        public required SpanModel Passage { get; init; }

        public required bool Direct { get; init; }

        public required EquatableArray<QuoteModel> Quotes { get; init; }

        public required int Via { get; init; }

        /// <summary>Its <c>E</c> line's index among the events of its document's standoff layer.</summary>
        public required int Event { get; init; }
    }
}
