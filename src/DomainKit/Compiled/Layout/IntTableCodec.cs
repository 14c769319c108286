// Compiled into both the runtime and the generator (linked).
using System;
using System.Text;

namespace DomainKit.Compiled;

/// <summary>
/// Packs the integer table into a UTF-8 string literal: six characters per integer, six bits each, from '0'
/// (0x30) up. A literal is one token however long, where an array initializer costs the compiler a node per
/// element; measured on 2 million integers, the literal compiles several times faster in a fraction of the memory.
/// The runtime unpacks the table once, with shifts only.
/// </summary>
internal static class IntTableCodec
{
    public const int CharactersPerInt = 6;
    private const int Zero = '0';
    private const int BitsPerCharacter = 6;
    private const int Mask = (1 << BitsPerCharacter) - 1;

    public static void Encode(int value, StringBuilder output)
    {
        var bits = (uint)value;
        for (var i = 0; i < CharactersPerInt; i++)
        {
            output.Append((char)(Zero + (int)(bits & Mask)));
            bits >>= BitsPerCharacter;
        }
    }

    public static int[] Decode(ReadOnlySpan<byte> packed)
    {
        var values = new int[packed.Length / CharactersPerInt];
        for (var i = 0; i < values.Length; i++)
        {
            var digits = packed.Slice(i * CharactersPerInt, CharactersPerInt);
            values[i] = (digits[0] - Zero)
                | ((digits[1] - Zero) << 6)
                | ((digits[2] - Zero) << 12)
                | ((digits[3] - Zero) << 18)
                | ((digits[4] - Zero) << 24)
                | ((digits[5] - Zero) << 30);
        }

        return values;
    }
}
