using System;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace DomainKit.Compiled;

/// <summary>
/// Compares a probe with a key as a case-ignoring key index stores it, its ASCII small letters as capitals
/// (<see cref="AsciiLetters"/>). A probe of ASCII code units is upper-cased and compared in one pass whatever its
/// casing, with no branch on its characters: three overlapping 128-bit vectors for 8 to 24 code units, a vector at a
/// time for more, two 64-bit words (or the first, middle and last code units) for fewer. A probe with a code unit above
/// ASCII goes to the runtime's <see cref="StringComparison.OrdinalIgnoreCase"/>, whose answer the stored capitals do
/// not change (it unites an ASCII letter with its ASCII case pair only). What it replaced, an ordinal pass and then the
/// runtime's comparison, branched on the probe's casing between two loops whose exits follow the key's length, and took
/// 10–12 ns of a name lookup by an ablation (docs/benchmarks.md, "A case-ignoring comparison with no branch").
/// </summary>
internal static class FoldedKeyComparison
{
    /// <summary>Code units in a 128-bit vector.</summary>
    private const int VectorLength = 8;

    /// <summary>
    /// Whether <paramref name="probe"/> equals <paramref name="stored"/> (as long; its ASCII small letters capitals)
    /// ignoring case, as the runtime's <see cref="StringComparison.OrdinalIgnoreCase"/> finds. Out of line: the vectors
    /// stay in this method's precompiled body, not in every lookup's.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static bool Equals(ReadOnlySpan<char> probe, ReadOnlySpan<char> stored)
    {
        Debug.Assert(probe.Length == stored.Length, "A key index compares keys of one length.");
        ref var probeStart = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(probe));
        ref var storedStart = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(stored));
        var length = probe.Length;
        if (length >= VectorLength)
        {
            var last = (nuint)(length - VectorLength);
            if (length <= 3 * VectorLength)
            {
                // The first eight, the last eight, and eight from the middle (overlapping either where fewer than 24).
                var middle = (nuint)Math.Min(VectorLength, length - VectorLength);
                var first = Vector128.LoadUnsafe(ref probeStart);
                var second = Vector128.LoadUnsafe(ref probeStart, middle);
                var third = Vector128.LoadUnsafe(ref probeStart, last);
                if (IsAscii(first | second | third))
                {
                    return (Difference(first, ref storedStart, 0) | Difference(second, ref storedStart, middle) | Difference(third, ref storedStart, last)) == Vector128<ushort>.Zero;
                }
            }
            else
            {
                var lanes = Vector128<ushort>.Zero;
                var differences = Vector128<ushort>.Zero;
                for (nuint i = 0; i < last; i += VectorLength)
                {
                    var vector = Vector128.LoadUnsafe(ref probeStart, i);
                    lanes |= vector;
                    differences |= Difference(vector, ref storedStart, i);
                }

                var end = Vector128.LoadUnsafe(ref probeStart, last);
                if (IsAscii(lanes | end))
                {
                    return (differences | Difference(end, ref storedStart, last)) == Vector128<ushort>.Zero;
                }
            }
        }
        else if (length > 0)
        {
            var (probeLanes, storedLanes) = length >= 4
                ? (Word(ref probeStart, 0), Word(ref storedStart, 0))
                : (Packed(ref probeStart, length), Packed(ref storedStart, length));
            var (probeEnd, storedEnd) = length >= 4 ? (Word(ref probeStart, length - 4), Word(ref storedStart, length - 4)) : (probeLanes, storedLanes);
            if (((probeLanes | probeEnd) & AsciiLetters.NotAsciiBits) == 0)
            {
                return ((AsciiLetters.ToUpper(probeLanes) ^ storedLanes) | (AsciiLetters.ToUpper(probeEnd) ^ storedEnd)) == 0;
            }
        }

        return probe.Equals(stored, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether every lane of <paramref name="lanes"/> is an ASCII code unit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsAscii(Vector128<ushort> lanes) => (lanes & Vector128.Create((ushort)0xFF80)) == Vector128<ushort>.Zero;

    /// <summary>
    /// <paramref name="probe"/> upper-cased (a lane holding 'a'..'z' less 32) against the eight stored code units from
    /// <paramref name="offset"/> on: zero in every lane that matches.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<ushort> Difference(Vector128<ushort> probe, ref ushort stored, nuint offset)
    {
        var small = Vector128.LessThanOrEqual(probe - Vector128.Create((ushort)'a'), Vector128.Create((ushort)('z' - 'a')));
        return (probe - (small & Vector128.Create((ushort)('a' - 'A')))) ^ Vector128.LoadUnsafe(ref stored, offset);
    }

    /// <summary>Code units <paramref name="index"/> to <paramref name="index"/> + 3 from <paramref name="start"/>, the first in the low lane.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Word(ref ushort start, int index) => Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<ushort, byte>(ref Unsafe.Add(ref start, index)));

    /// <summary>A key of one to three code units as a word: its first, middle and last code units (some the same one), in three lanes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Packed(ref ushort start, int length)
        => start | ((ulong)Unsafe.Add(ref start, length >> 1) << 16) | ((ulong)Unsafe.Add(ref start, length - 1) << 32);
}
