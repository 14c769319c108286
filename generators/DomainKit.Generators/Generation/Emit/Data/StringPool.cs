using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using DomainKit.Compiled;
using DomainKit.Generators.Common;

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

        /// <summary>
        /// The references of the pool this one was copied from (<see cref="Copy"/>): never written to, shared by every copy
        /// of a pool made new (a copy of a copy gets a dictionary of its own, and shares no references).
        /// </summary>
        private readonly Dictionary<string, int>? _base;

        /// <summary>
        /// The references of the strings this pool added (after <see cref="_base"/>'s). While shared with a finished pool's
        /// (<see cref="ShareReferences"/>) it is never written to, and it holds that pool's strings: those this pool has
        /// not added yet are not this pool's (<see cref="Holds"/>).
        /// </summary>
        private Dictionary<string, int> _references;

        private bool _referencesShared;
        private bool _frozen;
        private readonly List<List<byte>> _segments;

        /// <summary>
        /// Each segment's bytes as emitted, made when the pool is frozen (<see cref="SegmentBytes"/>) and taken along with
        /// a segment a copy shares; null until then.
        /// </summary>
        private readonly List<EquatableArray<byte>?> _segmentBytes;

        /// <summary>
        /// Whether each segment holds only bytes that <see cref="_stepSource"/>'s segment of the same index holds at the
        /// same places: copied from the pool both were copied from, or replayed from that one (<see cref="Replay"/>).
        /// </summary>
        private readonly List<bool> _segmentsInStep;

        /// <summary>The finished pool this one replays strings from (<see cref="ShareReferences"/>), until frozen.</summary>
        private StringPool? _stepSource;

        /// <summary>Each string's row: frozen with the table (<see cref="Freeze"/>), then shared by copies and by the table's section.</summary>
        private readonly IntSection _rows;
        private readonly List<string> _fallback;
        private readonly List<string>? _added;

        /// <summary>The reference of each of <see cref="_added"/>, which a pool in step with this one replays (<see cref="Replay"/>).</summary>
        private readonly List<int>? _addedReferences;

        public StringPool()
            : this(null, NewReferences(), new List<List<byte>>(), new List<EquatableArray<byte>?>(), new IntSection(), new List<string>(), added: null)
        {
        }

        private StringPool(Dictionary<string, int>? @base, Dictionary<string, int> references, List<List<byte>> segments, List<EquatableArray<byte>?> segmentBytes, IntSection rows, List<string> fallback, List<string>? added)
        {
            _base = @base;
            _references = references;
            _segments = segments;
            _segmentBytes = segmentBytes;
            _segmentsInStep = segments.Select(_ => true).ToList();
            _rows = rows;
            _fallback = fallback;
            _added = added;
            _addedReferences = added is null ? null : new List<int>();
        }

        /// <summary>
        /// The UTF-8 segments as emitted, once the pool is frozen. A segment holding the same bytes as the pool this one
        /// replayed strings from is that pool's array, and one shared with the pool this one was copied from is its.
        /// </summary>
        public IReadOnlyList<EquatableArray<byte>> SegmentBytes
            => _frozen ? _segmentBytes.Select(bytes => bytes!.Value).ToList() : throw new InvalidOperationException("A pool's segment bytes are made when it is frozen.");

        /// <summary>The UTF-8 segments.</summary>
        public IReadOnlyList<IReadOnlyList<byte>> Segments => _segments;

        /// <summary>(segment, start, length) of each string, in reference order.</summary>
        public IntSection Rows => _rows;

        public IReadOnlyList<string> Fallback => _fallback;

        /// <summary>
        /// The strings added since the pool was copied (<see cref="Copy"/>), in the order they were: two pools copied from
        /// one that added the same strings hold the same, with the same references. A pool made new keeps none.
        /// </summary>
        public IReadOnlyList<string> Added => (IReadOnlyList<string>?)_added ?? Array.Empty<string>();

        /// <summary>
        /// A pool that goes on from this one's strings, which is frozen (<see cref="Freeze"/>) and stays as it is, and keeps
        /// the strings it adds (<see cref="Added"/>). A pool made new shares its references with the copy, which finds a
        /// string in them first (a copy's are joined into a new dictionary); the segments before the last are shared too,
        /// as strings are only ever added to the last, and so are the rows' whole chunks.
        /// </summary>
        public StringPool Copy()
            => !_frozen ? throw new InvalidOperationException("Only a frozen pool is copied: a copy shares its rows and segments.") : new(
                _base is null ? _references : Merged(),
                NewReferences(),
                _segments.Select((segment, index) => index == _segments.Count - 1 ? new List<byte>(segment) : segment).ToList(),
                _segmentBytes.Select((bytes, index) => index == _segments.Count - 1 ? null : bytes).ToList(),
                _rows.Copy(),
                new List<string>(_fallback),
                new List<string>());

        /// <summary>Makes the pool read only, as the table is once finished (<see cref="TableBuilder.Freeze"/>): it finds strings, adds none.</summary>
        public void Freeze()
        {
            if (_frozen)
            {
                return;
            }

            _rows.Freeze();
            for (var segment = 0; segment < _segments.Count; segment++)
            {
                _segmentBytes[segment] ??= _segmentsInStep[segment] && _stepSource is { } source && segment < source._segments.Count && source._segments[segment].Count == _segments[segment].Count
                    ? source._segmentBytes[segment]
                    : new EquatableArray<byte>(_segments[segment].ToArray());
            }

            // Not kept: each pool would keep the one before it.
            _stepSource = null;
            _frozen = true;
        }

        /// <summary>
        /// Looks strings up in the references of <paramref name="last"/>, a finished pool copied from the same pool as this
        /// one, instead of references of its own, while this pool adds the strings that one added, in its order (each gets
        /// the reference it had there); it makes references of its own at the first string it adds otherwise. A pool that
        /// has added strings already keeps its own.
        /// </summary>
        public void ShareReferences(StringPool last)
        {
            if (_added is { Count: 0 } && _base is not null && ReferenceEquals(_base, last._base))
            {
                (_references, _referencesShared, _stepSource) = (last._references, true, last);

                // Mostly the same strings again: grown once, not by doubling.
                _added.Capacity = last._added!.Count;
                _addedReferences!.Capacity = last._added.Count;
            }
        }

        /// <summary>The reference to <paramref name="value"/> if the pool has it; only reads.</summary>
        public bool TryFind(string value, out int reference)
            => (_base is not null && _base.TryGetValue(value, out reference)) || (_references.TryGetValue(value, out reference) && Holds(reference));

        /// <summary>The reference to <paramref name="value"/>, adding it on first use.</summary>
        public int Add(string? value)
        {
            if (value is null)
            {
                return Refs.None;
            }

            if (_base is not null && _base.TryGetValue(value, out var reference))
            {
                return reference;
            }

            var known = _references.TryGetValue(value, out reference);
            if (known && Holds(reference))
            {
                return reference;
            }

            // Before its references are made its own: a finished pool's are another pool's to read.
            ThrowIfFrozen();
            var wellFormed = IsWellFormed(value);
            if (_referencesShared && !(known && reference == Next(wellFormed)))
            {
                OwnReferences();
            }

            reference = Append(value, wellFormed);
            if (!_referencesShared)
            {
                _references.Add(value, reference);
            }

            return reference;
        }

        /// <summary>
        /// Adds the strings <paramref name="last"/>, the pool whose references this one shares, added from
        /// <paramref name="from"/> to <paramref name="to"/>; the caller knows the pools are in step up to there. Each gets
        /// the reference it has there, its row (whole chunks shared) and bytes copied: none is looked up or encoded again. A pool with references
        /// of its own adds them one by one.
        /// </summary>
        public void Replay(StringPool last, int from, int to)
        {
            if (!_referencesShared || !ReferenceEquals(_references, last._references))
            {
                for (var i = from; i < to; i++)
                {
                    Add(last._added![i]);
                }

                return;
            }

            // The bytes of consecutive strings are copied at once: (segment, start, end) of those not copied yet.
            var (segment, start, end) = (-1, 0, 0);
            for (var i = from; i < to; i++)
            {
                var reference = last._addedReferences![i];
                if (reference >= 0)
                {
                    var row = reference * StringFields.Width;
                    if (reference != _rows.Count / StringFields.Width)
                    {
                        throw NotInStep(i);
                    }

                    if (last._rows[row] != segment || last._rows[row + 1] != end)
                    {
                        CopyBytes(last, segment, start, end);
                        (segment, start, end) = (last._rows[row], last._rows[row + 1], last._rows[row + 1]);
                        if (segment == _segments.Count)
                        {
                            AddSegment(inStep: true);
                        }

                        if (segment != _segments.Count - 1 || start != _segments[segment].Count)
                        {
                            throw NotInStep(i);
                        }
                    }

                    end += last._rows[row + 2];
                    _rows.AppendRun(last._rows, row, StringFields.Width);
                }
                else if (reference == -2 - _fallback.Count)
                {
                    _fallback.Add(last._added![i]);
                }
                else
                {
                    throw NotInStep(i);
                }

                _added!.Add(last._added![i]);
                _addedReferences!.Add(reference);
            }

            CopyBytes(last, segment, start, end);
        }

        /// <summary>Appends bytes <paramref name="start"/> to <paramref name="end"/> of <paramref name="last"/>'s segment to this pool's.</summary>
        private void CopyBytes(StringPool last, int segment, int start, int end)
        {
            if (end > start)
            {
                _segments[segment].AddRange(last._segments[segment].GetRange(start, end - start));
            }
        }

        private static InvalidOperationException NotInStep(int index)
            => new($"Added string {index} is replayed where the pools are not in step: a bug of the table writer.");

        /// <summary>The reference the next string gets.</summary>
        private int Next(bool wellFormed) => wellFormed ? _rows.Count / StringFields.Width : -2 - _fallback.Count;

        /// <summary>Whether a reference found in <see cref="_references"/> is one of this pool's strings (not only a shared pool's).</summary>
        private bool Holds(int reference) => reference >= 0 ? reference < _rows.Count / StringFields.Width : -2 - reference < _fallback.Count;

        /// <summary>Stops sharing references: a copy of the shared ones, without the strings this pool has not added.</summary>
        private void OwnReferences()
        {
            // A copy keeps the hashes (same comparer), so no string is read again; only those taken out are.
            var owned = new Dictionary<string, int>(_references, _references.Comparer);
            foreach (var entry in _references)
            {
                if (!Holds(entry.Value))
                {
                    owned.Remove(entry.Key);
                }
            }

            (_references, _referencesShared) = (owned, false);
        }

        /// <summary>Adds a string not in the pool, its bytes in the last segment or kept aside; returns its reference.</summary>
        private int Append(string value, bool wellFormed)
        {
            ThrowIfFrozen();
            int reference;
            if (wellFormed)
            {
                var bytes = Utf8Encoding.GetBytes(value);
                if (_segments.Count == 0 || (_segments[_segments.Count - 1].Count > 0 && _segments[_segments.Count - 1].Count + bytes.Length > Refs.MaxSegmentLength))
                {
                    AddSegment(inStep: false);
                }

                _segmentsInStep[_segments.Count - 1] = false;

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

            _added?.Add(value);
            _addedReferences?.Add(reference);
            return reference;
        }

        private void ThrowIfFrozen()
        {
            if (_frozen)
            {
                throw new InvalidOperationException("A frozen pool is read only: strings are added to a copy of it.");
            }
        }

        private void AddSegment(bool inStep)
        {
            _segments.Add(new List<byte>());
            _segmentBytes.Add(null);
            _segmentsInStep.Add(inStep);
        }

        /// <summary>The base's references and this pool's own, for a copy of a copy.</summary>
        private Dictionary<string, int> Merged()
        {
            var merged = new Dictionary<string, int>(_base!, _base!.Comparer);
            foreach (var entry in _references)
            {
                if (Holds(entry.Value))
                {
                    merged[entry.Key] = entry.Value;
                }
            }

            return merged;
        }

        private static Dictionary<string, int> NewReferences() => new(StringComparer.Ordinal);

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
