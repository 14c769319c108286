using System;
using System.ComponentModel;
using System.Runtime.CompilerServices;

namespace DomainKit.Compiled;

/// <summary>
/// What a generated name lookup (<see cref="CorpusData.FindByName"/>, a perfect hash over a small corpus's names and
/// aliases) folds and compares with, so that it finds what the names' key index finds: the characters it hashes
/// upper-cased by DomainKit's own case table, as the index hashes them, and the key compared as the index compares it.
/// Infrastructure for generated code.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class NameDispatch
{
    /// <summary>
    /// One character as the generated hash reads it: upper-cased (a low surrogate by its pair's rule), as
    /// <see cref="KeyHash.FoldCharacter"/> folds it. An ASCII letter with no branch on its case: probes come in any
    /// casing, and a branch on it mispredicted.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char Fold(char c) => c < '\u0080' ? (char)(c - ((uint)(c - 'a') <= 'z' - 'a' ? 32 : 0)) : FoldBeyondAscii(c);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static char FoldBeyondAscii(char c) => KeyHash.FoldCharacter(c, KeyFold.IgnoreCaseExact);

    /// <summary>
    /// Whether a probe is the stored name ignoring case, the name stored with its ASCII small letters as capitals (as the
    /// generated lookup emits its keys, and the names' key index stores them): of the same length (equal keys have as
    /// many UTF-16 code units under either comparison; the generated hash may put a probe of another length in a key's
    /// slot), an ASCII probe upper-cased and compared in one pass whatever its casing (<see cref="FoldedKeyComparison"/>),
    /// any other by <see cref="StringComparison.OrdinalIgnoreCase"/>; the runtime's answer either way.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool FoldedKeyEquals(ReadOnlySpan<char> key, ReadOnlySpan<char> stored)
        => key.Length == stored.Length && FoldedKeyComparison.Equals(key, stored);
}
