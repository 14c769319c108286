namespace DomainKit.Generators.Corpus.Linking
{
    /// <summary>An <c>R</c> line between two events, waiting for their canonical ids.</summary>
    internal readonly record struct RelationOccurrence(string FromId, string Kind, string ToId);
}
