using System;
using System.Collections.Generic;
using System.Linq;
using DomainKit.Compiled;

namespace DomainKit.Generators.Generation.Emit.Data
{
    /// <summary>
    /// How a key index hashes its keys, chosen at build time from the keys themselves: the fold (the cheap one when
    /// it is safe for these keys) and the cheapest slice of characters that tells the keys apart (a run from the
    /// start or the end, as <c>FrozenDictionary</c> finds at run time, or the first and last characters together).
    /// A probe then hashes a few characters instead of the whole key. Equal when the choice is, so the generator can
    /// cache it.
    /// </summary>
    internal sealed record KeyAnalyzer
    {
        /// <summary>Slice lengths tried, shortest first: four code units cost one load, eight two.</summary>
        private static readonly int[] SliceLengths = { 4, 8 };

        /// <summary>The most start positions tried from each end.</summary>
        private const int MaxPositions = 16;

        /// <summary>Accept a slice when at most one key in this many shares its hash with another key.</summary>
        private const int AcceptedCollisionShare = 20;

        /// <summary>
        /// What two keys that share a hash cost, in loads: a probe for one of them (or a miss that hashes alike) may
        /// read the other's slot, often a line not in cache under random probes, and compare the keys.
        /// </summary>
        private const int PairCost = 8;

        private static readonly Lazy<Dictionary<char, char[]>> s_caseClasses = new(CaseClasses);

        private KeyAnalyzer(KeyHash hash, int minLength, int maxLength)
        {
            KeyHash = hash;
            MinLength = minLength;
            MaxLength = maxLength;
        }

        /// <summary>The hash chosen: fold and slice.</summary>
        public KeyHash KeyHash { get; }

        /// <summary>The shortest key's length, in UTF-16 code units.</summary>
        public int MinLength { get; }

        /// <summary>The longest key's length, in UTF-16 code units.</summary>
        public int MaxLength { get; }

        /// <summary>
        /// The cheapest hash that tells the keys apart well enough: of every slice (four or eight characters, counted
        /// from either end, or head and tail together) and the whole key, the one whose hashes collide for at most one
        /// key in <see cref="AcceptedCollisionShare"/> and that costs least over these keys: a load per four hashed
        /// characters (a key shorter than the slice is hashed whole) and <see cref="PairCost"/> loads per pair of keys
        /// that share a hash. Pairs, not keys: the keys of one hash are chained, so a group of n costs its probes
        /// n(n - 1)/2 comparisons, and a slice that leaves a few large groups (names that differ only in their middle,
        /// such as "Office of the … Governor") loses to one that costs more loads. Ties go to the first candidate
        /// tried, so the choice is deterministic.
        /// </summary>
        public static KeyAnalyzer Analyze(IReadOnlyList<string> keys, bool ignoreCase)
        {
            var fold = !ignoreCase ? KeyFold.Ordinal : FastFoldIsSafe(keys) ? KeyFold.IgnoreCaseFast : KeyFold.IgnoreCaseExact;
            var minLength = keys.Count == 0 ? 0 : keys.Min(k => k.Length);
            var maxLength = keys.Count == 0 ? 0 : keys.Max(k => k.Length);
            var whole = new KeyHash(fold, KeySlice.FromStart, start: 0, length: 0);
            var keysByHash = new Dictionary<uint, int>();
            var best = (Hash: whole, Cost: Cost(keys, whole, long.MaxValue, keysByHash));
            foreach (var length in SliceLengths)
            {
                var candidates = new List<KeyHash> { new KeyHash(fold, KeySlice.HeadAndTail, 0, length) };
                for (var position = 0; position + length <= maxLength && position < MaxPositions; position++)
                {
                    candidates.Add(new KeyHash(fold, KeySlice.FromStart, position, length));
                    candidates.Add(new KeyHash(fold, KeySlice.FromEnd, position + length, length));
                }

                foreach (var candidate in candidates)
                {
                    var cost = Cost(keys, candidate, best.Cost, keysByHash);
                    if (cost < best.Cost)
                    {
                        best = (candidate, cost);
                    }
                }
            }

            return new KeyAnalyzer(best.Hash, minLength, maxLength);
        }

        /// <summary>The hash the runtime computes for <paramref name="key"/> (HashIndex.Find).</summary>
        public uint Hash(string key) => KeyHash.Hash(key.AsSpan());

