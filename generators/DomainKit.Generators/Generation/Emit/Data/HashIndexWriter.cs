using System.Collections.Generic;
using System.Linq;
using DomainKit.Compiled;

namespace DomainKit.Generators.Generation.Emit.Data
{
    /// <summary>
    /// Writes a key index section (<see cref="HashIndexFields"/>) with the runtime's own hash function over the
    /// slice <see cref="KeyAnalyzer"/> chose: a displacement per bucket of hashes, chosen so that every distinct hash
    /// gets a slot of its own, each key's first characters inside its slot. Buckets are placed largest first, then in
    /// bucket order, and displacements tried from 0 up, so the same keys always give the same section.
    /// </summary>
    internal static class HashIndexWriter
    {
        /// <summary>Hashes per bucket, on average: more makes the displacements fewer and harder to find.</summary>
        private const int BucketSize = 4;

        /// <summary>Slots per hundred keys: a little room makes every bucket's displacement quick to find.</summary>
        private const int SlotsPerHundredKeys = 115;

        /// <summary>
        /// Slots are widened until at most one key in this many is longer than the characters a slot holds. A longer
        /// key's hit also reads its UTF-8 bytes in the string segment; a wider slot reads no more for a short key but
        /// costs every key its bytes in the image, so it is taken only when at least one key in eight gains (at most
        /// about 900 bytes of image per key that gains from 16 to 32 integers, 1,800 from 32 to 64: the lookup
        /// benchmarks' 100,000-actor catalog, where one name in nine is longer than 20 characters, keeps 16 integers).
        /// </summary>
        private const int LongKeysAllowed = 8;

        public static void Write(List<int> section, IReadOnlyList<(string Key, int Location, int ByteLength, int Record)> keys, KeyAnalyzer analysis)
        {
            if (keys.Count == 0)
            {
                return;
            }

            var widthBits = SlotWidthBits(keys);
            var width = 1 << widthBits;
            var hashes = keys.Select(k => analysis.Hash(k.Key)).ToList();

            // Keys of one hash form a group: the first key gets the group's slot, the others are chained from it.
            var groups = new Dictionary<uint, List<int>>();
            var distinct = new List<uint>();
            for (var i = 0; i < keys.Count; i++)
            {
                if (!groups.TryGetValue(hashes[i], out var members))
                {
                    groups.Add(hashes[i], members = new List<int>());
                    distinct.Add(hashes[i]);
                }

                members.Add(i);
            }

            var bucketCount = (distinct.Count + BucketSize - 1) / BucketSize;
            var slotCount = (int)((long)keys.Count * SlotsPerHundredKeys / 100) + 1;
            var displacements = Displacements(distinct, bucketCount, slotCount, out var slotOf);

            var slotsStart = (HashIndexFields.HeaderWidth + bucketCount + width - 1) / width * width;
            var ints = new int[slotsStart + (slotCount * width)];
            for (var slot = 0; slot < slotCount; slot++)
            {
                ints[slotsStart + (slot * width) + HashIndexFields.SlotRecord] = Refs.None;
            }

            var taken = new bool[slotCount];
            foreach (var slot in slotOf.Values)
            {
                taken[slot] = true;
            }

            var nextFree = 0;
            foreach (var hash in distinct)
            {
                var previous = -1;
                foreach (var key in groups[hash])
                {
                    var slot = previous < 0 ? slotOf[hash] : NextFree(taken, ref nextFree);
                    if (previous >= 0)
                    {
                        ints[slotsStart + (previous * width) + HashIndexFields.SlotNext] = slot;
                    }

                    WriteSlot(ints, slotsStart + (slot * width), HashIndexFields.InlineCharacters(widthBits), hash, keys[key]);
                    previous = slot;
                }
            }

            ints[HashIndexFields.SlotCount] = slotCount;
            ints[HashIndexFields.BucketCount] = bucketCount;
            ints[HashIndexFields.Fold] = (int)analysis.KeyHash.Fold;
            ints[HashIndexFields.Slice] = (int)analysis.KeyHash.Slice;
            ints[HashIndexFields.SliceStart] = analysis.KeyHash.Start;
            ints[HashIndexFields.SliceLength] = analysis.KeyHash.Length;
            ints[HashIndexFields.MinLength] = analysis.MinLength;
            ints[HashIndexFields.MaxLength] = analysis.MaxLength;
            ints[HashIndexFields.SlotsStart] = slotsStart;
            ints[HashIndexFields.SlotWidthBits] = widthBits;
            for (var bucket = 0; bucket < bucketCount; bucket++)
            {
                ints[HashIndexFields.HeaderWidth + bucket] = displacements[bucket];
            }

            section.AddRange(ints);
        }

