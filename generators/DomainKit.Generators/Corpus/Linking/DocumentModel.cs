using DomainKit.Generators.Common;
using DomainKit.Generators.Corpus.Values;

namespace DomainKit.Generators.Corpus.Linking
{
    /// <summary>
    /// A document; <see cref="Outlet"/> is an actor index or -1. <see cref="InCatalog"/> says whether documents.tsv has a
    /// row for it, whose uninterpreted columns are <see cref="OtherColumns"/>.
    /// </summary>
    internal sealed record DocumentModel
    {
        public required string Id { get; init; }

        public required string Title { get; init; }

        public required int Outlet { get; init; }

        public required DateValue? Published { get; init; }

        public required string Text { get; init; }

        public required bool InCatalog { get; init; }

        public required EquatableArray<CatalogColumn> OtherColumns { get; init; }
    }
}
