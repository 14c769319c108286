using System;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace DomainKit.Compiled;

/// <summary>
/// Compares a probe with a key as a key index that ignores case stores it (<see cref="CasePairs"/>), four UTF-16 code
/// units at a time in 64-bit integers: a code unit passes when it equals the stored one or, where the slot's tag marks
/// a capital of <see cref="CasePairs"/>, its small letter (where a word differs, code unit by code unit, the two letters of
/// a pair one apart too: <see cref="AdjacentCasePairs"/>). Plain integer arithmetic, not <c>Vector128</c>: a
/// precompiled method that uses vectors depends on the machine's instruction sets, and the package's ReadyToRun code
/// must serve every machine (docs/benchmarks-log.md, "Tried and not kept: case pairs a vector at a time").
/// </summary>
internal static class CasePairComparison
{
    /// <summary>What <see cref="Compare"/> found.</summary>
    public enum Outcome
    {
        /// <summary>Equal ignoring case, as the runtime's <see cref="StringComparison.OrdinalIgnoreCase"/> finds too.</summary>
        Equal,

        /// <summary>Not equal ignoring case: the first difference involves an ASCII code unit, which only its own ASCII case pair equals.</summary>
        Unequal,

        /// <summary>A difference the pairs do not settle (a letter of another script's case pair, say): the runtime's comparison decides.</summary>
        Undecided,
    }

    /// <summary>
    /// Compares <paramref name="probe"/> with <paramref name="stored"/> (as long) code unit by code unit, a code unit
    /// marked in <paramref name="letters"/> (bit i for code unit i, every letter of <see cref="CasePairs"/> among the
    /// first <see cref="HashIndexFields.MarkedCharacters"/>) passing as its small letter too.
    /// </summary>
    public static Outcome Compare(ReadOnlySpan<char> probe, ReadOnlySpan<char> stored, uint letters)
    {
        Debug.Assert(probe.Length == stored.Length, "A key index compares keys of one length.");
        var length = probe.Length;
        if (length < 4)
        {
            return Decide(probe, stored, letters, 0);
        }

        ref var probeStart = ref Unsafe.As<char, byte>(ref MemoryMarshal.GetReference(probe));
        ref var storedStart = ref Unsafe.As<char, byte>(ref MemoryMarshal.GetReference(stored));
        var marks = letters;
        for (var i = 0; i < length - 4; i += 4)
        {
            if (Differences(Word(ref probeStart, i), Word(ref storedStart, i), marks) != 0)
            {
                return Decide(probe, stored, letters, i);
            }

            marks >>= 4;
        }

        // The last four, overlapping the words before when the length is not a multiple of four.
        var last = length - 4;
        return Differences(Word(ref probeStart, last), Word(ref storedStart, last), letters >> Math.Min(last, 31)) == 0
            ? Outcome.Equal
            : Decide(probe, stored, letters, last);
    }

    /// <summary>
    /// The outcome from the first code unit from <paramref name="start"/> on (where the words found a difference) that
    /// does not pass, a code unit at a time (here the two letters of a pair one apart pass too, <see cref="AdjacentCasePairs"/>,
    /// which no mark covers); a difference where either code unit is ASCII, among the code units the tag marks every
    /// pair letter of, is final (.NET's ignore-case comparison unites an ASCII code unit with its ASCII case pair
    /// only).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Outcome Decide(ReadOnlySpan<char> probe, ReadOnlySpan<char> stored, uint letters, int start)
    {
        for (var i = start; i < probe.Length; i++)
        {
            var marked = i < HashIndexFields.MarkedCharacters && ((letters >> i) & 1) != 0;
            if (probe[i] == stored[i] || (marked && probe[i] == stored[i] + CasePairs.SmallLetterDistance) || AdjacentCasePairs.Unite(probe[i], stored[i]))
            {
                continue;
            }

            return i < HashIndexFields.MarkedCharacters && (probe[i] < '\u0080' || stored[i] < '\u0080') ? Outcome.Unequal : Outcome.Undecided;
        }

        return Outcome.Equal;
    }

    /// <summary>Code units <paramref name="index"/> to <paramref name="index"/> + 3 from <paramref name="start"/>, the first in the low bits.</summary>
    private static ulong Word(ref byte start, int index) => Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref start, index * sizeof(char)));

    /// <summary>
    /// <paramref name="probe"/> minus <paramref name="stored"/>, and of that the bits other than a marked small letter's
    /// 32 (the lowest four bits of <paramref name="letters"/> mark the four code units): zero when every code unit
    /// passes. One subtraction of the whole integers: while no probe's code unit is below the stored one, none borrows
    /// and each gives its own difference; where one is below, the lowest such gives its own, neither 0 nor 32 (a marked
    /// letter is below U+0430), and the integer is not zero whatever the borrow does above it.
    /// </summary>
    private static ulong Differences(ulong probe, ulong stored, uint letters) => (probe - stored) & ~SmallLetterLanes(letters & 0xF);

    /// <summary>32 in each code unit of a 64-bit integer whose bit of <paramref name="marks"/> is set: one multiply spreads the four bits to the four code units.</summary>
    private static ulong SmallLetterLanes(uint marks) => ((marks * 0x0000_2000_4000_8001UL) & 0x0001_0001_0001_0001UL) * CasePairs.SmallLetterDistance;
}
