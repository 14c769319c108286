namespace DomainKit.Benchmarks.Lookups;

/// <summary>
/// Deterministic probe keys: every n-th key of the corpus in several casings, plus misses that share a length
/// or a prefix with real keys, so neither side of a comparison is measured on one lucky key.
/// </summary>
internal static class Probes
{
    public const int Count = 64;

    public static string[] Names(Dataset dataset)
    {
        var keys = dataset.Actors.All.SelectMany(a => a.Aliases.Prepend(a.Name)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return Spread(keys, Count * 3 / 4)
            .Select((key, i) => (i % 3) switch { 0 => key, 1 => key.ToUpperInvariant(), _ => key.ToLowerInvariant() })
            .Concat(Spread(keys, Count / 4).Select(key => key[..^1] + "#"))
            .ToArray();
    }

    public static string[] Ids(IEnumerable<string> ids)
    {
        var keys = ids.ToList();
        return Spread(keys, Count * 3 / 4).Concat(Spread(keys, Count / 4).Select(key => key + "-x")).ToArray();
    }

    public static List<T> Spread<T>(IReadOnlyList<T> items, int count)
        => Enumerable.Range(0, count).Select(i => items[(int)((long)i * items.Count / count)]).ToList();
}
