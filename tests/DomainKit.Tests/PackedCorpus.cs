using System.Text;
using DomainKit.Compiled;

namespace DomainKit.Tests;

/// <summary>
/// Compiled data written by hand in the layout's contract (<see cref="IntTableCodec"/>, <c>CorpusLayout</c>), so the
/// runtime's readers are tested on widths, biases, chunks and keys that the bundled corpus never has. Each section's
/// width is the fewest six-bit characters that hold its values minus its bias (its smallest value) unless a test asks
/// for a wider one; a section of more than one chunk starts a segment of its own and puts each chunk in the next.
/// </summary>
internal sealed class PackedCorpus : CorpusData
{
    private readonly byte[][] _packed;
    private readonly byte[][] _utf8;
    private readonly string[] _fallback;

    private PackedCorpus(byte[][] packed, byte[][] utf8, string[] fallback)
        => (_packed, _utf8, _fallback) = (packed, utf8, fallback);

    public override int PackedIntSegments => _packed.Length;

    public override ReadOnlySpan<string> FallbackStrings => _fallback;

    public override ReadOnlySpan<byte> Utf8(int segment) => _utf8[segment];

    public override ReadOnlySpan<byte> PackedInts(int segment) => _packed[segment];

    /// <summary>Collects sections and strings, then lays them out.</summary>
    internal sealed class Builder
    {
        private readonly Dictionary<Section, List<int>> _sections = [];
        private readonly Dictionary<Section, (int Width, int Bias)> _encodings = [];
        private readonly List<List<byte>> _utf8 = [[]];
        private readonly List<string> _fallback = [];

        /// <summary>The integers of <paramref name="section"/>, to append to.</summary>
        public List<int> this[Section section] => _sections.TryGetValue(section, out var values) ? values : _sections[section] = [];

        /// <summary>Writes <paramref name="section"/> <paramref name="width"/> characters wide with <paramref name="bias"/>, whatever its values need.</summary>
        public Builder Encode(Section section, int width, int bias)
        {
            _encodings[section] = (width, bias);
            return this;
        }

        /// <summary>
        /// A string reference: <see cref="Refs.None"/> for null, <c>-2 - i</c> for a string UTF-8 cannot hold, else a
        /// row of the strings section. <paramref name="segment"/> puts the bytes in a later UTF-8 segment.
        /// </summary>
        public int String(string? text, int segment = 0)
        {
            if (text is null)
            {
                return Refs.None;
            }

            if (Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text)) != text)
            {
                _fallback.Add(text);
                return -2 - (_fallback.Count - 1);
            }

