namespace DomainKit.Generators.Generation.Emit.Data
{
    /// <summary>
    /// A short ASCII string packed into one integer, which tells it apart from every other string: its length (at most
    /// <see cref="MaxLength"/>) and seven bits a character. Most strings of a standoff layer are such (annotation ids,
    /// <c>T12</c>; roles; short values), and a table keyed by these integers finds them without reading the strings.
    /// </summary>
    internal static class ShortStringKey
    {
        /// <summary>The longest string that has a key.</summary>
        public const int MaxLength = 8;

        /// <summary>The key of a string that has none (longer than <see cref="MaxLength"/>, or not ASCII).</summary>
        public const long None = -1;

        private const int BitsPerCharacter = 7;

        /// <summary>The key of <paramref name="value"/>, or <see cref="None"/>.</summary>
        public static long Of(string value)
        {
            if (value.Length > MaxLength)
            {
                return None;
            }

            // The length goes above the characters, so "A" and "A\0" differ.
            var key = (long)value.Length << (MaxLength * BitsPerCharacter);
            for (var i = 0; i < value.Length; i++)
            {
                if (value[i] > 0x7F)
                {
                    return None;
                }

                key |= (long)value[i] << (i * BitsPerCharacter);
            }

            return key;
        }
    }
}
