using System.Text;
using DomainKit.Generators.Common;
using DomainKit.Generators.Corpus.Standoff;

using DomainKit.Generators.Diagnostics;

namespace DomainKit.Generators.Corpus.Linking
{
    /// <summary>
    /// A document text addressed in Unicode code points, as brat's offsets are, while C# strings count
    /// UTF-16 units. Texts without surrogate pairs (most) need no table: both counts agree.
    /// </summary>
    internal sealed class CodePointText
    {
        private readonly string _text;
        private readonly int[]? _utf16Index;

        public CodePointText(string text)
        {
            _text = text;
            var length = 0;
            // Stryker disable once Boolean : an index built for a text without surrogates maps every code point to itself, as no index does
            var hasSurrogates = false;
            for (var i = 0; i < text.Length; i++, length++)
            {
                if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    hasSurrogates = true;
                    i++;
                }
            }

            Length = length;
            if (hasSurrogates)
            {
                _utf16Index = new int[length + 1];
                var codePoint = 0;
                for (var i = 0; i < text.Length; i++, codePoint++)
                {
                    _utf16Index[codePoint] = i;
                    if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        i++;
                    }
                }

                _utf16Index[length] = text.Length;
            }
        }

        /// <summary>The text itself.</summary>
        public string Text => _text;

        /// <summary>Length in code points.</summary>
        public int Length { get; }

        /// <summary>The text of code points <paramref name="start"/> (inclusive) to <paramref name="end"/> (exclusive).</summary>
        public string Slice(int start, int end)
        {
            var from = ToUtf16(start);
            return _text.Substring(from, ToUtf16(end) - from);
        }

        /// <summary>
        /// Fragments are valid as brat's reader checks them: each within the text and not reversed, in any order,
        /// and none overlapping (or touching the start of) a fragment before it.
        /// </summary>
        public bool AreValid(EquatableArray<Fragment> fragments)
        {
            for (var i = 0; i < fragments.Count; i++)
            {
                var fragment = fragments[i];
                if (fragment.Start < 0 || fragment.End < fragment.Start || fragment.End > Length)
                {
                    return false;
                }

                for (var j = 0; j < i; j++)
                {
                    if (fragment.End >= fragments[j].Start && fragment.Start < fragments[j].End)
                    {
                        return false;
                    }
                }
            }

            return fragments.Count > 0;
        }

        /// <summary>The text of a span as brat shows it: fragments joined by one space.</summary>
        public string Join(EquatableArray<Fragment> fragments)
        {
            // Stryker disable once Block : the general path joins one fragment to the same text; this one only skips the builder
            if (fragments.Count == 1)
            {
                return Slice(fragments[0].Start, fragments[0].End);
            }

            var builder = new StringBuilder();
            foreach (var fragment in fragments)
            {
                if (builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(Slice(fragment.Start, fragment.End));
            }

            return builder.ToString();
        }

        /// <summary>Where code points <paramref name="start"/> to <paramref name="end"/> are in the file <paramref name="path"/>, as an editor shows it.</summary>
        public SourceSpan Locate(string path, int start, int end)
        {
            var from = ToUtf16(start);
            var line = 0;
            var lineStart = 0;
            for (var i = 0; i < from; i++)
            {
                if (_text[i] == '\n')
                {
                    line++;
                    lineStart = i + 1;
                }
            }

            var to = ToUtf16(end);
            var extraLines = 0;
            var lastLineStart = lineStart;
            for (var i = from; i < to; i++)
            {
                if (_text[i] == '\n')
                {
                    extraLines++;
                    lastLineStart = i + 1;
                }
            }

            return new SourceSpan(path, line, from - lineStart, from, to - from) { ExtraLines = extraLines, LastLineEndColumn = extraLines == 0 ? 0 : to - lastLineStart };
        }

        /// <summary>The UTF-16 index of code point <paramref name="codePoint"/>.</summary>
        public int ToUtf16(int codePoint) => _utf16Index is null ? codePoint : _utf16Index[codePoint];
    }
}
