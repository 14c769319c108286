using DomainKit.Generators.Common;
using DomainKit.Generators.Corpus.Values;

namespace DomainKit.Generators.Corpus.Linking
{
    /// <summary>
    /// A document; <see cref="Outlet"/> is an actor index or -1. Title, outlet and date come from its row in documents.tsv,
    /// if it has one (<see cref="CatalogRows"/>); else its title is its id.
    /// </summary>
    internal sealed record DocumentModel
    {
        public required string Id { get; init; }

        public required string Title { get; init; }

        public required int Outlet { get; init; }

        public required DateValue? Published { get; init; }

        public required string Text { get; init; }
    }
}
