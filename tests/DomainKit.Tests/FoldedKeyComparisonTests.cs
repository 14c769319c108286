using DomainKit.Compiled;

namespace DomainKit.Tests;

/// <summary>
/// <see cref="FoldedKeyComparison"/> against the runtime's own <see cref="StringComparison.OrdinalIgnoreCase"/>, with
/// the key stored as a case-ignoring key index stores it (<see cref="AsciiLetters.ToUpper(string)"/>): at every length
/// its vectors and words split differently, with any code unit in any place, and in random casings; and the rule it
/// rests on, that the runtime unites an ASCII code unit with no code unit above ASCII.
/// </summary>
public class FoldedKeyComparisonTests
{
    [Fact]
    public void The_runtime_unites_no_ASCII_code_unit_with_one_above_ASCII()
    {
        Span<char> ascii = stackalloc char[1];
        Span<char> other = stackalloc char[1];
        for (var c = 0x80; c <= char.MaxValue; c++)
        {
            other[0] = (char)c;
            for (var a = 0; a < 0x80; a++)
            {
                ascii[0] = (char)a;
                Assert.False(MemoryExtensions.Equals(ascii, other, StringComparison.OrdinalIgnoreCase), $"U+{a:X4} and U+{c:X4}");
            }
        }
    }

    [Fact]
    public void Stored_keys_have_their_ASCII_small_letters_as_capitals_and_nothing_else_changed()
    {
        Assert.Equal("KABUL-2021 [@`{~] ÉMILE éMILE Ж ж", AsciiLetters.ToUpper("Kabul-2021 [@`{~] ÉMILE émile Ж ж"));
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var stored = AsciiLetters.ToUpper(((char)c).ToString())[0];
            Assert.Equal(c is >= 'a' and <= 'z' ? (char)(c - 32) : (char)c, stored);
        }
    }

    [Fact]
    public void Any_ASCII_code_unit_in_any_place_of_a_key_of_any_length_is_answered_as_the_runtime_answers()
    {
        // Lengths 1 to 40: one to three code units, the two words, the three vectors (8 to 24), the vector loop past them.
        for (var length = 1; length <= 40; length++)
        {
            var key = string.Concat(Enumerable.Range(0, length).Select(i => "aZ@`[{09 z"[i % 10]));
            var stored = AsciiLetters.ToUpper(key);
            foreach (var probe in new[] { key, key.ToUpperInvariant(), key.ToLowerInvariant() })
            {
                Assert.True(FoldedKeyComparison.Equals(probe, stored), probe);
            }

            for (var position = 0; position < length; position++)
            {
                for (var codeUnit = 0; codeUnit < 0x80; codeUnit++)
                {
                    AssertAgreesWithRuntime(key[..position] + (char)codeUnit + key[(position + 1)..], key);
                }
            }
        }
    }

    [Theory]
    [InlineData("Émile Şahin")]
    [InlineData("Москва-Река 2021")]
    [InlineData("Δήμος Σίσυφος του Κόσμου και")]
    [InlineData("ж")]
    [InlineData("Ab😀")]
    [InlineData("Kabul \u212A ſ ı İ ß ẞ")]
    public void A_code_unit_above_ASCII_anywhere_is_answered_as_the_runtime_answers(string key)
    {
        var codeUnits = new[] { 'a', 'A', 'k', 'K', 's', 'S', 'i', 'I', 'é', 'É', 'ж', 'Ж', '\u212A', 'ſ', 'ı', 'İ', '\uD83D', '\uDE00', '\uFFFF' };
        for (var position = 0; position < key.Length; position++)
        {
            foreach (var codeUnit in codeUnits)
            {
                var probe = key[..position] + codeUnit + key[(position + 1)..];
                AssertAgreesWithRuntime(probe, key);
                AssertAgreesWithRuntime(probe.ToUpperInvariant(), key);
                AssertAgreesWithRuntime(probe.ToLowerInvariant(), key);
            }
        }
    }

    [Fact]
    public void Random_keys_in_random_casings_are_answered_as_the_runtime_answers()
    {
        const string alphabet = "aZbYqQ09 -_@`[{~\u007FÀàЖжΣσς😀ſıİK";
        var random = new Random(20261207);
        var equal = 0;
        for (var n = 0; n < 20_000; n++)
        {
            var key = new string(Enumerable.Range(0, random.Next(1, 61)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            var probe = new string(key.Select(c => random.Next(4) switch
            {
                0 => char.ToUpperInvariant(c),
                1 => char.ToLowerInvariant(c),
                2 => random.Next(16) == 0 ? alphabet[random.Next(alphabet.Length)] : c,
                _ => c,
            }).ToArray());
            if (AssertAgreesWithRuntime(probe, key))
            {
                equal++;
            }
        }

        // Most probes are one of the key's casings.
        Assert.InRange(equal, 5_000, 20_000);
    }

    [Theory]
    [InlineData("taliban", "TALIBANS")]
    [InlineData("talibans", "TALIBAN")]
    [InlineData("", "TASS")]
    [InlineData("islamic emirate of afghanistan", "ISLAMIC EMIRATE")]
    public void The_generated_lookup_finds_no_key_of_another_length(string probe, string stored)
        // The generated hash may put a probe of any length in a key's slot: the comparison reads only equal lengths.
        => Assert.Equal(-1, PerfectHashSlot.IgnoringCase(probe, PerfectHashSlotLayout.Pack(0, stored.Length, 0), stored));

    /// <summary>Compares <paramref name="probe"/> with <paramref name="key"/> as stored, asserting the runtime's answer; returns it.</summary>
    private static bool AssertAgreesWithRuntime(string probe, string key)
    {
        var expected = string.Equals(probe, key, StringComparison.OrdinalIgnoreCase);
        Assert.True(expected == FoldedKeyComparison.Equals(probe, AsciiLetters.ToUpper(key)), $"\"{probe}\" against \"{key}\": the runtime says {expected}");
        return expected;
    }
}
