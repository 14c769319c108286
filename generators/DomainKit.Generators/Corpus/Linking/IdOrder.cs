using System;

namespace DomainKit.Generators.Corpus.Linking
{
    /// <summary>
    /// A merge's occurrences in canonical id order: the ids as given, sorted (ordinal), and the position of each sorted
    /// one in the given order, each id's occurrences in the order given (which counts first in a conflict). A merge of
    /// the same ids in the same order (an edit that changed no canonical id) takes the last one's order instead of
    /// sorting again: comparing the ids costs a reference check each where the documents are the same.
    /// </summary>
    internal sealed class IdOrder
    {
        private IdOrder(string[] given, string[] sorted, int[] positions)
        {
            Given = given;
            Sorted = sorted;
            Positions = positions;
        }

        /// <summary>The ids in the order given.</summary>
        public string[] Given { get; }

        /// <summary>The ids in ordinal order.</summary>
        public string[] Sorted { get; }

        /// <summary>Where each of <see cref="Sorted"/> was given.</summary>
        public int[] Positions { get; }

        /// <summary>The order of <paramref name="ids"/>: <paramref name="last"/> if it was of the same ids in the same order.</summary>
        public static IdOrder Of(string[] ids, IdOrder? last)
        {
            if (last is not null && SameIds(ids, last.Given))
            {
                return last;
            }

            var sorted = (string[])ids.Clone();
            var positions = new int[ids.Length];
            for (var i = 0; i < positions.Length; i++)
            {
                positions[i] = i;
            }

            // Sorted once with their positions, then each run of one id put back in position order: most ids are
            // attested once, and grouping by a hash of every id first cost as much again.
            Array.Sort(sorted, positions, StringComparer.Ordinal);
            for (var start = 0; start < sorted.Length;)
            {
                var end = RunEnd(sorted, start);
                Array.Sort(positions, start, end - start);
                start = end;
            }

            return new IdOrder(ids, sorted, positions);
        }

        /// <summary>Where the run of the id at <paramref name="start"/> of <see cref="Sorted"/> ends.</summary>
        public int RunEnd(int start) => RunEnd(Sorted, start);

        private static int RunEnd(string[] sorted, int start)
        {
            var end = start + 1;
            while (end < sorted.Length && string.Equals(sorted[end], sorted[start], StringComparison.Ordinal))
            {
                end++;
            }

            return end;
        }

        private static bool SameIds(string[] ids, string[] last)
        {
            if (ids.Length != last.Length)
            {
                return false;
            }

            for (var i = 0; i < ids.Length; i++)
            {
                if (!string.Equals(ids[i], last[i], StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
