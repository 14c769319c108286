// Compiled into both the runtime and the generator (linked): the writer stores a key index's letters in the form the
// reader compares them in.
namespace DomainKit.Compiled;

/// <summary>
/// The letters whose small letter is 32 code units above their capital since Unicode 1.1: ASCII's A–Z, Latin-1's À–Þ
/// but ×, Greek's Α–Ϋ (but the unassigned U+03A2) and Cyrillic's А–Я. Unicode never changes a case pair once encoded,
/// so every runtime's <see cref="System.StringComparison.OrdinalIgnoreCase"/> (ICU of any version, NLS, the invariant
/// mode) unites each with its small letter. A key index that ignores case stores these letters of a key as capitals
/// and marks them in the slot (<see cref="HashIndexFields.Tag"/>), so a probe in another casing is compared four code
/// units at a time with no casing table (the runtime's <c>CasePairComparison</c>, which also passes the pairs one apart
/// of its <c>AdjacentCasePairs</c>); any other difference is left to the runtime's comparison.
/// </summary>
internal static class CasePairs
{
    /// <summary>How far above its capital a small letter of these pairs is.</summary>
    public const int SmallLetterDistance = 32;

    /// <summary>Whether <paramref name="c"/> is a capital of these pairs.</summary>
    public static bool IsCapital(char c)
        => c is (>= 'A' and <= 'Z') or (>= '\u00C0' and <= '\u00DE' and not '\u00D7') or (>= '\u0391' and <= '\u03AB' and not '\u03A2') or (>= '\u0410' and <= '\u042F');

    /// <summary>Whether <paramref name="c"/> is a small letter of these pairs.</summary>
    public static bool IsSmall(char c) => c >= SmallLetterDistance && IsCapital((char)(c - SmallLetterDistance));

    /// <summary>How a key index stores <paramref name="c"/> where its tag may mark it: a small letter of these pairs as its capital, any other code unit as it is.</summary>
    public static char Stored(char c) => IsSmall(c) ? (char)(c - SmallLetterDistance) : c;

    /// <summary>
    /// How a key index that marks letters stores <paramref name="key"/>: the letters of these pairs among its first
    /// <paramref name="count"/> code units as capitals (<see cref="Stored"/>), with their bits in
    /// <paramref name="letters"/> (bit i for code unit i; <paramref name="count"/> is at most
    /// <see cref="HashIndexFields.MarkedCharacters"/>).
    /// </summary>
    public static string Marked(string key, int count, out uint letters)
    {
        var stored = key.ToCharArray();
        letters = 0;
        for (var i = 0; i < count; i++)
        {
            if (IsCapital(key[i]) || IsSmall(key[i]))
            {
                stored[i] = Stored(key[i]);
                letters |= 1u << i;
            }
        }

        return new string(stored);
    }
}
