// Compiled into both the runtime and the generator (linked): the writer stores a case-ignoring key index's ASCII
// letters in the form the reader compares them in, and the hash folds them the same way.
using System.Runtime.CompilerServices;

namespace DomainKit.Compiled;

/// <summary>
/// ASCII's small letters as capitals. .NET's <see cref="System.StringComparison.OrdinalIgnoreCase"/> unites an ASCII
/// letter with its ASCII case pair only, under every globalization mode, so a case-ignoring key index stores its keys'
/// ASCII small letters as capitals (<see cref="ToUpper(string)"/>) and upper-cases an ASCII probe to compare it, with no
/// casing table (the runtime's <c>FoldedKeyComparison</c>); <see cref="KeyHash"/> folds the characters it hashes alike.
/// </summary>
internal static class AsciiLetters
{
    /// <summary>The bits of four UTF-16 code units in a 64-bit integer that are zero in every ASCII code unit.</summary>
    public const ulong NotAsciiBits = 0xFF80_FF80_FF80_FF80;

    /// <summary>
    /// Four code units (the first in the low lane) with each one of 'a'..'z' upper-cased, bit 5 cleared with no branch
    /// (the runtime's own ASCII upper-casing trick); exact only when every lane is ASCII (<see cref="NotAsciiBits"/> clear).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong ToUpper(ulong lanes)
    {
        var fromA = lanes + 0x0080_0080_0080_0080 - 0x0061_0061_0061_0061;
        var pastZ = lanes + 0x0080_0080_0080_0080 - 0x007B_007B_007B_007B;
        return lanes ^ (((fromA ^ pastZ) & 0x0080_0080_0080_0080) >> 2);
    }

    /// <summary><paramref name="key"/> as a case-ignoring key index stores it: its ASCII small letters as capitals, every other code unit as it is.</summary>
    public static string ToUpper(string key)
    {
        var stored = key.ToCharArray();
        for (var i = 0; i < stored.Length; i++)
        {
            if (stored[i] is >= 'a' and <= 'z')
            {
                stored[i] = (char)(stored[i] - ('a' - 'A'));
            }
        }

        return new string(stored);
    }
}
