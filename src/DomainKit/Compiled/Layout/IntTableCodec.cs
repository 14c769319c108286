// Compiled into both the runtime and the generator (linked).
using System;
using System.Text;

namespace DomainKit.Compiled;

/// <summary>
/// Packs the integer table into printable ASCII for UTF-8 literals: each integer zigzag-encoded (so -1 is small),
/// then five bits per character from '0' (0x30), the sixth bit marking that more characters follow. Most fields
/// are small, so most integers take one to three characters. The first integer is the table's length.
/// </summary>
internal static class IntTableCodec
{
    private const int Zero = '0';
    private const int DataBits = 5;
    private const int DataMask = (1 << DataBits) - 1;
    private const int More = 1 << DataBits;

    /// <summary>Appends one integer.</summary>
    public static void Encode(int value, StringBuilder output)
    {
        var bits = (uint)((value << 1) ^ (value >> 31));
        while (bits > DataMask)
        {
            output.Append((char)(Zero + More + (int)(bits & DataMask)));
            bits >>= DataBits;
        }

        output.Append((char)(Zero + (int)bits));
    }

    /// <summary>
    /// Decodes one segment (an integer never spans two) into <paramref name="values"/> from <paramref name="next"/>
    /// on, and returns the new next. The table's first integer, its length, allocates <paramref name="values"/>.
    /// </summary>
    public static int DecodeSegment(ReadOnlySpan<byte> packed, ref int[]? values, int next)
    {
        var i = 0;
        while (i < packed.Length)
        {
            uint bits = 0;
            var shift = 0;
            int digit;
            do
            {
                digit = packed[i++] - Zero;
                bits |= (uint)(digit & DataMask) << shift;
                shift += DataBits;
            }
            while ((digit & More) != 0);

            var value = (int)(bits >> 1) ^ -(int)(bits & 1);
            if (values is null)
            {
                values = new int[value];
                continue;
            }

            values[next++] = value;
        }

        return next;
    }
}
