using System.Text;
using DomainKit.Compiled;

namespace DomainKit.Tests;

/// <summary>
/// <see cref="IgnoreCaseComparison"/> must answer exactly as <see cref="StringComparison.OrdinalIgnoreCase"/>: checked
/// against it for every UTF-16 code unit next to its cases and its neighbours, at every position of a vector and of the
/// overlapping last vector, and over random mixed-script strings in random casings.
/// </summary>
public sealed class IgnoreCaseComparisonTests
{
    /// <summary>Lengths that take the one-by-one path (under 8), one vector, a vector and an overlapping tail, and two and more.</summary>
    private static readonly int[] Lengths = [1, 3, 7, 8, 9, 12, 15, 16, 17, 23, 31];

    [Fact]
    public void Every_character_against_its_cases_and_neighbours_at_every_position_answers_as_OrdinalIgnoreCase()
    {
        var checkedPairs = 0;
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var character = (char)c;
            foreach (var partner in Partners(character))
            {
                foreach (var length in Lengths)
                {
                    foreach (var position in Positions(length))
                    {
                        AssertAsRuntime(Place(character, length, position), Place(partner, length, position));
                        checkedPairs++;
                    }
                }
            }
        }

        Assert.True(checkedPairs > 5_000_000, $"{checkedPairs} pairs checked");
    }

    [Fact]
    public void Random_names_of_many_scripts_in_random_casings_answer_as_OrdinalIgnoreCase()
    {
        var random = new Random(20261205);
        var alphabets = new[]
        {
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -'@[`{",
            "àáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞßµ×÷ŸẞİıſKÅ",
            "αβγδεζηθικλμνξοπρσςτυφχψωΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩάέήίόύώΆΈΉΊΌΎΏϊϋΪΫΐϑϕϰ",
            "абвгдежзийклмнопрстуфхцчшщъыьэюяАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯѐёђѓєѕіїјљњћќѝўџЀЁЂЃЄЅІЇЈЉЊЋЌЍЎЏҳҲӀӏ",
            "āĀăĂşŞōŌžŽŀĿňŇǅǄǆɤꟋƛꟜաԱᏸᏰⴀႠქ",
            "قندهار أحمد كابل 中文 日本語 한국어",
            "𐐨𐐀𞤢𞤀𐓘𐒰𑣀𑢠",
        };

        for (var i = 0; i < 200_000; i++)
        {
            var alphabet = alphabets[random.Next(alphabets.Length)] + alphabets[random.Next(alphabets.Length)];
            var runes = alphabet.EnumerateRunes().ToArray();
            var key = new StringBuilder();
            var length = random.Next(0, 40);
            while (key.Length < length)
            {
                key.Append(runes[random.Next(runes.Length)].ToString());
            }

            var stored = key.ToString();
            var probe = random.Next(5) switch
            {
                0 => stored.ToUpperInvariant(),
                1 => stored.ToLowerInvariant(),
                2 => Mixed(stored, random),
                3 => OneChanged(stored, runes, random),
                _ => stored,
            };

            if (probe.Length == stored.Length)
            {
                AssertAsRuntime(probe, stored);
            }
        }
    }

    [Theory]
    [InlineData("Ваҳдат 88683", "ВАҲДАТ 88683", true)]
    [InlineData("Δήμος 77756", "ΔΉΜΟΣ 77756", true)]
    [InlineData("Şahin 94562-a", "şAHIN 94562-A", true)]
    [InlineData("𐐀𐐨x 48177", "𐐨𐐨X 48177", true)]
    [InlineData("Islamic Emirate", "ISLAMIC EMIRATE", true)]
    [InlineData("Islamic Emirate", "Islamic Emirata", false)]
    [InlineData("Заби-уллах Муджахид", "заби-уллах муджахид", true)]
    [InlineData("Заби-уллах Муджахид", "заби-уллах муджахиж", false)]
    [InlineData("قندهار 25950-a", "قندهxر 25950-a", false)]
    [InlineData("Straße Müller Ÿ", "STRAßE MÜLLER ÿ", true)]
    [InlineData("Große Straße", "GROẞE STRAẞE", false)]
    public void Names_compare_as_OrdinalIgnoreCase(string stored, string probe, bool equal)
    {
        Assert.Equal(equal, IgnoreCaseComparison.Equals(probe, stored));
        AssertAsRuntime(probe, stored);
    }

    [Fact]
    public void The_known_ranges_fold_as_DomainKits_table_and_the_runtime_do()
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var character = (char)c;
            if (!IgnoreCaseComparison.IsKnown(character))
            {
                continue;
            }

            var upper = IgnoreCaseComparison.ToUpper(character);
            Assert.Equal(UnicodeCase.ToUpper(character), upper);
            Assert.True(
                character.ToString().Equals(upper.ToString(), StringComparison.OrdinalIgnoreCase),
                $"U+{c:X4} and U+{(int)upper:X4} are one letter to the runtime");
        }
    }

    private static void AssertAsRuntime(string left, string right)
    {
        var expected = left.AsSpan().Equals(right, StringComparison.OrdinalIgnoreCase);
        if (IgnoreCaseComparison.Equals(left, right) != expected)
        {
            Assert.Fail($"[{Escaped(left)}] and [{Escaped(right)}]: OrdinalIgnoreCase says {expected}");
        }
    }

    /// <summary>Characters to put beside <paramref name="c"/>: its cases, and those at the distances case pairs have.</summary>
    private static IEnumerable<char> Partners(char c)
    {
        yield return c;
        yield return char.ToUpperInvariant(c);
        yield return char.ToLowerInvariant(c);
        foreach (var distance in new[] { 1, 0x20, 0x50 })
        {
            if (c + distance <= char.MaxValue)
            {
                yield return (char)(c + distance);
            }

            if (c - distance >= 0)
            {
                yield return (char)(c - distance);
            }
        }
    }

    /// <summary>The first and last place, and one inside the last vector (which overlaps the one before it) when there is one.</summary>
    private static IEnumerable<int> Positions(int length) => new[] { 0, length / 2, length - 1 }.Distinct();

    /// <summary><paramref name="c"/> at <paramref name="position"/> of a string of <paramref name="length"/> ASCII letters and digits.</summary>
    private static string Place(char c, int length, int position)
    {
        var characters = "Kabul9Taliban0Doha5Moscow7Herat".AsSpan(0, length).ToArray();
        characters[position] = c;
        return new string(characters);
    }

    private static string Mixed(string value, Random random)
        => string.Concat(value.EnumerateRunes().Select(rune => random.Next(2) == 0 ? Rune.ToUpperInvariant(rune).ToString() : Rune.ToLowerInvariant(rune).ToString()));

    private static string OneChanged(string value, Rune[] runes, Random random)
    {
        var parts = value.EnumerateRunes().Select(rune => rune.ToString()).ToArray();
        if (parts.Length > 0)
        {
            parts[random.Next(parts.Length)] = runes[random.Next(runes.Length)].ToString();
        }

        return string.Concat(parts);
    }

    private static string Escaped(string value) => string.Concat(value.Select(c => c < 0x80 ? c.ToString() : $"\\u{(int)c:X4}"));
}
