namespace DomainKit.Benchmarks.Lookups;

/// <summary>
/// Deterministic probe keys: keys of the corpus in several casings, plus misses of realistic shape, so neither
/// side of a comparison is measured on one lucky key. Key lookups make <see cref="LookupsPerCall"/> lookups a
/// call over either probe set (<see cref="ProbeSet"/>).
/// </summary>
internal static class Probes
{
    /// <summary>Probes of the small, cache-warm set (and of the one-to-many and date benchmarks).</summary>
    public const int Count = 64;

    /// <summary>Lookups per benchmark call in the key lookups, whichever the probe set.</summary>
    public const int LookupsPerCall = 4096;

    private const int Seed = 20211;

    /// <summary>Names and aliases in three casings, a quarter of them misses.</summary>
    public static string[] Names(Dataset dataset, ProbeSet set)
    {
        var keys = dataset.Actors.All.SelectMany(a => a.Aliases.Prepend(a.Name)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (set == ProbeSet.Spread64)
        {
            return Cycle(Fresh(Spread(keys, Count * 3 / 4)
                .Select((key, i) => Casing(key, i))
                .Concat(Spread(keys, Count / 4).Select(key => key[..^1] + "#"))));
        }

        var random = new Random(Seed);
        return Fresh(Enumerable.Range(0, LookupsPerCall)
            .Select(i => Casing(i % 4 == 3 ? Miss(keys[random.Next(keys.Count)], random) : keys[random.Next(keys.Count)], random.Next(3))));
    }

    /// <summary>Ids as they are (ids are ordinal), a quarter of them misses.</summary>
    public static string[] Ids(IEnumerable<string> ids, ProbeSet set)
    {
        var keys = ids.ToList();
        if (set == ProbeSet.Spread64)
        {
            return Cycle(Fresh(Spread(keys, Count * 3 / 4).Concat(Spread(keys, Count / 4).Select(key => key + "-x"))));
        }

        var random = new Random(Seed);
        return Fresh(Enumerable.Range(0, LookupsPerCall)
            .Select(i => i % 4 == 3 ? Miss(keys[random.Next(keys.Count)], random) : keys[random.Next(keys.Count)]));
    }

    /// <summary>
    /// Each probe as a string of its own, allocated here in probe order, as a user's keys are (read from a request, a
    /// file, a prompt). A probe that is the dictionary's own key instance lets <see cref="string.Equals(string, string)"/>
    /// answer by reference without reading the stored key, and a probe that is a decoded record's string lies
    /// scattered among the records: neither is a lookup a user makes (docs/benchmarks-log.md measures both).
    /// </summary>
    private static string[] Fresh(IEnumerable<string> probes) => probes.Select(probe => new string(probe.AsSpan())).ToArray();

    public static List<T> Spread<T>(IReadOnlyList<T> items, int count)
        => Enumerable.Range(0, count).Select(i => items[(int)((long)i * items.Count / count)]).ToList();

    /// <summary>The small set repeated to <see cref="LookupsPerCall"/> lookups: the same few keys, warm in the cache.</summary>
    private static string[] Cycle(string[] probes) => Enumerable.Range(0, LookupsPerCall).Select(i => probes[i % probes.Length]).ToArray();

    private static string Casing(string key, int casing) => casing switch
    {
        0 => key,
        1 => key.ToUpperInvariant(),
        _ => key.ToLowerInvariant(),
    };

    /// <summary>A miss as users make them: a real key with a suffix, or with one character changed.</summary>
    private static string Miss(string key, Random random)
    {
        if (random.Next(2) == 0)
        {
            return key + (random.Next(2) == 0 ? "s" : " 2");
        }

        var position = random.Next(key.Length);
        var replacement = key[position] == 'x' ? 'q' : 'x';
        return string.Concat(key.AsSpan(0, position), [replacement], key.AsSpan(position + 1));
    }
}
