namespace DomainKit.Benchmarks.Lookups;

/// <summary>The corpora the lookup benchmarks run over.</summary>
public enum CorpusSize
{
    /// <summary>The bundled five-article corpus.</summary>
    Bundled,
}

/// <summary>Maps a <see cref="CorpusSize"/> to its compiled dataset.</summary>
internal static class Corpora
{
    public static Dataset Get(CorpusSize size) => size switch
    {
        CorpusSize.Bundled => Afghanistan2021.Dataset,
        _ => throw new ArgumentOutOfRangeException(nameof(size), size, "No such corpus."),
    };
}