        /// <summary>
        /// The narrowest slot that holds all but one key in <see cref="LongKeysAllowed"/> whole (ids of statements
        /// and documents run to 30–70 characters, a third of the bundled corpus's names past 20), at most
        /// <see cref="HashIndexFields.MaxSlotWidthBits"/>.
        /// </summary>
        private static int SlotWidthBits(IReadOnlyList<(string Key, int Location, int ByteLength, int Record)> keys)
        {
            var widthBits = HashIndexFields.MinSlotWidthBits;
            while (widthBits < HashIndexFields.MaxSlotWidthBits
                && keys.Count(k => k.Key.Length > HashIndexFields.InlineCharacters(widthBits)) > keys.Count / LongKeysAllowed)
            {
                widthBits++;
            }

            return widthBits;
        }

        /// <summary>
        /// A displacement per bucket such that every distinct hash lands in a slot of its own: buckets largest first
        /// (then in bucket order), each trying 0, 1, 2, … until all its hashes land in free slots, distinct ones.
        /// With more slots than keys, each try succeeds often enough that this is linear in the keys.
        /// </summary>
        private static int[] Displacements(List<uint> distinct, int bucketCount, int slotCount, out Dictionary<uint, int> slotOf)
        {
            var buckets = new List<uint>[bucketCount];
            foreach (var hash in distinct)
            {
                var bucket = HashIndexFields.Bucket(hash, bucketCount);
                (buckets[bucket] ??= new List<uint>()).Add(hash);
            }

            var displacements = new int[bucketCount];
            var taken = new bool[slotCount];
            var landed = new List<int>();
            slotOf = new Dictionary<uint, int>();
            foreach (var bucket in Enumerable.Range(0, bucketCount).Where(b => buckets[b] is not null).OrderByDescending(b => buckets[b].Count).ThenBy(b => b))
            {
                for (var trial = 0; ; trial++)
                {
                    landed.Clear();
                    foreach (var hash in buckets[bucket])
                    {
                        var slot = HashIndexFields.Slot(hash, HashIndexFields.Displacement(trial), slotCount);
                        if (taken[slot] || landed.Contains(slot))
                        {
                            break;
                        }

                        landed.Add(slot);
                    }

                    if (landed.Count == buckets[bucket].Count)
                    {
                        displacements[bucket] = (int)HashIndexFields.Displacement(trial);
                        for (var i = 0; i < landed.Count; i++)
                        {
                            taken[landed[i]] = true;
                            slotOf.Add(buckets[bucket][i], landed[i]);
                        }

                        break;
                    }
                }
            }

            return displacements;
        }

        private static int NextFree(bool[] taken, ref int nextFree)
        {
            while (taken[nextFree])
            {
                nextFree++;
            }

            taken[nextFree] = true;
            return nextFree;
        }

        private static void WriteSlot(int[] ints, int position, int inlineCharacters, uint hash, (string Key, int Location, int ByteLength, int Record) entry)
        {
            var key = entry.Key;
            // Stryker disable once Arithmetic : HashIndexFields.SlotHash is 0, so "position - SlotHash" is the same field
            ints[position + HashIndexFields.SlotHash] = (int)hash;
            ints[position + HashIndexFields.SlotRecord] = entry.Record;
            ints[position + HashIndexFields.SlotLength] = key.Length;
            ints[position + HashIndexFields.SlotLocation] = entry.Location;
            ints[position + HashIndexFields.SlotByteLength] = entry.ByteLength;
            ints[position + HashIndexFields.SlotNext] = -1;
            for (var i = 0; i < key.Length && i < inlineCharacters; i += 2)
            {
                // Two UTF-16 code units an integer, the first in the low half: the runtime reads the integers as characters.
                ints[position + HashIndexFields.SlotKey + (i / 2)] = key[i] | (i + 1 < key.Length ? key[i + 1] << 16 : 0);
            }
        }
    }
}
