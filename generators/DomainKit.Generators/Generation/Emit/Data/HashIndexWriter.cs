using System;
using System.Collections.Generic;
using System.Linq;
using DomainKit.Compiled;

namespace DomainKit.Generators.Generation.Emit.Data
{
    /// <summary>
    /// Writes a key index section (<see cref="HashIndexFields"/>) with the runtime's own hash function over the
    /// slice <see cref="KeyAnalyzer"/> chose: a displacement per bucket of hashes, chosen so that the bucket's keys land
    /// in slots of their own, each key inside its slot or, if longer than a slot holds, its start there and the rest
    /// after the slots (slots of 32 integers when most keys are longer than one of 16 holds); a key whose slot another
    /// took is chained from that slot. Buckets are placed those with the most distinct homes first, then in bucket
    /// order, displacements tried from 0 up, and keys written in their order, so the same keys always give the same
    /// section.
    /// </summary>
    internal static class HashIndexWriter
    {
        /// <summary>Hashes per bucket, on average: more makes the displacements fewer and harder to find.</summary>
        private const int BucketSize = 4;

        /// <summary>Slots per hundred keys: a little room makes every bucket's displacement quick to find.</summary>
        private const int SlotsPerHundredKeys = 115;

        /// <summary>
        /// Displacements tried per bucket (fewer when there are fewer slots: a displacement is less than the slot count)
        /// before the one that lands the most of its homes in free slots is kept (the others' keys chained): bounds the
        /// build's time whatever the keys.
        /// </summary>
        private const int MaxTrials = 4096;

