using System;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace DomainKit.Compiled;

/// <summary>
/// <see cref="StringComparison.OrdinalIgnoreCase"/> equality of two spans of one length, eight characters at a time
/// where the characters that differ are in the ranges whose case pairs every runtime agrees on: ASCII, Latin-1
/// (U+00C0 to U+00FE), the basic Greek letters (U+0391 to U+03CB) and the basic Cyrillic ones (U+0400 to U+045F), where
/// each small letter is its capital plus 32 (80 for <c>ѐ</c> to <c>џ</c>). Those pairs are Unicode 1.1's, so ICU of
/// every version, NLS and the invariant mode unite them, and the runtime's own comparison would answer the same; it
/// goes a character at a time through its casing table once it meets a character that is not ASCII, which was half
/// of a name lookup in another casing (docs/benchmarks.md). Where two characters differ outside those ranges (another
/// script, a letter those ranges leave out such as <c>ÿ</c>, final sigma or an accented Greek vowel, a surrogate),
/// the runtime's comparison decides. So the answer is always the app's <see cref="StringComparison.OrdinalIgnoreCase"/>.
/// </summary>
internal static class IgnoreCaseComparison
{
    private const int Lanes = 8;

    private const char Multiplication = '\u00D7', Division = '\u00F7', FinalSigma = '\u03C2', NoGreekCapital = '\u03A2';

