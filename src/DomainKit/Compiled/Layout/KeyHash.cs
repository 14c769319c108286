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
/// read four UTF-16 code units at a time with one unaligned load each and mixed with the key's length. A slice is
/// four or eight characters; a key too short for it is hashed whole, so a probe never reads more than two loads for
/// a sliced index and never goes out of its key. Keys equal under the index's comparison hash alike.
/// </summary>
internal readonly struct KeyHash
{
    private const ulong Multiplier = 0x9E3779B97F4A7C15;
    private const ulong Finalizer = 0xD6E8FEB86659FD93;
    private const ulong AsciiLanes = 0xFF80_FF80_FF80_FF80;

    /// <summary>Characters per load.</summary>
    private const int Lane = 4;


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
        var hash = (ulong)length * Multiplier;
        if (length < SliceFits)
        {
            return Finish(Whole(hash, ref first, length, fold));
        }

        var at = Slice switch
        {
            KeySlice.FromStart => Start,
            KeySlice.FromEnd => length - Start,
            _ => 0,
        };
        hash = Mix(hash, Load(ref first, at, fold));
        if (Length > Lane)
        {
            hash = Mix(hash, Load(ref first, at + Lane, fold));
        }

        if (Slice == KeySlice.HeadAndTail)
        {
            hash = Mix(hash, Load(ref first, length - Lane, fold));
            if (Length > Lane)
            {
                hash = Mix(hash, Load(ref first, length - (2 * Lane), fold));
            }
        }

        return Finish(hash);
    }

    /// <summary>The hash of the whole of <paramref name="key"/>.</summary>
    public static uint Whole(ReadOnlySpan<char> key, KeyFold fold)
        => Finish(Whole((ulong)key.Length * Multiplier, ref MemoryMarshal.GetReference(key), key.Length, fold));

    /// <summary>The fold of one character, as <see cref="Hash"/> applies it.</summary>
    public static char FoldCharacter(char c, KeyFold fold) => fold switch
    {
        KeyFold.Ordinal => c,
        _ when c < '\u0080' => c is >= 'a' and <= 'z' ? (char)(c - 32) : c,
        _ when c is >= '\uDC00' and <= '\uDFFF' => UnicodeCase.FoldLowSurrogate(c),
        KeyFold.IgnoreCaseFast => (char)(c & ~0x21),
        _ => UnicodeCase.ToUpper(c), // a high surrogate is itself
    };

    /// <summary>Four characters a load, the last load overlapping the one before it; a key under four characters one by one.</summary>
    private static ulong Whole(ulong hash, ref char first, int length, KeyFold fold)
    {
        if (length < Lane)
        {
            ulong packed = 0;
            for (var i = length - 1; i >= 0; i--)
            {
                packed = (packed << 16) | Unsafe.Add(ref first, i);
            }

            return Mix(hash, FoldLanes(packed, fold));
        }

        for (var i = 0; i < length - Lane; i += Lane)
        {
            hash = Mix(hash, Load(ref first, i, fold));
        }

        return Mix(hash, Load(ref first, length - Lane, fold));
    }

    private static uint Finish(ulong hash) => (uint)((hash * Finalizer) >> 32);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Load(ref char first, int at, KeyFold fold)
        => FoldLanes(Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<char, byte>(ref Unsafe.Add(ref first, at))), fold);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Mix(ulong hash, ulong lanes)
    {
        hash = (hash ^ lanes) * Multiplier;
        return hash ^ (hash >> 29);
    }

    /// <summary>Folds four code units (the first in the low lane, their order in memory on the little-endian machines .NET runs on): ASCII lanes at once, else one by one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong FoldLanes(ulong lanes, KeyFold fold)
    {
        if (fold == KeyFold.Ordinal)
        {
            return lanes;
        }

        if ((lanes & AsciiLanes) == 0)
        {
            // A lane holding 'a'..'z' gets bit 5 cleared (the runtime's own ASCII upper-casing trick).
            var fromA = lanes + 0x0080_0080_0080_0080 - 0x0061_0061_0061_0061;
            var pastZ = lanes + 0x0080_0080_0080_0080 - 0x007B_007B_007B_007B;
            return lanes ^ (((fromA ^ pastZ) & 0x0080_0080_0080_0080) >> 2);
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