            var (start, length) = Utf8(text, segment);
            var strings = this[Section.Strings];
            strings.AddRange([segment, start, length]);
            return (strings.Count / StringFields.Width) - 1;
        }

        /// <summary>Appends <paramref name="text"/>'s UTF-8 bytes to <paramref name="segment"/>: where they start and how many.</summary>
        public (int Start, int Length) Utf8(string text, int segment = 0)
        {
            while (_utf8.Count <= segment)
            {
                _utf8.Add([]);
            }

            var bytes = Encoding.UTF8.GetBytes(text);
            var start = _utf8[segment].Count;
            _utf8[segment].AddRange(bytes);
            return (start, bytes.Length);
        }

        /// <summary>A count-prefixed list in the lists section: its position there.</summary>
        public int List(params int[] items)
        {
            var lists = this[Section.Lists];
            var position = lists.Count;
            lists.Add(items.Length);
            lists.AddRange(items);
            return position;
        }

        /// <summary>
        /// Writes a key index (<see cref="HashIndexFields"/>) of <paramref name="keys"/> into <paramref name="section"/>:
        /// about four hashes a bucket, twice as many slots as keys, each bucket's displacement the first try that puts
        /// its homes in free slots, keys of one bucket and home chained from the first one's slot through free slots. Keys too
        /// long for a slot keep their start there and the rest after the slots, in key order.
        /// </summary>
        public Builder KeyIndex(Section section, KeyHash hash, params (string Key, int Record)[] keys)
            => KeyIndex(section, hash, null, keys);

        /// <summary>
        /// The same, with slots of 2^<paramref name="slotBits"/> integers, and the long keys' characters starting
        /// <paramref name="firstLongKeyBeforeChunkEnd"/> integers before a chunk's end (unused integers between them and
        /// the slots), so that they run across chunks; with <paramref name="marksLetters"/>, its slots store and mark the
        /// letters of <see cref="CasePairs"/> (<see cref="HashIndexFields.MarksLetters"/>).
        /// </summary>
        public Builder KeyIndex(Section section, KeyHash hash, int? firstLongKeyBeforeChunkEnd, (string Key, int Record)[] keys, int slotBits = HashIndexFields.NarrowSlotBits, bool marksLetters = false)
        {
            var width = 1 << slotBits;
            int inline = HashIndexFields.InlineCharacters(slotBits), prefix = HashIndexFields.PrefixCharacters(slotBits);
            var hashes = keys.Select(k => hash.Hash(k.Key)).ToArray();
            var distinct = hashes.Distinct().ToArray();
            var bucketCount = Math.Max(1, distinct.Length / 4);
            var slotCount = (2 * keys.Length) + 1;
            var homes = hashes.Select(h => (Bucket: HashIndexFields.Bucket(h, bucketCount), Home: HashIndexFields.Home(h, slotCount))).ToArray();
            var slotOf = new Dictionary<(int Bucket, int Home), int>();
            var taken = new bool[slotCount];
            var displacements = new int[bucketCount];
            foreach (var bucket in homes.Distinct().GroupBy(h => h.Bucket))
            {
                for (var trial = 0; ; trial++)
                {
                    if (trial == slotCount)
                    {
                        throw new InvalidOperationException($"No displacement places the homes of bucket {bucket.Key} in free slots: choose other keys.");
                    }

                    var slots = bucket.Select(h => HashIndexFields.Slot(h.Home, trial, slotCount)).ToArray();
                    if (!slots.Any(s => taken[s]))
                    {
                        displacements[bucket.Key] = trial;
                        foreach (var (h, s) in bucket.Zip(slots))
                        {
                            (slotOf[h], taken[s]) = (s, true);
                        }

                        break;
                    }
                }
            }

            var slotsStart = (HashIndexFields.HeaderWidth + bucketCount + width - 1) / width * width;
            var ints = new int[slotsStart + (slotCount * width)];
            (ints[HashIndexFields.SlotCount], ints[HashIndexFields.BucketCount], ints[HashIndexFields.SlotsStart]) = (slotCount, bucketCount, slotsStart);
            ints[HashIndexFields.SlotBits] = slotBits;
            ints[HashIndexFields.MarksLetters] = marksLetters ? 1 : 0;
            (ints[HashIndexFields.Fold], ints[HashIndexFields.Slice]) = ((int)hash.Fold, (int)hash.Slice);
            (ints[HashIndexFields.SliceStart], ints[HashIndexFields.SliceLength]) = (hash.Start, hash.Length);
            (ints[HashIndexFields.MinLength], ints[HashIndexFields.MaxLength]) = (keys.Min(k => k.Key.Length), keys.Max(k => k.Key.Length));
            for (var bucket = 0; bucket < bucketCount; bucket++)
            {
                ints[HashIndexFields.HeaderWidth + bucket] = displacements[bucket];
            }

            for (var slot = 0; slot < slotCount; slot++)
            {
                ints[slotsStart + (slot * width) + HashIndexFields.SlotRecord] = Refs.None;
            }

            var last = new Dictionary<(int Bucket, int Home), int>();
            var padding = firstLongKeyBeforeChunkEnd is { } before ? (IntTableCodec.ChunkLength - before - (ints.Length % IntTableCodec.ChunkLength) + (2 * IntTableCodec.ChunkLength)) % IntTableCodec.ChunkLength : 0;
            var tails = new List<int>(new int[padding]);
            for (var i = 0; i < keys.Length; i++)
            {
                var slot = slotOf[homes[i]];
                if (last.TryGetValue(homes[i], out var previous))
                {
                    slot = Array.IndexOf(taken, false);
                    taken[slot] = true;
                    ints[slotsStart + (previous * width) + HashIndexFields.SlotNext] = slot;
                }

                last[homes[i]] = slot;
                // A case-ignoring index stores ASCII small letters as capitals (but in a marked slot's part, CasePairs.Marked).
                var folded = hash.Fold == KeyFold.Ordinal ? keys[i].Key : AsciiLetters.ToUpper(keys[i].Key);
                WriteSlot(ints.AsSpan(slotsStart + (slot * width), width), hashes[i], (folded, keys[i].Record), keys[i].Key, inline, prefix, marksLetters);
                if (keys[i].Key.Length > inline)
                {
                    ints[slotsStart + (slot * width) + HashIndexFields.SlotTail] = ints.Length + tails.Count;
                    tails.AddRange(KeyCharacters(folded[HashIndexFields.PrefixLength(keys[i].Key[prefix - 1], prefix)..]));
                }
            }

            this[section].AddRange(ints);
            this[section].AddRange(tails);
            return this;
        }

        /// <summary>Two UTF-16 code units an integer, the first in the low half.</summary>
        private static IEnumerable<int> KeyCharacters(string key)
            => key.Chunk(2).Select(pair => pair[0] | (pair.Length > 1 ? pair[1] << 16 : 0));

        private static void WriteSlot(Span<int> slot, uint hash, (string Key, int Record) entry, string original, int inline, int prefix, bool marksLetters)
        {
            var letters = 0u;
            var slotPart = entry.Key.Length <= inline ? entry.Key.Length : HashIndexFields.PrefixLength(entry.Key[prefix - 1], prefix);
            var key = marksLetters ? CasePairs.Marked(original, Math.Min(slotPart, HashIndexFields.MarkedCharacters), out letters) : entry.Key;
            slot[HashIndexFields.SlotTag] = HashIndexFields.Tag(hash, marksLetters, letters);
            slot[HashIndexFields.SlotRecord] = entry.Record;
            slot[HashIndexFields.SlotLength] = key.Length;
            slot[HashIndexFields.SlotNext] = Refs.None;
            if (key.Length <= inline)
            {
                KeyCharacters(key).ToArray().CopyTo(slot[HashIndexFields.SlotKey..]);
            }
            else
            {
                KeyCharacters(key[..prefix]).ToArray().CopyTo(slot[HashIndexFields.SlotPrefix..]);
            }
        }

        public PackedCorpus Build()
        {
            const int sectionCount = (int)Section.Count;
            var segments = new List<List<byte>> { new() };
            var directory = new List<uint> { sectionCount };
            segments[0].AddRange(new byte[IntTableCodec.DirectoryWidth * (1 + (sectionCount * DirectoryFields.Length))]);
            for (var section = (Section)0; section < Section.Count; section++)
            {
                var values = this[section];
                var (width, bias) = _encodings.TryGetValue(section, out var chosen) ? chosen : Narrowest(values);
                if (values.Count > IntTableCodec.ChunkLength)
                {
                    segments.Add([]);
                }

                directory.AddRange([(uint)(segments.Count - 1), (uint)segments[^1].Count, (uint)width, (uint)bias, (uint)values.Count]);
                for (var i = 0; i < values.Count; i++)
                {
                    if (i > 0 && i % IntTableCodec.ChunkLength == 0)
                    {
                        segments.Add([]);
                    }

                    segments[^1].AddRange(Characters((uint)(values[i] - bias), width));
                }
            }

            var header = directory.SelectMany(value => Characters(value, IntTableCodec.DirectoryWidth)).ToArray();
            segments[0].RemoveRange(0, header.Length);
            segments[0].InsertRange(0, header);
            return new PackedCorpus([.. segments.Select(s => s.ToArray())], [.. _utf8.Select(s => s.ToArray())], [.. _fallback]);
        }

        /// <summary>Bias the smallest value; width the fewest characters whose bits hold the largest minus it.</summary>
        private static (int Width, int Bias) Narrowest(List<int> values)
        {
            if (values.Count == 0)
            {
                return (1, 0);
            }

            var bias = values.Min();
            var bits = 64 - ulong.LeadingZeroCount((ulong)((long)values.Max() - bias));
            return (Math.Max(1, (int)((bits + 5) / 6)), bias);
        }

        /// <summary>Six bits a character from the lowest, each as '?' plus the bits.</summary>
        private static IEnumerable<byte> Characters(uint value, int width)
            => Enumerable.Range(0, width).Select(i => (byte)('?' + ((value >> (6 * i)) & 63)));
    }
}
