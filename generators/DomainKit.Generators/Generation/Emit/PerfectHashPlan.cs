using System.Collections.Generic;
using System.Linq;
using DomainKit.Compiled;

namespace DomainKit.Generators.Generation.Emit
{
    /// <summary>
    /// A perfect hash over a small set of keys (ids, or names and aliases ignoring case), found at build time for generated
    /// dispatch (<see cref="PerfectHashDispatchEmitter"/>): the length and a few characters, at positions counted from the
    /// start or back from the end and chosen to tell the keys apart (upper-cased when case is ignored, as the names' key
    /// index folds them), each times a multiplier; the top bits of the sum are a slot, which holds one key at most.
    /// A lookup is then a few independent loads and multiplies, one read of the slot and one comparison, with no branch on
    /// the key's characters to mispredict (a switch on them did, with random keys: docs/benchmarks.md).
    /// Deterministic: the same keys give the same plan.
    /// </summary>
    internal sealed class PerfectHashPlan
    {
        /// <summary>The most keys a plan holds: a slot holds a key's index in a byte, and 255 marks an empty slot.</summary>
        public const int MaxKeys = 255;

        /// <summary>The value of an empty slot.</summary>
        public const byte Empty = 0xFF;

        /// <summary>The most character positions hashed; keys that so many do not tell apart get no plan.</summary>
        private const int MaxPositions = 6;

        /// <summary>How far from either end a position may lie.</summary>
        private const int MaxReach = 32;

        /// <summary>The largest table, in slots (a byte each): 16 KB, half of a level-1 data cache.</summary>
        private const int MaxSlotBits = 14;

        /// <summary>Multipliers tried per table size before the next size.</summary>
        private const int AttemptsPerSize = 64;

        private PerfectHashPlan(bool ignoreCase, int minLength, int maxLength, int[] positions, ulong[] multipliers, int slotBits, byte[] slots)
        {
            IgnoreCase = ignoreCase;
            MinLength = minLength;
            MaxLength = maxLength;
            Positions = positions;
            Multipliers = multipliers;
            SlotBits = slotBits;
            Slots = slots;
        }

        /// <summary>Whether the characters hashed are upper-cased (<see cref="KeyHash.FoldCharacter"/>, the exact fold).</summary>
        public bool IgnoreCase { get; }

        /// <summary>The shortest key's length.</summary>
        public int MinLength { get; }

        /// <summary>The longest key's length.</summary>
        public int MaxLength { get; }

        /// <summary>
        /// The characters hashed: a position from the start (0 or more), or <c>-e</c> for the e-th from the end
        /// (<c>key[^e]</c>). A position past the shortest key reads, in a key too short for it, the last character (from
        /// the start) or the first (from the end).
        /// </summary>
        public IReadOnlyList<int> Positions { get; }

        /// <summary>The length's multiplier, then one per position, each odd.</summary>
        public IReadOnlyList<ulong> Multipliers { get; }

        /// <summary>How many top bits of the sum make the slot; the table has <c>1 &lt;&lt; SlotBits</c> slots.</summary>
        public int SlotBits { get; }

        /// <summary>Per slot, the index of the key there, or <see cref="Empty"/>.</summary>
        public IReadOnlyList<byte> Slots { get; }

        /// <summary>The slot of <paramref name="key"/>, as the generated code computes it (for a key of a length in range).</summary>
        public int SlotOf(string key)
        {
            unchecked
            {
                var sum = (ulong)key.Length * Multipliers[0];
                for (var i = 0; i < Positions.Count; i++)
                {
                    sum += Character(key, Positions[i], IgnoreCase) * Multipliers[i + 1];
                }

                return (int)(sum >> (64 - SlotBits));
            }
        }

        /// <summary>
        /// The plan for <paramref name="keys"/> (distinct under the comparison: ordinal, or ignoring case when
        /// <paramref name="ignoreCase"/>; in index order), or null when there are none or more than
        /// <see cref="MaxKeys"/> or one longer than a slot holds
        /// (<see cref="PerfectHashSlotLayout.MaxKeyLength"/>), when <see cref="MaxPositions"/> positions do not tell them apart, or when no multipliers
        /// tried give each a slot of its own in a table of at most <c>1 &lt;&lt; MaxSlotBits</c> slots.
        /// </summary>
        public static PerfectHashPlan? Find(IReadOnlyList<string> keys, bool ignoreCase)
        {
            if (keys.Count == 0 || keys.Count > MaxKeys || keys.Any(key => key.Length > PerfectHashSlotLayout.MaxKeyLength))
            {
                return null;
            }

            var positions = DistinguishingPositions(keys, ignoreCase);
            if (positions is null)
            {
                return null;
            }

            var (minLength, maxLength) = (keys.Min(k => k.Length), keys.Max(k => k.Length));
            var random = new SplitMix(0x0D0A_1B2C_3D4E_5F60);
            var slotBits = 1;
            while ((1 << slotBits) < keys.Count * 2)
            {
                slotBits++;
            }

            for (; slotBits <= MaxSlotBits; slotBits++)
            {
                for (var attempt = 0; attempt < AttemptsPerSize; attempt++)
                {
                    var multipliers = new ulong[positions.Length + 1];
                    for (var i = 0; i < multipliers.Length; i++)
                    {
                        multipliers[i] = random.Next() | 1;
                    }

                    var plan = new PerfectHashPlan(ignoreCase, minLength, maxLength, positions, multipliers, slotBits, new byte[1 << slotBits]);
                    if (plan.TryFill(keys))
                    {
                        return plan;
                    }
                }
            }

            return null;
        }

