// Compiled into both the runtime and the generator (linked): the generator builds hash indexes with the same
// function the runtime probes them with.
using System;

namespace DomainKit.Compiled;

/// <summary>FNV-1a over UTF-16 code units, ordinal or folded to upper case for ignore-case keys.</summary>
internal static class KeyHash
{
    private const uint OffsetBasis = 2166136261;
    private const uint Prime = 16777619;

    public static uint Ordinal(ReadOnlySpan<char> key)
    {
        var hash = OffsetBasis;
        foreach (var c in key)
        {
            hash = (hash ^ c) * Prime;
        }

        return hash;
    }

    /// <summary>
    /// Equal under <see cref="StringComparison.OrdinalIgnoreCase"/> implies an equal hash: ASCII letters fold to
    /// upper case, other characters through <see cref="char.ToUpperInvariant"/>, and surrogates (whose case pairs
    /// that comparison may fold) all hash alike.
    /// </summary>
    public static uint IgnoreCase(ReadOnlySpan<char> key)
    {
        var hash = OffsetBasis;
        foreach (var c in key)
        {
            var folded = c switch
            {
                >= 'a' and <= 'z' => (char)(c - 32),
                < '\u0080' => c,
                >= '\uD800' and <= '\uDFFF' => '\uD800',
                _ => char.ToUpperInvariant(c),
            };
            hash = (hash ^ folded) * Prime;
        }

        return hash;
    }
}
