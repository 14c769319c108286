namespace DomainKit.Benchmarks.Lookups;

/// <summary>The corpora the lookup benchmarks run over.</summary>
public enum CorpusSize
{
    /// <summary>The bundled five-article corpus.</summary>
    Bundled,

    /// <summary>The 100× synthetic corpus (built with SyntheticScales including 100).</summary>
    Synthetic100,

    /// <summary>The 1000× synthetic corpus (built with SyntheticScales including 1000).</summary>
    Synthetic1000,

    /// <summary>The bundled corpus laid out at run time: its key indexes only, where <see cref="Bundled"/> uses generated dispatch.</summary>
    BundledIndex,

    /// <summary>A catalog of 100,000 actors (about 155,000 names) laid out at run time (<see cref="Lookups.Catalog"/>).</summary>
    Catalog100k,
}

/// <summary>Maps a <see cref="CorpusSize"/> to its compiled dataset.</summary>
internal static class Corpora
{
    /// <summary>
    /// The corpora this build has: the bundled one, and the synthetic ones SyntheticScales compiled in, and the two
    /// laid out at run time; <c>DOMAINKIT_CORPORA</c> (names, comma-separated) keeps only those named.
    /// </summary>
    public static IEnumerable<CorpusSize> Available()
    {
        var only = Environment.GetEnvironmentVariable("DOMAINKIT_CORPORA")?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return Built().Where(size => only is null || only.Contains(size.ToString(), StringComparer.OrdinalIgnoreCase));
    }

    private static IEnumerable<CorpusSize> Built()
    {
        yield return CorpusSize.Bundled;
#if SYNTHETIC_100
        yield return CorpusSize.Synthetic100;
#endif
#if SYNTHETIC_1000
        yield return CorpusSize.Synthetic1000;
#endif
        yield return CorpusSize.BundledIndex;
        yield return CorpusSize.Catalog100k;
    }

    public static Dataset Get(CorpusSize size) => size switch
    {
        CorpusSize.Bundled => Afghanistan2021.Dataset,
#if SYNTHETIC_100
        CorpusSize.Synthetic100 => Synthetic100.Dataset,
#endif
#if SYNTHETIC_1000
        CorpusSize.Synthetic1000 => Synthetic1000.Dataset,
#endif
        CorpusSize.BundledIndex => Catalog.BundledIndex,
        CorpusSize.Catalog100k => Catalog.Dataset,
        _ => throw new ArgumentOutOfRangeException(nameof(size), size, "No such corpus."),
    };
}
