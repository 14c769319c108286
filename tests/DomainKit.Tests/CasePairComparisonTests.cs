using DomainKit.Compiled;

namespace DomainKit.Tests;

/// <summary>
/// <see cref="CasePairs"/> and <see cref="CasePairComparison"/> against the runtime's own
/// <see cref="StringComparison.OrdinalIgnoreCase"/>: every pair the comparison passes, the runtime unites; every
/// difference it calls final, the runtime does not unite; what it leaves undecided goes to the runtime. The keys are
/// stored and marked as a key index that marks letters stores them.
/// </summary>
public class CasePairComparisonTests
{
    /// <summary>Code units beyond the pairs' ranges whose casing is special somewhere (ſ, ı, İ, K, Ω, ẞ, surrogates).</summary>
    private static readonly char[] SpecialCodeUnits = ['\u017F', '\u0131', '\u0130', '\u212A', '\u2126', '\u1E9E', '\uD801', '\uDC00', '\uDC28', '\uFFFF', '\uFF21', '\uFF41'];

    [Fact]
    public void Every_capital_of_the_pairs_has_its_small_letter_32_above_in_the_runtime()
    {
        var capitals = 0;
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var character = (char)c;
            Assert.Equal(c >= CasePairs.SmallLetterDistance && CasePairs.IsCapital((char)(c - CasePairs.SmallLetterDistance)), CasePairs.IsSmall(character));
            if (!CasePairs.IsCapital(character))
            {
                Assert.Equal(CasePairs.IsSmall(character) ? (char)(c - CasePairs.SmallLetterDistance) : character, CasePairs.Stored(character));
                continue;
            }

            capitals++;
            var small = (char)(c + CasePairs.SmallLetterDistance);
            Assert.Equal(small, char.ToLowerInvariant(character));
            Assert.Equal(character, char.ToUpperInvariant(small));
            Assert.True(string.Equals(character.ToString(), small.ToString(), StringComparison.OrdinalIgnoreCase), $"U+{c:X4}");
            Assert.Equal(character, CasePairs.Stored(small));
        }

        // A–Z, À–Þ but ×, Α–Ϋ but U+03A2, А–Я.
        Assert.Equal(26 + 30 + 26 + 32, capitals);
    }

    [Theory]
    [InlineData("a")]
    [InlineData("Kabul")]
    [InlineData("Émile 12")]
    [InlineData("Москва-Река")]
    [InlineData("Δήμος Σίσυφος")]
    [InlineData("Şahin Ōsaka")]
    [InlineData("قندهار 7")]
    [InlineData("Ж😀Ж")]
    [InlineData("ÀÞàþ×÷ßµÿ")]
    [InlineData("Республика Таджикистан и")]
    public void Any_code_unit_in_any_place_is_answered_as_the_runtime_answers(string key)
    {
        var (stored, letters) = Marked(key);
        var codeUnits = Enumerable.Range(0, 0x530).Select(c => (char)c).Concat(SpecialCodeUnits).ToArray();
        for (var position = 0; position < key.Length; position++)
        {
            foreach (var codeUnit in codeUnits)
            {
                var probe = key[..position] + codeUnit + key[(position + 1)..];
                AssertAgreesWithRuntime(probe, stored, letters);
            }
        }
    }

    [Fact]
    public void Random_names_in_random_casings_are_answered_as_the_runtime_answers()
    {
        const string alphabet = "aZ09 -ÀàÞþ×÷ßÿµΑαΣσςΠπΫϋάΆЁёЖжРрЯяҳҲŞşŌōıİſKẞ😀قند";
        var random = new Random(20261205);
        var equal = 0;
        for (var n = 0; n < 20_000; n++)
        {
            var key = new string(Enumerable.Range(0, random.Next(1, 31)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            var (stored, letters) = Marked(key);
            var probe = new string(key.Select(c => random.Next(4) switch
            {
                0 => char.ToUpperInvariant(c),
                1 => char.ToLowerInvariant(c),
                2 => random.Next(8) == 0 ? alphabet[random.Next(alphabet.Length)] : c,
                _ => c,
            }).ToArray());
            if (AssertAgreesWithRuntime(probe, stored, letters) == CasePairComparison.Outcome.Equal)
            {
                equal++;
            }
        }

        // Most probes are one of the key's casings, and most of those are settled without the runtime.
        Assert.InRange(equal, 5_000, 20_000);
    }

    [Fact]
    public void A_key_in_the_casings_of_its_pair_letters_is_equal_without_the_runtime()
    {
        // Every letter a pair letter (or caseless), within the code units a tag marks; or, anywhere, one of a pair one
        // apart (AdjacentCasePairs: Ş, Ō, Ҳ, Ạ).
        foreach (var key in new[] { "Kabul", "Émile Zola", "Москва и Республика", "ΑΘΗΝΑ Πειραια", "aZ", "Ab", "قندهار Kandahar", "ЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖ", "Şahin Ōsaka", "Ваҳдат 12", "Hạ Long", "ЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖҳҳ" })
        {
            var (stored, letters) = Marked(key);
            foreach (var probe in new[] { key, key.ToUpperInvariant(), key.ToLowerInvariant(), stored })
            {
                Assert.Equal(CasePairComparison.Outcome.Equal, CasePairComparison.Compare(probe, stored, letters));
            }
        }
    }

    [Fact]
    public void Code_units_past_those_the_tag_marks_are_compared_as_they_are_and_left_to_the_runtime()
    {
        // 30 code units: the marks end at 24, so a small letter past them is not final either way.
        var key = new string('Ж', 30);
        var (stored, letters) = Marked(key);
        var probe = key[..27] + "жЖЖ";
        Assert.Equal(CasePairComparison.Outcome.Undecided, CasePairComparison.Compare(probe, stored, letters));
        Assert.Equal(CasePairComparison.Outcome.Undecided, CasePairComparison.Compare(key[..27] + "aЖЖ", stored, letters));
        Assert.Equal(CasePairComparison.Outcome.Equal, CasePairComparison.Compare(key[..20] + "жЖЖЖЖЖЖЖЖЖ", stored, letters));
    }

    private static CasePairComparison.Outcome AssertAgreesWithRuntime(string probe, string stored, uint letters)
    {
        var outcome = CasePairComparison.Compare(probe, stored, letters);
        var runtime = string.Equals(probe, stored, StringComparison.OrdinalIgnoreCase);
        Assert.True(outcome switch
        {
            CasePairComparison.Outcome.Equal => runtime,
            CasePairComparison.Outcome.Unequal => !runtime,
            _ => true,
        }, $"\"{probe}\" against \"{stored}\" ({letters:X}): {outcome}, the runtime: {runtime}");
        return outcome;
    }

    /// <summary>A key as a key index that marks letters stores it.</summary>
    private static (string Stored, uint Letters) Marked(string key)
        => (CasePairs.Marked(key, Math.Min(key.Length, HashIndexFields.MarkedCharacters), out var letters), letters);
}
