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
    /// <see cref="Width"/> characters. The section is the table's, read only once it is finished; equal chunks hold
    /// equal values, whichever sections they are in.
    /// </summary>
    internal sealed record IntChunk(IntSection Values, int Start, int Count, int Bias, int Width)
    {
        /// <summary>Whether the values are equal: a chunk shared by the two tables' sections is not read (<see cref="IntSection.RunEquals"/>).</summary>
        public bool Equals(IntChunk? other)
            => other is not null && Count == other.Count && Bias == other.Bias && Width == other.Width && Values.RunEquals(Start, other.Values, other.Start, Count);

        public override int GetHashCode() => unchecked((((Count * 31) + Bias) * 31) + Width);
    }
}
