using System;

namespace DomainKit.Generators.Corpus.Linking
{
    /// <summary>
    /// A merge's occurrences in canonical id order: the ids as given, sorted (ordinal), the position of each sorted one in
    /// the given order (each id's occurrences in the order given, which counts first in a conflict), and where each id's
    /// run ends. A merge of the same ids in the same order takes the last one's (<c>CorpusLinker</c>).
    /// </summary>
    internal sealed class IdOrder
    {
        private readonly int[] _runEnds;

        private IdOrder(string[] given, string[] sorted, int[] positions, int[] runEnds)
        {
            Given = given;
            Sorted = sorted;
            Positions = positions;
            _runEnds = runEnds;
        }

        /// <summary>The ids in the order given.</summary>
        public string[] Given { get; }

        /// <summary>The ids in ordinal order.</summary>
        public string[] Sorted { get; }

        /// <summary>Where each of <see cref="Sorted"/> was given.</summary>
        public int[] Positions { get; }

        /// <summary>The order of <paramref name="ids"/>.</summary>
        public static IdOrder Of(string[] ids)
        {
            var sorted = (string[])ids.Clone();
            var positions = new int[ids.Length];
            for (var i = 0; i < positions.Length; i++)
            {
                positions[i] = i;
            }

            // Sorted once with their positions, then each run of one id put back in position order: most ids are
            // attested once, and grouping by a hash of every id first cost as much again.
            Array.Sort(sorted, positions, StringComparer.Ordinal);
            var runEnds = new int[sorted.Length];
            for (var start = 0; start < sorted.Length;)
            {
                var end = start + 1;
                while (end < sorted.Length && string.Equals(sorted[end], sorted[start], StringComparison.Ordinal))
                {
                    end++;
                }

                Array.Sort(positions, start, end - start);
                runEnds[start] = end;
                start = end;
            }

            return new IdOrder(ids, sorted, positions, runEnds);
        }

        /// <summary>Where the run of the id starting at <paramref name="start"/> of <see cref="Sorted"/> ends.</summary>
        public int RunEnd(int start) => _runEnds[start];
    }
}
