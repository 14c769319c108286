using System.Globalization;

namespace DomainKit.Generators.Corpus.Values
{
    /// <summary>
    /// A quantity from <c>qty:NUMBER</c> plus the optional <c>Bound</c> and <c>Unit</c> attributes of its span.
    /// <see cref="Number"/> is the canonical invariant-culture text of the value, so it emits exactly.
    /// </summary>
    internal sealed record QuantityValue(string Number, string Bound, string? Unit)
    {
        public static bool TryParseNumber(string text, out string canonical)
        {
            // Stryker disable once String : callers never read the canonical text of a number that did not parse
            canonical = string.Empty;
            if (text.Length == 0 || text.Length > 28 || text[0] == '.' || text[text.Length - 1] == '.'
                || !decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            {
                return false;
            }

            canonical = value.ToString(CultureInfo.InvariantCulture);
            return true;
        }
    }
}
