// Compiled into both the runtime and the generator (linked): the generator builds key indexes with the same
// function the runtime probes them with.
using System;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace DomainKit.Compiled;

/// <summary>How a key index folds characters before hashing them.</summary>
internal enum KeyFold
{
    /// <summary>No folding: ordinal keys (ids).</summary>
    Ordinal,

    /// <summary>
    /// Ignoring case, cheaply: ASCII letters to upper case, low surrogates by <see cref="UnicodeCase.FoldLowSurrogate"/>,
    /// other characters with two bits cleared. Chosen only when the generator has checked that every character with
    /// the same <see cref="UnicodeCase.ToUpper(char)"/> as a key character folds alike.
    /// </summary>
    IgnoreCaseFast,

    /// <summary>
    /// Ignoring case through <see cref="UnicodeCase"/>, for any key set: ASCII letters and other characters to upper
    /// case, low surrogates by <see cref="UnicodeCase.FoldLowSurrogate"/>, high surrogates as they are.
    /// </summary>
    IgnoreCaseExact,
}

/// <summary>Which characters of a key a key index hashes.</summary>
internal enum KeySlice
{
    /// <summary>Characters from a position counted from the key's start.</summary>
    FromStart,

    /// <summary>Characters from a position counted back from the key's end.</summary>
    FromEnd,

    /// <summary>The first and the last characters (as many of each), which tell most names and ids apart.</summary>
    HeadAndTail,
}

