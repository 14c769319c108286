using DomainKit.Generators.Common;
using DomainKit.Generators.Corpus.Linking;

namespace DomainKit.Generators.Corpus.Export
{
    /// <summary>A row of relations.tsv as given, with the columns DomainKit does not read.</summary>
    internal sealed record CatalogRelationModel(RelationModel Relation, EquatableArray<CatalogColumn> OtherColumns);
}
