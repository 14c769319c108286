using System;
using System.Runtime.CompilerServices;

namespace DomainKit.Compiled;

/// <summary>Unpacks the integer table <see cref="IntTableCodec"/> wrote.</summary>
internal static class PackedIntDecoder
{
    /// <summary>
    /// Decodes one segment (an integer never spans two) into <paramref name="values"/> from <paramref name="next"/>
    /// on, and returns the new next. The table's first integer, its length, allocates <paramref name="values"/>.
    /// </summary>
    // Runs once per segment at start-up: compiled optimised at once rather than at tier 0, with the array in a
    // local so the loop keeps it in a register.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int DecodeSegment(ReadOnlySpan<byte> packed, ref int[]? values, int next)
    {
        var i = 0;
        values ??= new int[Read(packed, ref i)];
        var array = values;
        while (i < packed.Length)
        {
            array[next++] = Read(packed, ref i);
        }

        return next;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Read(ReadOnlySpan<byte> packed, ref int i)
    {
        uint bits = 0;
        var shift = 0;
        int digit;
        do
        {
            digit = packed[i++] - IntTableCodec.Zero;
            bits |= (uint)(digit & IntTableCodec.DataMask) << shift;
            shift += IntTableCodec.DataBits;
        }
        while ((digit & IntTableCodec.More) != 0);

        return (int)(bits >> 1) ^ -(int)(bits & 1);
    }
}
