namespace DomainKit.Generators.Corpus.Export
{
    /// <summary>A column of a catalog row that DomainKit does not interpret (a curator's own, such as documents.tsv's note).</summary>
    internal sealed record CatalogColumn(string Name, string Value);
}
