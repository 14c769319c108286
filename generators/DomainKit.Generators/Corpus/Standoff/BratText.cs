using System.Collections.Generic;

namespace DomainKit.Generators.Corpus.Standoff
{
    /// <summary>
    /// The string rules brat's Python reader applies to an <c>.ann</c> line, so that DomainKit splits and
    /// validates exactly where brat does: what counts as whitespace (<c>str.isspace</c>), <c>str.split()</c>
    /// and the annotation id grammar of <c>annotation.py</c>.
    /// </summary>
    internal static class BratText
    {
        /// <summary>Python's <c>str.isspace</c> for one UTF-16 unit: .NET's white space plus the separators U+001C..U+001F.</summary>
        public static bool IsSpace(char c) => char.IsWhiteSpace(c) || c is >= '\u001C' and <= '\u001F';

        /// <summary>Python's <c>str.split()</c>: the runs of non-whitespace, with the column each starts at.</summary>
        public static List<(string Token, int Column)> SplitWhitespace(string text)
        {
            var tokens = new List<(string, int)>();
            var i = 0;
            while (i < text.Length)
            {
                while (i < text.Length && IsSpace(text[i]))
                {
                    i++;
                }

                var start = i;
                while (i < text.Length && !IsSpace(text[i]))
                {
                    i++;
                }

                if (i > start)
                {
                    tokens.Add((text.Substring(start, i - start), start));
                }
            }

            return tokens;
        }

        /// <summary>
        /// brat's annotation id: ASCII letters (or <c>#</c> and optional letters), then digits, then any suffix
        /// (<c>T1</c>, <c>AN1</c>, <c>#3</c>, <c>T1a</c>).
        /// </summary>
        public static bool IsId(string value)
        {
            var i = 0;
            if (value.Length > 0 && value[0] == '#')
            {
                i = 1;
            }

            var letters = i;
            while (i < value.Length && IsAsciiLetter(value[i]))
            {
                i++;
            }

            if (i == letters && value.Length > 0 && value[0] != '#')
            {
                return false;
            }

            var digits = i;
            while (i < value.Length && value[i] is >= '0' and <= '9')
            {
                i++;
            }

            return i > digits;
        }

        /// <summary>The UTF-16 index in <paramref name="text"/> after its first <paramref name="codePoints"/> code points (clamped to the end).</summary>
        public static int Utf16IndexOf(string text, int codePoints)
        {
            var i = 0;
            for (var n = 0; n < codePoints && i < text.Length; n++)
            {
                i += char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            }

            return i;
        }

        /// <summary>The length of <paramref name="text"/> in code points.</summary>
        public static int CodePointLength(string text) => CodePointsBefore(text, text.Length);

        /// <summary>How many code points the first <paramref name="utf16Length"/> UTF-16 units of <paramref name="text"/> hold.</summary>
        public static int CodePointsBefore(string text, int utf16Length)
        {
            var count = 0;
            for (var i = 0; i < utf16Length; i++, count++)
            {
                if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                }
            }

            return count;
        }

        private static bool IsAsciiLetter(char c) => c is >= 'A' and <= 'Z' or >= 'a' and <= 'z';
    }
}