        /// <summary>The section of <paramref name="keys"/> under <paramref name="analysis"/>'s hash: no integers for no keys.</summary>
        public static int[] Write(IReadOnlyList<(string Key, int Record)> keys, KeyAnalyzer analysis)
        {
            if (keys.Count == 0)
            {
                return Array.Empty<int>();
            }

            var slotBits = SlotBits(keys);
            var marksLetters = analysis.KeyHash.Fold != KeyFold.Ordinal && MostKeysAreNotAscii(keys, slotBits);
            var width = 1 << slotBits;
            var hashes = keys.Select(k => analysis.Hash(k.Key)).ToList();
            var bucketCount = (hashes.Distinct().Count() + BucketSize - 1) / BucketSize;
            var slotCount = (int)((long)keys.Count * SlotsPerHundredKeys / 100) + 1;
            var displacements = Displacements(hashes, bucketCount, slotCount, out var placedFor);
            var buckets = hashes.Select(h => HashIndexFields.Bucket(h, bucketCount)).ToList();
            var probes = hashes.Select((h, key) => HashIndexFields.Slot(HashIndexFields.Home(h, slotCount), displacements[buckets[key]], slotCount)).ToList();

            var slotsStart = (HashIndexFields.HeaderWidth + bucketCount + width - 1) / width * width;
            var tailsStart = slotsStart + (slotCount * width);
            var ints = new int[tailsStart + keys.Sum(k => (RestLength(k.Key, slotBits) + 1) / 2)];
            for (var slot = 0; slot < slotCount; slot++)
            {
                ints[slotsStart + (slot * width) + HashIndexFields.SlotRecord] = Refs.None;
                ints[slotsStart + (slot * width) + HashIndexFields.SlotNext] = -1;
            }

            // First the first key of each home a bucket's displacement placed, in that home's slot; then the others
            // (an equal home of their bucket, or a home whose slot another bucket had taken), each chained at the end
            // of the chain its probe starts, from a free slot (one no probe starts at).
            var slotOfKey = new int[keys.Count];
            var taken = new bool[slotCount];
            for (var key = 0; key < keys.Count; key++)
            {
                var probe = probes[key];
                var placed = placedFor[probe] == buckets[key] && !taken[probe];
                slotOfKey[key] = placed ? probe : -1;
                taken[probe] = taken[probe] || placed;
            }

            // Per slot a probe starts at, the last slot of its chain (-1: the slot itself), so a chain grows in one step.
            var nextFree = 0;
            var chainEnd = Enumerable.Repeat(-1, slotCount).ToArray();
            for (var key = 0; key < keys.Count; key++)
            {
                if (slotOfKey[key] >= 0)
                {
                    continue;
                }

                var probe = probes[key];
                var last = chainEnd[probe] < 0 ? probe : chainEnd[probe];
                slotOfKey[key] = chainEnd[probe] = NextFree(taken, ref nextFree);
                ints[slotsStart + (last * width) + HashIndexFields.SlotNext] = slotOfKey[key];
            }

            var nextTail = tailsStart;
            for (var key = 0; key < keys.Count; key++)
            {
                WriteSlot(ints, slotsStart + (slotOfKey[key] * width), slotBits, hashes[key], keys[key], analysis.KeyHash.Fold, marksLetters, ref nextTail);
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
            ints[HashIndexFields.SlotBits] = slotBits;
            ints[HashIndexFields.MarksLetters] = marksLetters ? 1 : 0;
            for (var bucket = 0; bucket < bucketCount; bucket++)
            {
                ints[HashIndexFields.HeaderWidth + bucket] = displacements[bucket];
            }

            return ints;
        }

        /// <summary>
        /// Wide slots when most keys are longer than a narrow slot holds, so that most lookups compare their key in its
        /// slot; narrow slots otherwise, the smaller image (every key of the index pays its slot's width).
        /// </summary>
        private static int SlotBits(IReadOnlyList<(string Key, int Record)> keys)
            => keys.Count(k => k.Key.Length > HashIndexFields.InlineCharacters(HashIndexFields.NarrowSlotBits)) * 2 > keys.Count
                ? HashIndexFields.WideSlotBits
                : HashIndexFields.NarrowSlotBits;

        /// <summary>
        /// Whether more than half of the keys hold a code unit above ASCII among those their slot compares, where the
        /// runtime's case-ignoring comparison goes a code unit at a time: an index that ignores case then marks its
        /// keys' letters (<see cref="HashIndexFields.MarksLetters"/>). Keys mostly ASCII keep the runtime's comparison,
        /// many code units a vector (docs/benchmarks-log.md measures both).
        /// </summary>
        private static bool MostKeysAreNotAscii(IReadOnlyList<(string Key, int Record)> keys, int slotBits)
            => keys.Count(k => k.Key.Take(SlotPart(k.Key, slotBits)).Any(c => c > '\u007F')) * 2 > keys.Count;

        /// <summary>How many of a key's first code units its slot holds and compares: the whole key, or the part before the rest.</summary>
        private static int SlotPart(string key, int slotBits) => key.Length - RestLength(key, slotBits);

        /// <summary>
        /// A displacement per bucket that lands each of its distinct homes in a free slot: buckets with the most homes
        /// first (then in bucket order), each trying 0, 1, 2, … until all its homes land in free slots, or, after
        /// <see cref="MaxTrials"/>, the first try that landed the most. With more slots than keys, a bucket is placed
        /// whole after a few tries but the last few. <paramref name="placedFor"/> says, per slot, the bucket whose
        /// home it took, or -1.
        /// </summary>
        private static int[] Displacements(List<uint> hashes, int bucketCount, int slotCount, out int[] placedFor)
        {
            var homes = new List<int>[bucketCount];
            foreach (var hash in hashes)
            {
                var home = HashIndexFields.Home(hash, slotCount);
                var bucket = homes[HashIndexFields.Bucket(hash, bucketCount)] ??= new List<int>();
                if (!bucket.Contains(home))
                {
                    bucket.Add(home);
                }
            }

            var displacements = new int[bucketCount];
            placedFor = Enumerable.Repeat(-1, slotCount).ToArray();
            foreach (var bucket in Enumerable.Range(0, bucketCount).Where(b => homes[b] is not null).OrderByDescending(b => homes[b].Count).ThenBy(b => b))
            {
                var best = 0;
                var bestLanded = -1;
                for (var trial = 0; trial < System.Math.Min(slotCount, MaxTrials) && bestLanded < homes[bucket].Count; trial++)
                {
                    var landed = 0;
                    foreach (var home in homes[bucket])
                    {
                        landed += placedFor[HashIndexFields.Slot(home, trial, slotCount)] < 0 ? 1 : 0;
                    }

                    if (landed > bestLanded)
                    {
                        (best, bestLanded) = (trial, landed);
                    }
                }

                displacements[bucket] = best;
                foreach (var home in homes[bucket])
                {
                    var slot = HashIndexFields.Slot(home, best, slotCount);
                    if (placedFor[slot] < 0)
                    {
                        placedFor[slot] = bucket;
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
        /// moves past the rest (in the order the slots are filled, so the same keys always give the same section). An
        /// index that ignores case stores the key's ASCII small letters as capitals (<see cref="AsciiLetters"/>), but for
        /// the slot's part in an index that <see cref="HashIndexFields.MarksLetters"/>, where the letters of
        /// <see cref="CasePairs"/> among the code units its tag can mark are stored as capitals and marked.
        /// </summary>
        private static void WriteSlot(int[] ints, int position, int slotBits, uint hash, (string Key, int Record) entry, KeyFold fold, bool marksLetters, ref int nextTail)
        {
            var rest = RestLength(entry.Key, slotBits);
            var letters = 0u;
            var folded = fold == KeyFold.Ordinal ? entry.Key : AsciiLetters.ToUpper(entry.Key);
            var key = marksLetters ? CasePairs.Marked(entry.Key, Math.Min(HashIndexFields.MarkedCharacters, SlotPart(entry.Key, slotBits)), out letters) : folded;

            // Stryker disable once Arithmetic : HashIndexFields.SlotTag is 0, so "position - SlotTag" is the same field
            ints[position + HashIndexFields.SlotTag] = HashIndexFields.Tag(hash, marksLetters, letters);
            ints[position + HashIndexFields.SlotRecord] = entry.Record;
            ints[position + HashIndexFields.SlotLength] = key.Length;
            if (rest == 0)
            {
                WriteCharacters(ints, position + HashIndexFields.SlotKey, key, 0, key.Length);
            }
            else
            {
                // The slot holds all its characters even when the rest starts one earlier: the reader asks the last.
                WriteCharacters(ints, position + HashIndexFields.SlotPrefix, key, 0, HashIndexFields.PrefixCharacters(slotBits));
                ints[position + HashIndexFields.SlotTail] = nextTail;
                WriteCharacters(ints, nextTail, folded, key.Length - rest, rest);
                nextTail += (rest + 1) / 2;
            }
        }

        /// <summary>How many of a key's code units are stored after the slots: 0 for a key its slot holds whole.</summary>
        private static int RestLength(string key, int slotBits)
            => key.Length <= HashIndexFields.InlineCharacters(slotBits)
                ? 0
                : key.Length - HashIndexFields.PrefixLength(key[HashIndexFields.PrefixCharacters(slotBits) - 1], HashIndexFields.PrefixCharacters(slotBits));

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
