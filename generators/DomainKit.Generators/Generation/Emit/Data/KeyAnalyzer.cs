using System;
using System.Collections.Generic;
using System.Linq;
using DomainKit.Compiled;

namespace DomainKit.Generators.Generation.Emit.Data
{
    /// <summary>
    /// How a key index hashes its keys, chosen at build time from the keys themselves: the fold (the cheap one when
    /// it is safe for these keys) and the shortest slice of characters that tells the keys apart (a run from the
    /// start or the end, as <c>FrozenDictionary</c> finds at run time, or the first and last characters together).
    /// A probe then hashes a few characters instead of the whole key.
    /// </summary>
    internal sealed class KeyAnalyzer
    {
        /// <summary>Slice lengths tried, shortest first: up to four code units cost one multiply, up to eight two.</summary>
        private static readonly int[] SliceLengths = { 4, 8 };

        /// <summary>The most start positions tried from each end.</summary>
        private const int MaxPositions = 16;

        /// <summary>Accept a slice when at most one key in this many shares its hash with another key.</summary>
        private const int AcceptedCollisionShare = 20;

        private static readonly Lazy<Dictionary<char, char[]>> s_caseClasses = new(CaseClasses);

        private KeyAnalyzer(KeyFold fold, KeySlice slice, int start, int length, int minLength, int maxLength)
        {
            Fold = fold;
            Slice = slice;
            Start = start;
            Length = length;
            MinLength = minLength;
            MaxLength = maxLength;
        }

        public KeyFold Fold { get; }

        public KeySlice Slice { get; }

        public int Start { get; }

        /// <summary>How many characters are hashed; 0 for the whole key.</summary>
        public int Length { get; }

        public int MinLength { get; }

        public int MaxLength { get; }

        public static KeyAnalyzer Analyze(IReadOnlyList<string> keys, bool ignoreCase)
        {
            var fold = !ignoreCase ? KeyFold.Ordinal : FastFoldIsSafe(keys) ? KeyFold.IgnoreCaseFast : KeyFold.IgnoreCaseExact;
            var minLength = keys.Count == 0 ? 0 : keys.Min(k => k.Length);
            var maxLength = keys.Count == 0 ? 0 : keys.Max(k => k.Length);
            foreach (var length in SliceLengths)
            {
                var sliceLength = Math.Min(length, minLength);
                if (sliceLength == 0)
                {
                    break;
                }

                var best = (Collisions: Collisions(keys, new KeyAnalyzer(fold, KeySlice.HeadAndTail, 0, sliceLength, minLength, maxLength)), Slice: KeySlice.HeadAndTail, Start: 0);
                for (var position = 0; position + sliceLength <= minLength && position < MaxPositions; position++)
                {
                    foreach (var (slice, start) in new[] { (KeySlice.FromStart, position), (KeySlice.FromEnd, position + sliceLength) })
                    {
                        var collisions = Collisions(keys, new KeyAnalyzer(fold, slice, start, sliceLength, minLength, maxLength));
                        if (collisions < best.Collisions)
                        {
                            best = (collisions, slice, start);
                        }
                    }
                }

                if (best.Collisions <= keys.Count / AcceptedCollisionShare)
                {
                    return new KeyAnalyzer(fold, best.Slice, best.Start, sliceLength, minLength, maxLength);
                }
            }

            return new KeyAnalyzer(fold, KeySlice.FromStart, start: 0, length: 0, minLength, maxLength);
        }

        /// <summary>The hash the runtime computes for <paramref name="key"/> (HashIndex.Find).</summary>
        public uint Hash(string key) => (Length, Slice) switch
        {
            (0, _) => KeyHash.Hash(key.AsSpan(), key.Length, Fold),
            (_, KeySlice.HeadAndTail) => KeyHash.HeadAndTail(key.AsSpan(), Length, Fold),
            (_, KeySlice.FromEnd) => KeyHash.Hash(key.AsSpan(key.Length - Start, Length), key.Length, Fold),
            _ => KeyHash.Hash(key.AsSpan(Start, Length), key.Length, Fold),
        };

        /// <summary>How many keys share their hash with an earlier key under <paramref name="candidate"/>.</summary>
        private static int Collisions(IReadOnlyList<string> keys, KeyAnalyzer candidate)
        {
            var seen = new HashSet<uint>();
            var collisions = 0;
            foreach (var key in keys)
            {
                if (!seen.Add(candidate.Hash(key)))
                {
                    collisions++;
                }
            }

            return collisions;
        }

        /// <summary>
        /// Whether every character that equals a character of these keys under OrdinalIgnoreCase folds alike under
        /// <see cref="KeyFold.IgnoreCaseFast"/>. ASCII letters fold exactly, and no other character equals one of them.
        /// </summary>
        private static bool FastFoldIsSafe(IReadOnlyList<string> keys)
        {
            var checkedCharacters = new HashSet<char>();
            foreach (var key in keys)
            {
                foreach (var c in key)
                {
                    if (c < '\u0080' || char.IsSurrogate(c) || !checkedCharacters.Add(c))
                    {
                        continue;
                    }

                    var fold = KeyHash.Fold(c, KeyFold.IgnoreCaseFast);
                    var single = c.ToString();
                    if (s_caseClasses.Value.TryGetValue(char.ToUpperInvariant(c), out var variants)
                        && variants.Any(v => KeyHash.Fold(v, KeyFold.IgnoreCaseFast) != fold && string.Equals(v.ToString(), single, StringComparison.OrdinalIgnoreCase)))
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        /// <summary>Every non-surrogate character, grouped by its invariant upper case (a superset of OrdinalIgnoreCase's classes).</summary>
        private static Dictionary<char, char[]> CaseClasses()
        {
            var classes = new Dictionary<char, List<char>>();
            for (var i = 0; i <= char.MaxValue; i++)
            {
                var c = (char)i;
                if (char.IsSurrogate(c))
                {
                    continue;
                }

                var upper = char.ToUpperInvariant(c);
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