        /// <summary>
        /// What probing these keys costs under <paramref name="candidate"/>, in loads (see <see cref="Analyze"/>);
        /// <see cref="long.MaxValue"/> when more keys than accepted share their hash, or as soon as the cost cannot
        /// stay below <paramref name="bound"/> (the best so far, which a candidate must beat), so most candidates
        /// stop after a few keys or are not hashed at all. <paramref name="keysByHash"/> (how many keys have each hash)
        /// is scratch space, reused.
        /// </summary>
        private static long Cost(IReadOnlyList<string> keys, KeyHash candidate, long bound, Dictionary<uint, int> keysByHash)
        {
            // The loads depend on the keys' lengths alone: a candidate whose loads already reach the bound cannot win.
            long loads = 0;
            foreach (var key in keys)
            {
                loads += key.Length < candidate.SliceFits ? Math.Max(1, (key.Length + 3) / 4) : candidate.Slice == KeySlice.HeadAndTail ? candidate.Length / 2 : candidate.Length / 4;
            }

            // Stryker disable once Block : a candidate whose loads reach the bound costs at least the bound and loses at "cost < best.Cost" anyway; this only stops early
            if (loads >= bound)
            {
                return long.MaxValue;
            }

            keysByHash.Clear();
            var acceptedCollisions = keys.Count / AcceptedCollisionShare;
            long collisions = 0, pairs = 0;
            foreach (var key in keys)
            {
                var hash = candidate.Hash(key.AsSpan());
                keysByHash.TryGetValue(hash, out var before);
                keysByHash[hash] = before + 1;
                if (before > 0)
                {
                    // The key makes a pair with each key before it of the same hash.
                    collisions++;
                    pairs += before;
                    if (collisions > acceptedCollisions || loads + (PairCost * pairs) >= bound)
                    {
                        return long.MaxValue;
                    }
                }
            }

            return loads + (PairCost * pairs);
        }

        /// <summary>
        /// Whether every character with the same <see cref="UnicodeCase"/> as a character of these keys folds alike
        /// under <see cref="KeyFold.IgnoreCaseFast"/>: then any app's OrdinalIgnoreCase, which unites no more than that
        /// table does, finds the keys. Decided from DomainKit's own table, not the compiler's globalization, so every
        /// machine builds the same index. ASCII letters fold exactly, and no other character has their upper case.
        /// </summary>
        private static bool FastFoldIsSafe(IReadOnlyList<string> keys)
        {
            var checkedCharacters = new HashSet<char>();
            foreach (var key in keys)
            {
                foreach (var c in key)
                {
                    // Stryker disable once Logical,Statement,Block : the skip only saves work: no other character has an ASCII letter's upper case, no case class holds a surrogate, and a character checked twice answers alike
                    if (c < '\u0080' || char.IsSurrogate(c) || !checkedCharacters.Add(c))
                    {
                        continue;
                    }

                    var fold = KeyHash.FoldCharacter(c, KeyFold.IgnoreCaseFast);
                    if (s_caseClasses.Value.TryGetValue(UnicodeCase.ToUpper(c), out var variants)
                        && variants.Any(v => KeyHash.FoldCharacter(v, KeyFold.IgnoreCaseFast) != fold))
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        /// <summary>
        /// Every non-surrogate character, grouped by its <see cref="UnicodeCase"/> (a superset of any app's
        /// OrdinalIgnoreCase classes); classes of one character are left out. Built once per process (<c>s_caseClasses</c>).
        /// </summary>
        internal static Dictionary<char, char[]> CaseClasses()
        {
            var classes = new Dictionary<char, List<char>>();
            for (var i = 0; i <= char.MaxValue; i++)
            {
                var c = (char)i;
                // Stryker disable once Statement,Block : a surrogate would get a class of its own alone, which is dropped below
                if (char.IsSurrogate(c))
                {
                    continue;
                }

                var upper = UnicodeCase.ToUpper(c);
                if (!classes.TryGetValue(upper, out var members))
                {
                    classes[upper] = members = new List<char>();
                }

                members.Add(c);
            }

            return classes.Where(c => c.Value.Count > 1).ToDictionary(c => c.Key, c => c.Value.ToArray());
        }
    }
}
