using System;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using DomainKit.Json;

namespace DomainKit;

/// <summary>
/// An international border as an unordered pair of ISO 3166-1 alpha-3 codes: <c>Border.Between("TJK", "AFG")</c>
/// equals <c>Border.Between("AFG", "TJK")</c> and prints as <c>AFG-TJK</c>.
/// </summary>
[JsonConverter(typeof(BorderJsonConverter))]
public readonly record struct Border
{
    private Border(string first, string second)
    {
        First = first;
        Second = second;
    }

    /// <summary>The code that sorts first.</summary>
    public string First { get; }

    /// <summary>The code that sorts second.</summary>
    public string Second { get; }

    /// <summary>The border between two countries.</summary>
    /// <exception cref="ArgumentException">A code is not three upper-case letters, or both codes are the same.</exception>
    public static Border Between(string country, string otherCountry)
    {
        if (!IsAlpha3(country) || !IsAlpha3(otherCountry) || country == otherCountry)
        {
            throw new ArgumentException($"'{country}' and '{otherCountry}' are not two different ISO 3166-1 alpha-3 codes.");
        }

        return string.CompareOrdinal(country, otherCountry) < 0 ? new Border(country, otherCountry) : new Border(otherCountry, country);
    }

    /// <summary>Parses <c>AFG-TJK</c> (either order).</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out Border border)
    {
        border = default;
        if (text is not { Length: 7 } || text[3] != '-' || !IsAlpha3(text[..3]) || !IsAlpha3(text[4..]) || text[..3] == text[4..])
        {
            return false;
        }

        border = Between(text[..3], text[4..]);
        return true;
    }

    /// <summary>Whether <paramref name="country"/> is one side of this border.</summary>
    public bool Touches(string country) => First == country || Second == country;

    /// <summary><c>AFG-TJK</c>.</summary>
    public override string ToString() => First + "-" + Second;

    private static bool IsAlpha3(string code) => code.Length == 3 && char.IsAsciiLetterUpper(code[0]) && char.IsAsciiLetterUpper(code[1]) && char.IsAsciiLetterUpper(code[2]);
}
