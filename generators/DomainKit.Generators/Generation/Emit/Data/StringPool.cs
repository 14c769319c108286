using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using DomainKit.Compiled;

namespace DomainKit.Generators.Generation.Emit.Data
{
    /// <summary>
    /// Every distinct string of a corpus, once: UTF-8 bytes one after another in segments of at most
    /// <see cref="Refs.MaxSegmentLength"/> bytes (a longer string gets a segment of its own; none spans two), each
    /// string's (segment, start, length), and the rare string UTF-8 cannot hold (an unpaired surrogate) kept aside
    /// as a fallback literal.
    /// </summary>
    internal sealed class StringPool
    {
        // Stryker disable once Boolean : GetBytes writes no preamble whatever the BOM flag, and IsWellFormed keeps ill-formed strings from the encoder, so its throw flag is never consulted
        private static readonly UTF8Encoding Utf8Encoding = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        private readonly Dictionary<string, int> _references;
        private readonly List<List<byte>> _segments;
        private readonly List<int> _rows;
        private readonly List<string> _fallback;
        private readonly List<string>? _added;

        public StringPool()
            : this(new Dictionary<string, int>(System.StringComparer.Ordinal), new List<List<byte>>(), new List<int>(), new List<string>(), added: null)
        {
        }

        private StringPool(Dictionary<string, int> references, List<List<byte>> segments, List<int> rows, List<string> fallback, List<string>? added)
        {
            _references = references;
            _segments = segments;
            _rows = rows;
            _fallback = fallback;
            _added = added;
        }

        /// <summary>The UTF-8 segments.</summary>
        public IReadOnlyList<IReadOnlyList<byte>> Segments => _segments;

        /// <summary>(segment, start, length) of each string, in reference order.</summary>
        public IReadOnlyList<int> Rows => _rows;

        public IReadOnlyList<string> Fallback => _fallback;

        /// <summary>
        /// The strings added since the pool was copied (<see cref="Copy"/>), in the order they were: two pools copied from
        /// one that added the same strings hold the same, with the same references. A pool made new keeps none.
        /// </summary>
        public IReadOnlyList<string> Added => (IReadOnlyList<string>?)_added ?? Array.Empty<string>();

        /// <summary>
        /// A pool that goes on from this one's strings, which stays as it is, and keeps the strings it adds
        /// (<see cref="Added"/>). The dictionary is copied with the hashes it holds (same comparer), so no string is read
        /// again; the segments before the last are shared, as strings are only ever added to the last.
        /// </summary>
        public StringPool Copy()
            => new(
                new Dictionary<string, int>(_references, _references.Comparer),
                _segments.Select((segment, index) => index == _segments.Count - 1 ? new List<byte>(segment) : segment).ToList(),
                new List<int>(_rows),
                new List<string>(_fallback),
                new List<string>());

        /// <summary>The reference to <paramref name="value"/> if the pool has it; only reads.</summary>
        public bool TryFind(string value, out int reference) => _references.TryGetValue(value, out reference);

        /// <summary>The reference to <paramref name="value"/>, adding it on first use.</summary>
        public int Add(string? value)
        {
            if (value is null)
            {
                return Refs.None;
            }

            if (_references.TryGetValue(value, out var reference))
            {
                return reference;
            }

            if (IsWellFormed(value))
            {
                var bytes = Utf8Encoding.GetBytes(value);
                if (_segments.Count == 0 || (_segments[_segments.Count - 1].Count > 0 && _segments[_segments.Count - 1].Count + bytes.Length > Refs.MaxSegmentLength))
                {
                    _segments.Add(new List<byte>());
                }

                var segment = _segments[_segments.Count - 1];
                reference = _rows.Count / StringFields.Width;
                _rows.Add(_segments.Count - 1);
                _rows.Add(segment.Count);
                _rows.Add(bytes.Length);
                segment.AddRange(bytes);
            }
            else
            {
                reference = -2 - _fallback.Count;
                _fallback.Add(value);
            }

            _references.Add(value, reference);
            _added?.Add(value);
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
