using System.Collections.Generic;
using DomainKit.Generators.Diagnostics;

namespace DomainKit.Generators.Common
{
    /// <summary>One line of a corpus file without its line break, and where it starts.</summary>
    internal readonly struct SourceLine
    {
        public SourceLine(string path, int number, int start, string text)
        {
            Path = path;
            Number = number;
            Start = start;
            Text = text;
        }

        public string Path { get; }

        /// <summary>Zero-based line number.</summary>
        public int Number { get; }

        /// <summary>UTF-16 offset of the line in the file.</summary>
        public int Start { get; }

        public string Text { get; }

        public SourceSpan Whole => new(Path, Number, 0, Start, Text.Length);

        /// <summary>The location of <paramref name="length"/> characters at <paramref name="column"/> on this line.</summary>
        public SourceSpan At(int column, int length) => new(Path, Number, column, Start + column, length);

        /// <summary>
        /// Splits a file into lines on LF, dropping a CR before it and a UTF-8 byte order mark at the start,
        /// so CRLF catalogs and BOM-prefixed exports read the same as plain ones.
        /// </summary>
        public static IEnumerable<SourceLine> Split(string path, string content)
        {
            var start = content.Length > 0 && content[0] == '\uFEFF' ? 1 : 0;
            var number = 0;
            while (start <= content.Length)
            {
                var end = content.IndexOf('\n', start);
                var next = end < 0 ? content.Length + 1 : end + 1;
                if (end < 0)
                {
                    end = content.Length;
                }

                var textEnd = end > start && content[end - 1] == '\r' ? end - 1 : end;
                if (end < content.Length || textEnd > start)
                {
                    yield return new SourceLine(path, number, start, content.Substring(start, textEnd - start));
                }

                number++;
                start = next;
            }
        }
    }
}
