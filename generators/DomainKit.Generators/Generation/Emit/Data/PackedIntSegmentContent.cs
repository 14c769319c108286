using System;
using System.Collections.Generic;
using DomainKit.Compiled;
using DomainKit.Generators.Common;

namespace DomainKit.Generators.Generation.Emit.Data
{
    /// <summary>
    /// One literal segment of the integer table (<see cref="IntTableWriter"/>): the directory when it is the first, then
    /// its chunks, each a run of a section's values with the section's bias and width. It compares the values, not their
    /// encoding, and encodes them only when the segment is emitted.
    /// </summary>
    internal sealed record PackedIntSegmentContent(EquatableArray<uint> Directory, EquatableArray<IntChunk> Chunks, int Length) : SegmentContent
    {
        /// <inheritdoc />
        public override string Text()
        {
            var text = new char[Length];
            var at = 0;
            foreach (var value in Directory)
            {
                at = IntTableWriter.Encode(text, at, value, IntTableCodec.DirectoryWidth);
            }

            foreach (var chunk in Chunks)
            {
                for (var i = chunk.Start; i < chunk.Start + chunk.Count; i++)
                {
                    at = IntTableWriter.Encode(text, at, (uint)(chunk.Values[i] - chunk.Bias), chunk.Width);
                }
            }

            return new string(text);
        }
    }

    /// <summary>
    /// <see cref="Count"/> values of a section from <see cref="Start"/>, each stored as its value minus <see cref="Bias"/> in
    /// <see cref="Width"/> characters. The section's list is the table's, read only once it is finished; equal chunks
    /// hold equal values, whichever lists they are in.
    /// </summary>
    internal sealed record IntChunk(List<int> Values, int Start, int Count, int Bias, int Width)
    {
        /// <summary>Values compared at a time: two blocks fit in the first-level cache.</summary>
        private const int BlockLength = 2048;

        // A block of each chunk's values, copied out to be compared as spans (a list's own array is out of reach on
        // netstandard2.0): a copy and one vectorized comparison cost a fraction of an indexer call per value, and
        // every unchanged segment is compared whole on each run. Per thread, as runs can compare on several.
        [ThreadStatic]
        private static int[]? _block;

        [ThreadStatic]
        private static int[]? _otherBlock;

        public bool Equals(IntChunk? other)
        {
            if (other is null || Count != other.Count || Bias != other.Bias || Width != other.Width)
            {
                return false;
            }

            var block = _block ??= new int[BlockLength];
            var otherBlock = _otherBlock ??= new int[BlockLength];
            for (var at = 0; at < Count; at += BlockLength)
            {
                var length = Math.Min(BlockLength, Count - at);
                Values.CopyTo(Start + at, block, 0, length);
                other.Values.CopyTo(other.Start + at, otherBlock, 0, length);
                if (!block.AsSpan(0, length).SequenceEqual(otherBlock.AsSpan(0, length)))
                {
                    return false;
                }
            }

            return true;
        }

        public override int GetHashCode() => unchecked((((Count * 31) + Bias) * 31) + Width);
    }
}
