using System.Collections.Generic;
using DomainKit.Generators.Common;

namespace DomainKit.Generators.Corpus.Standoff
{
    /// <summary>
    /// Splits an <c>.ann</c> file into lines where brat's reader does (Python's <c>str.splitlines</c>): at LF, CR,
    /// CRLF and also VT, FF, U+001C..U+001E, U+0085, U+2028 and U+2029, so line numbers agree with brat's.
    /// A UTF-8 byte order mark at the start is dropped, as every .NET reader and Roslyn drop it.
    /// </summary>
    internal static class StandoffLines
    {
        public static IEnumerable<SourceLine> Split(string path, string content)
        {
            var start = content.Length > 0 && content[0] == '\uFEFF' ? 1 : 0;
            var number = 0;
            var i = start;
            while (i < content.Length)
            {
                var c = content[i];
                if (!IsLineBreak(c))
                {
                    i++;
                    continue;
                }

                yield return new SourceLine(path, number++, start, content.Substring(start, i - start));
                i += c == '\r' && i + 1 < content.Length && content[i + 1] == '\n' ? 2 : 1;
                start = i;
            }

            if (start < content.Length)
            {
                yield return new SourceLine(path, number, start, content.Substring(start));
            }
        }

        private static bool IsLineBreak(char c)
            => c is '\n' or '\r' or '\u000B' or '\u000C' or '\u001C' or '\u001D' or '\u001E' or '\u0085' or '\u2028' or '\u2029';
    }
}
