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
    public const int Zero = '0';
    public const int DataBits = 5;
    public const int DataMask = (1 << DataBits) - 1;
    public const int More = 1 << DataBits;

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
}
