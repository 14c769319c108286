using System.Collections.Generic;
using System.Linq;
using DomainKit.Compiled;

namespace DomainKit.Generators.Generation.Emit.Data
{
    /// <summary>
    /// Writes a key index section (<see cref="HashIndexFields"/>) with the runtime's own hash function over the
    /// slice <see cref="KeyAnalyzer"/> chose: a displacement per bucket of hashes, chosen so that every distinct hash
    /// gets a slot of its own, each key inside its slot or, if longer than a slot holds, its start there and the rest
    /// after the slots. Buckets are placed largest first, then in bucket order, and displacements tried from 0 up, so
    /// the same keys always give the same section.
    /// </summary>
    internal static class HashIndexWriter
    {
        /// <summary>Hashes per bucket, on average: more makes the displacements fewer and harder to find.</summary>
        private const int BucketSize = 4;

        /// <summary>Slots per hundred keys: a little room makes every bucket's displacement quick to find.</summary>
        private const int SlotsPerHundredKeys = 115;

        public static void Write(List<int> section, IReadOnlyList<(string Key, int Record)> keys, KeyAnalyzer analysis)
        {
            if (keys.Count == 0)
            {
                return;
            }

            const int width = HashIndexFields.SlotWidth;
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
            var tailsStart = slotsStart + (slotCount * width);
            var ints = new int[tailsStart + keys.Sum(k => (RestLength(k.Key) + 1) / 2)];
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
            var nextTail = tailsStart;
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

                    WriteSlot(ints, slotsStart + (slot * width), hash, keys[key], ref nextTail);
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
            for (var bucket = 0; bucket < bucketCount; bucket++)
            {
                ints[HashIndexFields.HeaderWidth + bucket] = displacements[bucket];
            }

            section.AddRange(ints);
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

        /// <summary>
        /// Writes a key's slot, and the rest of a key longer than a slot holds at <paramref name="nextTail"/>, which it
        /// moves past the rest (in the order the slots are filled, so the same keys always give the same section).
        /// </summary>
        private static void WriteSlot(int[] ints, int position, uint hash, (string Key, int Record) entry, ref int nextTail)
        {
            var key = entry.Key;
            // Stryker disable once Arithmetic : HashIndexFields.SlotHash is 0, so "position - SlotHash" is the same field
            ints[position + HashIndexFields.SlotHash] = (int)hash;
            ints[position + HashIndexFields.SlotRecord] = entry.Record;
            ints[position + HashIndexFields.SlotLength] = key.Length;
            ints[position + HashIndexFields.SlotNext] = -1;
            var rest = RestLength(key);
            if (rest == 0)
            {
                WriteCharacters(ints, position + HashIndexFields.SlotKey, key, 0, key.Length);
            }
            else
            {
                // The slot holds all its characters even when the rest starts one earlier: the reader asks the last.
                WriteCharacters(ints, position + HashIndexFields.SlotPrefix, key, 0, HashIndexFields.PrefixCharacters);
                ints[position + HashIndexFields.SlotTail] = nextTail;
                WriteCharacters(ints, nextTail, key, key.Length - rest, rest);
                nextTail += (rest + 1) / 2;
            }
        }

        /// <summary>How many of a key's code units are stored after the slots: 0 for a key its slot holds whole.</summary>
        private static int RestLength(string key)
            => key.Length <= HashIndexFields.InlineCharacters ? 0 : key.Length - HashIndexFields.PrefixLength(key[HashIndexFields.PrefixCharacters - 1]);

        /// <summary>
        /// Code units <paramref name="start"/> to <paramref name="start"/> + <paramref name="count"/> of a key, two an
        /// integer, the first in the low half: the runtime reads the integers as characters.
        /// </summary>
        private static void WriteCharacters(int[] ints, int position, string key, int start, int count)
        {
            for (var i = 0; i < count; i += 2)
            {
                ints[position + (i / 2)] = key[start + i] | (i + 1 < count ? key[start + i + 1] << 16 : 0);
            }
        }
    }
}
