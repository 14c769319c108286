using System.ComponentModel;
using System.Runtime.CompilerServices;

namespace DomainKit.Compiled;

/// <summary>
/// What a generated name lookup (<see cref="CorpusData.FindByName"/>, a perfect hash over a small corpus's names and
/// aliases) folds the characters it hashes with, so that it finds what the names' key index finds: upper-cased by
/// DomainKit's own case table, as the index hashes them (it compares with <see cref="PerfectHashSlot.IgnoringCase"/>).
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
}
