using System.Collections.Generic;

namespace DomainKit.Generators.Generation.Emit.Data
{
    /// <summary>
    /// The order of the strings' UTF-8 bytes (what the runtime compares), without encoding them: UTF-8 keeps code
    /// point order, and an unpaired surrogate is encoded as U+FFFD.
    /// </summary>
    internal sealed class Utf8Order : IComparer<string>
    {
        public static readonly Utf8Order Instance = new();

        public int Compare(string? x, string? y)
        {
            var a = x ?? string.Empty;
            var b = y ?? string.Empty;
            int i = 0, j = 0;
            while (i < a.Length && j < b.Length)
            {
                var difference = CodePoint(a, ref i).CompareTo(CodePoint(b, ref j));
                if (difference != 0)
                {
                    return difference;
                }
            }

            return (i < a.Length).CompareTo(j < b.Length);
        }

        private static int CodePoint(string text, ref int index)
        {
            var c = text[index++];
            if (char.IsHighSurrogate(c) && index < text.Length && char.IsLowSurrogate(text[index]))
            {
                return char.ConvertToUtf32(c, text[index++]);
            }

            return char.IsSurrogate(c) ? '\uFFFD' : c;
        }
    }
}