/// <summary>
/// The hash of a key index: the fold, and the slice of characters that tells the keys apart (chosen at build time),
/// read four UTF-16 code units at a time with one unaligned load each, each load multiplied by a constant of its own and
/// the products summed with the key's length's (a slice's, or a whole key's). A slice is
/// four or eight characters (of each end, for the head and tail: four loads at most); a key too short for it is
/// hashed whole, so a probe never goes out of its key. Keys equal under the index's comparison hash alike.
/// </summary>
internal readonly struct KeyHash
{
    private const ulong Multiplier = 0x9E3779B97F4A7C15;

    /// <summary>Characters per load.</summary>
    private const int Lane = 4;

    /// <summary>A slice's loads' multipliers (odd; SplitMix64's and MurmurHash3's constants): the first and second from its start, the third and fourth for a head and tail's tail.</summary>
    private static class SliceMultipliers
    {
        public const ulong First = 0xBF58476D1CE4E5B9, Second = 0x94D049BB133111EB, Third = 0xD6E8FEB86659FD93, Fourth = 0xFF51AFD7ED558CCD;
    }

    /// <summary>What a whole key's multiplier grows by from one load to the next: even, so every multiplier stays odd.</summary>
    private const ulong WholeStep = 0x9E3779B97F4A7C16;

    /// <param name="fold">How characters are folded.</param>
    /// <param name="slice">Which characters are hashed, when <paramref name="length"/> is not 0.</param>
    /// <param name="start">Where the slice starts: from the key's start, or this many characters before its end.</param>
    /// <param name="length">How many characters (of each end, for <see cref="KeySlice.HeadAndTail"/>): 4 or 8; 0 hashes every key whole.</param>
    public KeyHash(KeyFold fold, KeySlice slice, int start, int length)
    {
        Fold = fold;
        Slice = slice;
        Start = start;
        Length = length;
        SliceFits = length == 0 ? int.MaxValue : slice switch
        {
            KeySlice.FromStart => start + length,
            KeySlice.FromEnd => Math.Max(start, length),
            _ => length,
        };
    }

    public KeyFold Fold { get; }

    public KeySlice Slice { get; }

    public int Start { get; }

    public int Length { get; }

    /// <summary>The shortest key the slice fits in; shorter keys are hashed whole.</summary>
    public int SliceFits { get; }

    /// <summary>The hash of <paramref name="key"/> under this index's slice and fold.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public uint Hash(ReadOnlySpan<char> key) => HashFolded(key, Fold);

    /// <summary>
    /// The hash of <paramref name="key"/> under this index's slice, for an index of ordinal keys: the fold is a constant,
    /// so a probe's code has no folding in it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public uint HashOrdinal(ReadOnlySpan<char> key)
    {
        Debug.Assert(Fold == KeyFold.Ordinal, "Only an ordinal index hashes its keys as they are.");
        return HashFolded(key, KeyFold.Ordinal);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private uint HashFolded(ReadOnlySpan<char> key, KeyFold fold)
    {
        ref var first = ref MemoryMarshal.GetReference(key);
        var length = key.Length;
        if (length < SliceFits)
        {
            return Whole(ref first, length, fold);
        }

        var at = Slice switch
        {
            KeySlice.FromStart => Start,
            KeySlice.FromEnd => length - Start,
            _ => 0,
        };

        // A sum of products, not a chain of mixes: no load's multiply waits for another's, so they overlap
        // (docs/benchmarks.md, "The loads summed, not chained"). Each load has its own multiplier, so lanes do not cancel.
        var sum = ((ulong)length * Multiplier) + (Load(ref first, at, fold) * SliceMultipliers.First);
        if (Length > Lane)
        {
            sum += Load(ref first, at + Lane, fold) * SliceMultipliers.Second;
        }

        if (Slice == KeySlice.HeadAndTail)
        {
            sum += Load(ref first, length - Lane, fold) * SliceMultipliers.Third;
            if (Length > Lane)
            {
                sum += Load(ref first, length - (2 * Lane), fold) * SliceMultipliers.Fourth;
            }
        }

        return FinishSum(sum);
    }

    /// <summary>
    /// The top half of a key's sum, its third quarter folded into its low bits: a product moves a lane's bits only
    /// up, so a key's fourth character in a load reaches only the sum's top 16 bits, and without the fold keys that
    /// differ only there would share a <see cref="HashIndexFields.Home"/> (made from the hash's low bits).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint FinishSum(ulong sum) => (uint)((sum ^ (sum >> 16)) >> 32);

    /// <summary>The hash of the whole of <paramref name="key"/>.</summary>
    public static uint Whole(ReadOnlySpan<char> key, KeyFold fold)
        => Whole(ref MemoryMarshal.GetReference(key), key.Length, fold);

    /// <summary>The fold of one character, as <see cref="Hash"/> applies it.</summary>
    public static char FoldCharacter(char c, KeyFold fold) => fold switch
    {
        KeyFold.Ordinal => c,
        _ when c < '\u0080' => c is >= 'a' and <= 'z' ? (char)(c - 32) : c,
        _ when c is >= '\uDC00' and <= '\uDFFF' => UnicodeCase.FoldLowSurrogate(c),
        KeyFold.IgnoreCaseFast => (char)(c & ~0x21),
        _ => UnicodeCase.ToUpper(c), // a high surrogate is itself
    };

    /// <summary>
    /// The hash of a whole key: four characters a load, the last load overlapping the one before it, a key under four
    /// characters one by one; as a slice's, the loads are summed, each times a multiplier of its own (odd, a step on from
    /// the one before), so no load's multiply waits for another's.
    /// </summary>
    private static uint Whole(ref char first, int length, KeyFold fold)
    {
        var sum = (ulong)length * Multiplier;
        if (length < Lane)
        {
            ulong packed = 0;
            for (var i = length - 1; i >= 0; i--)
            {
                packed = (packed << 16) | Unsafe.Add(ref first, i);
            }

            return FinishSum(sum + (FoldLanes(packed, fold) * SliceMultipliers.First));
        }

        var multiplier = SliceMultipliers.First;
        for (var i = 0; i < length - Lane; i += Lane)
        {
            sum += Load(ref first, i, fold) * multiplier;
            multiplier += WholeStep;
        }

        return FinishSum(sum + (Load(ref first, length - Lane, fold) * multiplier));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Load(ref char first, int at, KeyFold fold)
        => FoldLanes(Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<char, byte>(ref Unsafe.Add(ref first, at))), fold);

    /// <summary>Folds four code units (the first in the low lane, their order in memory on the little-endian machines .NET runs on): ASCII lanes at once, else one by one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong FoldLanes(ulong lanes, KeyFold fold)
    {
        if (fold == KeyFold.Ordinal)
        {
            return lanes;
        }

        if ((lanes & AsciiLetters.NotAsciiBits) == 0)
        {
            return AsciiLetters.ToUpper(lanes);
        }

        return FoldEachLane(lanes, fold);
    }

    private static ulong FoldEachLane(ulong lanes, KeyFold fold)
    {
        ulong folded = 0;
        for (var lane = 48; lane >= 0; lane -= 16)
        {
            folded = (folded << 16) | FoldCharacter((char)(lanes >> lane), fold);
        }

        return folded;
    }
}
