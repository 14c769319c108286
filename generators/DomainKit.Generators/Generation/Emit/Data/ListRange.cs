using System;
using System.Collections.Generic;

namespace DomainKit.Generators.Generation.Emit.Data
{
    /// <summary>Copies a run of one list's integers to the end of another.</summary>
    internal static class ListRange
    {
        /// <summary>Values copied at a time: the block stays in the first-level cache between its two copies.</summary>
        private const int BlockLength = 2048;

        // A list's own array is out of reach on netstandard2.0, so values go through a block: two array copies, where
        // the indexer would cost a call and a check a value. Per thread, as runs can write tables on several.
        [ThreadStatic]
        private static int[]? _block;

        /// <summary>Appends <paramref name="count"/> values of <paramref name="source"/> from <paramref name="start"/> to <paramref name="target"/>.</summary>
        public static void Append(List<int> target, List<int> source, int start, int count)
        {
            var block = _block ??= new int[BlockLength];
            for (var at = 0; at < count; at += BlockLength)
            {
                var length = Math.Min(BlockLength, count - at);
                source.CopyTo(start + at, block, 0, length);
                target.AddRange(new ArraySegment<int>(block, 0, length));
            }
        }
    }
}
