namespace DomainKit.Generators.Corpus
{
    /// <summary>What a corpus file is, by its name.</summary>
    internal enum CorpusFileKind
    {
        Text,
        Annotations,
        Schema,
        Actors,
        Documents,
        Relations,
    }
}