        /// <summary>Puts each key's index in its slot; false at the first slot two keys share.</summary>
        private bool TryFill(IReadOnlyList<string> keys)
        {
            var slots = (byte[])Slots;
            for (var i = 0; i < slots.Length; i++)
            {
                slots[i] = Empty;
            }

            for (var i = 0; i < keys.Count; i++)
            {
                var slot = SlotOf(keys[i]);
                if (slots[slot] != Empty)
                {
                    return false;
                }

                slots[slot] = (byte)i;
            }

            return true;
        }

        /// <summary>
        /// Positions, chosen one at a time, each the one that tells the most keys apart (with the length and the positions
        /// before it; the first of equals in the order: from the start, then from the end), until every key is told apart;
        /// null when <see cref="MaxPositions"/> do not do it or a position no longer helps.
        /// </summary>
        private static int[]? DistinguishingPositions(IReadOnlyList<string> keys, bool ignoreCase)
        {
            // Positions every key has first, then those past the shortest key (read clamped to it); none with an empty key.
            var reach = keys.Min(k => k.Length) == 0 ? 0 : System.Math.Min(keys.Max(k => k.Length), MaxReach);
            var within = System.Math.Min(keys.Min(k => k.Length), reach);
            var candidates = Enumerable.Range(0, within).Concat(Enumerable.Range(1, within).Select(e => -e))
                .Concat(Enumerable.Range(within, reach - within)).Concat(Enumerable.Range(within + 1, reach - within).Select(e => -e))
                .ToList();
            var chosen = new List<int>();
            var told = Told(keys, chosen, ignoreCase);
            while (told < keys.Count)
            {
                if (chosen.Count == MaxPositions)
                {
                    return null;
                }

                var best = 0;
                var bestTold = told;
                foreach (var candidate in candidates)
                {
                    var withIt = Told(keys, chosen.Concat(new[] { candidate }).ToList(), ignoreCase);
                    if (withIt > bestTold)
                    {
                        best = candidate;
                        bestTold = withIt;
                    }
                }

                if (bestTold == told)
                {
                    return null;
                }

                chosen.Add(best);
                told = bestTold;
            }

            return chosen.ToArray();
        }

        /// <summary>How many distinct (length, characters at <paramref name="positions"/>) the keys have.</summary>
        private static int Told(IReadOnlyList<string> keys, List<int> positions, bool ignoreCase)
            => keys.Select(k => k.Length + ":" + new string(positions.Select(p => (char)Character(k, p, ignoreCase)).ToArray())).Distinct(System.StringComparer.Ordinal).Count();

        /// <summary>
        /// The character the hash reads at <paramref name="position"/>: within the key, or, for a key too short to have
        /// it, its last character (a position from the start) or its first (from the end); upper-cased when
        /// <paramref name="ignoreCase"/>, as <c>NameDispatch.Fold</c> does in the generated code.
        /// </summary>
        private static ulong Character(string key, int position, bool ignoreCase)
        {
            var c = key[position >= 0 ? System.Math.Min(position, key.Length - 1) : System.Math.Max(key.Length + position, 0)];
            return ignoreCase ? KeyHash.FoldCharacter(c, KeyFold.IgnoreCaseExact) : c;
        }

        /// <summary>SplitMix64: a fixed sequence of well-mixed multipliers, so a plan is the same on every build.</summary>
        private sealed class SplitMix
        {
            private ulong _state;

            public SplitMix(ulong seed) => _state = seed;

            public ulong Next()
            {
                unchecked
                {
                    _state += 0x9E37_79B9_7F4A_7C15;
                    var z = _state;
                    z = (z ^ (z >> 30)) * 0xBF58_476D_1CE4_E5B9;
                    z = (z ^ (z >> 27)) * 0x94D0_49BB_1331_11EB;
                    return z ^ (z >> 31);
                }
            }
        }
    }
}
