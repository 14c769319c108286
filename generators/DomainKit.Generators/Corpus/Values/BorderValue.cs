using System;

namespace DomainKit.Generators.Corpus.Values
{
    /// <summary>An unordered pair of ISO 3166-1 alpha-3 codes, stored in ordinal order so AFG-TJK equals TJK-AFG.</summary>
    internal readonly record struct BorderValue(string First, string Second)
    {
        public static bool TryParse(string text, out BorderValue value)
        {
            value = default;
            var parts = text.Split('-');
            if (parts.Length != 2 || !IsAlpha3(parts[0]) || !IsAlpha3(parts[1]) || parts[0] == parts[1])
            {
                return false;
            }

            // Stryker disable once Equality : equal codes were rejected above, so "< 0" and "<= 0" cannot differ here
            value = string.CompareOrdinal(parts[0], parts[1]) < 0 ? new BorderValue(parts[0], parts[1]) : new BorderValue(parts[1], parts[0]);
            return true;
        }

        public static bool IsAlpha3(string code)
            => code.Length == 3 && code[0] is >= 'A' and <= 'Z' && code[1] is >= 'A' and <= 'Z' && code[2] is >= 'A' and <= 'Z';

        public override string ToString() => First + "-" + Second;
    }
}
