// Compiled into both the runtime and the generator (linked): the generator builds key indexes with the same
// function the runtime probes them with.
using System;
using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace DomainKit.Compiled;

/// <summary>How a key index folds characters before hashing them.</summary>
internal enum KeyFold
{
    /// <summary>No folding: ordinal keys (ids).</summary>
    Ordinal,

    /// <summary>
    /// Ignoring case, cheaply: ASCII letters to upper case, other characters with two bits cleared, surrogates
    /// all alike. Chosen only when the generator has checked that every character equal to a key character under
    /// <see cref="StringComparison.OrdinalIgnoreCase"/> folds alike.
    /// </summary>
    IgnoreCaseFast,

    /// <summary>Ignoring case through <see cref="char.ToUpperInvariant"/> (surrogates all alike), for any key set.</summary>
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
/// Hashes the slice of a key that a key index chose at build time (the characters that tell its keys apart),
/// four UTF-16 code units per multiply, mixed with the key's length. Keys equal under the index's comparison
/// hash alike.
/// </summary>
internal static class KeyHash
{
    private const ulong Multiplier = 0x9E3779B97F4A7C15;
    private const ulong Finalizer = 0xD6E8FEB86659FD93;
    private const ulong AsciiLanes = 0xFF80_FF80_FF80_FF80;

    public static uint Hash(ReadOnlySpan<char> slice, int keyLength, KeyFold fold)
        => Finish(Absorb((ulong)keyLength * Multiplier, slice, fold));

    /// <summary>The hash of the first and the last <paramref name="count"/> characters of <paramref name="key"/>, and its length.</summary>
    public static uint HeadAndTail(ReadOnlySpan<char> key, int count, KeyFold fold)
        => Finish(Absorb(Absorb((ulong)key.Length * Multiplier, key.Slice(0, count), fold), key.Slice(key.Length - count), fold));

    private static uint Finish(ulong hash) => (uint)((hash * Finalizer) >> 32);

    private static ulong Absorb(ulong hash, ReadOnlySpan<char> slice, KeyFold fold)
    {
        var bytes = MemoryMarshal.AsBytes(slice);
        var i = 0;
        for (; i + 8 <= bytes.Length; i += 8)
        {
            hash = Mix(hash, Fold(BinaryPrimitives.ReadUInt64LittleEndian(bytes.Slice(i)), fold));
        }

        if (i < bytes.Length)
        {
            ulong tail = 0;
            for (var j = bytes.Length - 2; j >= i; j -= 2)
            {
                tail = (tail << 16) | BinaryPrimitives.ReadUInt16LittleEndian(bytes.Slice(j));
            }

            hash = Mix(hash, Fold(tail, fold));
        }

        return hash;
    }

    /// <summary>The fold of one character, as <see cref="Hash"/> applies it.</summary>
    public static char Fold(char c, KeyFold fold) => fold switch
    {
        KeyFold.Ordinal => c,
        _ when c < '\u0080' => c is >= 'a' and <= 'z' ? (char)(c - 32) : c,
        _ when c is >= '\uD800' and <= '\uDFFF' => '\uD800',
        KeyFold.IgnoreCaseFast => (char)(c & ~0x21),
        _ => char.ToUpperInvariant(c),
    };

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Mix(ulong hash, ulong chunk)
    {
        hash = (hash ^ chunk) * Multiplier;
        return hash ^ (hash >> 29);
    }

    /// <summary>Folds four code units: ASCII lanes at once, else one by one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Fold(ulong chunk, KeyFold fold)
    {
        if (fold == KeyFold.Ordinal)
        {
            return chunk;
        }

        if ((chunk & AsciiLanes) == 0)
        {
            // A lane holding 'a'..'z' gets bit 5 cleared (the runtime's own ASCII upper-casing trick).
            var fromA = chunk + 0x0080_0080_0080_0080 - 0x0061_0061_0061_0061;
            var pastZ = chunk + 0x0080_0080_0080_0080 - 0x007B_007B_007B_007B;
            return chunk ^ (((fromA ^ pastZ) & 0x0080_0080_0080_0080) >> 2);
        }

        ulong folded = 0;
        for (var lane = 48; lane >= 0; lane -= 16)
        {
            folded = (folded << 16) | Fold((char)(chunk >> lane), fold);
        }

        return folded;
    }
}
