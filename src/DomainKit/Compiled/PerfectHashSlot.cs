using System;
using System.ComponentModel;
using System.Runtime.CompilerServices;

namespace DomainKit.Compiled;

/// <summary>
/// The last step of a generated perfect hash's lookup: the probe compared with the key its slot names (a slot packed as
/// <see cref="PerfectHashSlotLayout"/> says, the keys end to end in one string). Infrastructure for generated code.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class PerfectHashSlot
{
    /// <summary>The index of the slot's key when it is <paramref name="key"/> (ordinal), else -1.</summary>
    /// <param name="key">The probe.</param>
    /// <param name="slot">The slot the probe hashed to.</param>
    /// <param name="keys">Every key of the hash, end to end.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Ordinal(ReadOnlySpan<char> key, uint slot, string keys)
        => PerfectHashSlotLayout.Length(slot) == key.Length && key.SequenceEqual(keys.AsSpan(PerfectHashSlotLayout.Start(slot), key.Length))
            ? PerfectHashSlotLayout.Index(slot)
            : -1;

    /// <summary>
    /// The index of the slot's key when it is <paramref name="key"/> ignoring case, the keys stored with their ASCII small
    /// letters as capitals (as the names' key index stores them), else -1: an ASCII probe upper-cased and compared in one
    /// pass whatever its casing (<see cref="FoldedKeyComparison"/>), any other by
    /// <see cref="StringComparison.OrdinalIgnoreCase"/>; the runtime's answer either way. Equal keys have as many UTF-16
    /// code units under either comparison, so a key of another length is not compared.
    /// </summary>
    /// <param name="key">The probe.</param>
    /// <param name="slot">The slot the probe hashed to.</param>
    /// <param name="keys">Every key of the hash, end to end, ASCII small letters as capitals.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int IgnoringCase(ReadOnlySpan<char> key, uint slot, string keys)
        => PerfectHashSlotLayout.Length(slot) == key.Length && FoldedKeyComparison.Equals(key, keys.AsSpan(PerfectHashSlotLayout.Start(slot), key.Length))
            ? PerfectHashSlotLayout.Index(slot)
            : -1;
}
