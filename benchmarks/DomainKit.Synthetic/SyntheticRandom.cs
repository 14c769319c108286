namespace DomainKit.Synthetic;

/// <summary>
/// SplitMix64: a tiny generator whose sequence is fixed by this code alone, so a (scale, seed) pair gives
/// byte-identical corpora on every runtime (System.Random's seeded algorithm is an implementation detail).
/// </summary>
internal sealed class SyntheticRandom(ulong seed)
{
    private ulong _state = seed;

    /// <summary>A value in [0, bound).</summary>
    public int Next(int bound)
    {
        _state += 0x9E3779B97F4A7C15UL;
        var z = _state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        z ^= z >> 31;
        return (int)(z % (ulong)bound);
    }

    /// <summary>True with probability <paramref name="percent"/>/100.</summary>
    public bool Chance(int percent) => Next(100) < percent;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];
}