    /// <summary>Whether <paramref name="left"/> and <paramref name="right"/>, of one length, are equal ignoring case as the app's <see cref="StringComparison.OrdinalIgnoreCase"/> has them.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static bool Equals(ReadOnlySpan<char> left, ReadOnlySpan<char> right)
    {
        Debug.Assert(left.Length == right.Length, "Keys of one length.");
        if (left.Length < Lanes || !Vector128.IsHardwareAccelerated)
        {
            return EqualsOneByOne(left, right);
        }

        ref var first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(left));
        ref var second = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(right));
        var last = (nuint)(left.Length - Lanes);
        nuint at = 0;
        while (true)
        {
            // The last vector overlaps the one before it: no loop for the tail.
            var a = Vector128.LoadUnsafe(ref first, at);
            var b = Vector128.LoadUnsafe(ref second, at);
            if (a != b && !PairsOrSame(a, b))
            {
                return !KnownAndDifferent(a, b) && left.Equals(right, StringComparison.OrdinalIgnoreCase);
            }

            if (at == last)
            {
                return true;
            }

            at = Math.Min(at + Lanes, last);
        }
    }

    /// <summary>A key shorter than a vector: the same rule a character at a time.</summary>
    private static bool EqualsOneByOne(ReadOnlySpan<char> left, ReadOnlySpan<char> right)
    {
        for (var i = 0; i < left.Length; i++)
        {
            var a = left[i];
            var b = right[i];
            if (a == b)
            {
                continue;
            }

            if (!IsKnown(a) || !IsKnown(b))
            {
                return left.Equals(right, StringComparison.OrdinalIgnoreCase);
            }

            if (ToUpper(a) != ToUpper(b))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether <paramref name="c"/> is in the ranges whose case <see cref="ToUpper"/> gives as every runtime does:
    /// ASCII, U+00C0 to U+00FE, U+0391 to U+03AB, U+03B1 to U+03CB but final sigma, U+0400 to U+045F.
    /// </summary>
    internal static bool IsKnown(char c)
        => c < 0x80 || Within(c, 0xC0, 0xFE) || Within(c, 0x391, 0x3AB) || (Within(c, 0x3B1, 0x3CB) && c != FinalSigma) || Within(c, 0x400, 0x45F);

    /// <summary>The upper case of a character <see cref="IsKnown"/> holds: its capital, or itself.</summary>
    internal static char ToUpper(char c)
    {
        var by32 = Within(c, 'a', 'z') || (Within(c, 0xE0, 0xFE) && c != Division) || (Within(c, 0x3B1, 0x3CB) && c != FinalSigma) || Within(c, 0x430, 0x44F);
        return (char)(c - (by32 ? 0x20 : 0) - (Within(c, 0x450, 0x45F) ? 0x50 : 0));
    }

    /// <summary>
    /// Whether each lane holds one character in both or the two cases of one letter of the known ranges: the smaller is
    /// the capital, 32 below its small letter (80 for U+0400 to U+040F). ASCII alone, the common case, is one range.
    /// </summary>
    private static bool PairsOrSame(Vector128<ushort> a, Vector128<ushort> b)
    {
        var capital = Vector128.Min(a, b);
        var distance = Vector128.Max(a, b) - capital;
        var by32 = Vector128.Equals(distance, Vector128.Create((ushort)0x20));
        var same = Vector128.Equals(distance, Vector128<ushort>.Zero);
        if (((a | b) & Vector128.Create((ushort)0xFF80)) == Vector128<ushort>.Zero)
        {
            return (same | (by32 & Within(capital, 'A', 'Z'))) == Vector128<ushort>.AllBitsSet;
        }

        var capitalBy32 = Within(capital, 'A', 'Z')
            | (Within(capital, 0xC0, 0xDE) & ~Is(capital, Multiplication))
            | (Within(capital, 0x391, 0x3AB) & ~Is(capital, NoGreekCapital))
            | Within(capital, 0x410, 0x42F);
        var by80 = Vector128.Equals(distance, Vector128.Create((ushort)0x50)) & Within(capital, 0x400, 0x40F);
        return (same | (by32 & capitalBy32) | by80) == Vector128<ushort>.AllBitsSet;
    }

    /// <summary>
    /// Whether some lane holds two different letters of the known ranges (not one letter in two cases), which settles the
    /// comparison; a lane <see cref="PairsOrSame"/> did not accept may otherwise be a case pair of another script.
    /// </summary>
    private static bool KnownAndDifferent(Vector128<ushort> a, Vector128<ushort> b)
    {
        var known = Known(a) & Known(b);
        return (known & ~Vector128.Equals(Upper(a), Upper(b))) != Vector128<ushort>.Zero;
    }

    /// <summary><see cref="IsKnown"/> of each lane: all ones where it holds.</summary>
    private static Vector128<ushort> Known(Vector128<ushort> c)
        => Vector128.LessThan(c, Vector128.Create((ushort)0x80))
            | Within(c, 0xC0, 0xFE)
            | Within(c, 0x391, 0x3AB)
            | (Within(c, 0x3B1, 0x3CB) & ~Is(c, FinalSigma))
            | Within(c, 0x400, 0x45F);

    /// <summary><see cref="ToUpper"/> of each lane (meaningful where <see cref="Known"/> holds).</summary>
    private static Vector128<ushort> Upper(Vector128<ushort> c)
    {
        var by32 = Within(c, 'a', 'z')
            | (Within(c, 0xE0, 0xFE) & ~Is(c, Division))
            | (Within(c, 0x3B1, 0x3CB) & ~Is(c, FinalSigma))
            | Within(c, 0x430, 0x44F);
        return c - (by32 & Vector128.Create((ushort)0x20)) - (Within(c, 0x450, 0x45F) & Vector128.Create((ushort)0x50));
    }

    private static bool Within(char c, int low, int high) => (uint)(c - low) <= (uint)(high - low);

    /// <summary>All ones in the lanes from <paramref name="low"/> to <paramref name="high"/>: one unsigned comparison.</summary>
    private static Vector128<ushort> Within(Vector128<ushort> c, ushort low, ushort high)
        => Vector128.LessThanOrEqual(c - Vector128.Create(low), Vector128.Create((ushort)(high - low)));

    /// <summary>All ones in the lanes that hold <paramref name="value"/>.</summary>
    private static Vector128<ushort> Is(Vector128<ushort> c, ushort value) => Vector128.Equals(c, Vector128.Create(value));
}
