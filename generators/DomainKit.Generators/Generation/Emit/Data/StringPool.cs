using System.Collections.Generic;
using System.Text;
using DomainKit.Compiled;

namespace DomainKit.Generators.Generation.Emit.Data
{
    /// <summary>
    /// Every distinct string of a corpus, once: UTF-8 bytes one after another with their start offsets, and the
    /// rare string UTF-8 cannot hold (an unpaired surrogate) kept aside as a fallback literal.
    /// </summary>
    internal sealed class StringPool
    {
        private static readonly UTF8Encoding Utf8Encoding = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        private readonly Dictionary<string, int> _references = new(System.StringComparer.Ordinal);
        private readonly List<byte> _utf8 = new();
        private readonly List<int> _starts = new() { 0 };
        private readonly List<string> _fallback = new();

        public IReadOnlyList<byte> Utf8 => _utf8;

        /// <summary>Byte offsets of each string, one more than there are strings.</summary>
        public IReadOnlyList<int> Starts => _starts;

        public IReadOnlyList<string> Fallback => _fallback;

        /// <summary>The reference to <paramref name="value"/>, adding it on first use.</summary>
        public int Add(string? value)
        {
            if (value is null)
            {
                return Refs.NullString;
            }

            if (_references.TryGetValue(value, out var reference))
            {
                return reference;
            }

            if (IsWellFormed(value))
            {
                reference = _starts.Count - 1;
                _utf8.AddRange(Utf8Encoding.GetBytes(value));
                _starts.Add(_utf8.Count);
            }
            else
            {
                reference = -2 - _fallback.Count;
                _fallback.Add(value);
            }

            _references.Add(value, reference);
            return reference;
        }

        private static bool IsWellFormed(string value)
        {
            for (var i = 0; i < value.Length; i++)
            {
                if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                {
                    i++;
                }
                else if (char.IsSurrogate(value[i]))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
