using System;
using System.Collections.Generic;
using System.Linq;
using DomainKit.Compiled;
using DomainKit.Generators.Common;

namespace DomainKit.Generators.Generation.Emit.Data
{
    /// <summary>
    /// Lays the integer table's sections out in literal segments as <see cref="IntTableCodec"/> describes: per
    /// section the narrowest width and the bias (its smallest value) that hold every value, the directory first.
    /// </summary>
    internal static class IntTableWriter
    {
        /// <summary>The integer table's literal segments as text.</summary>
        public static List<string> Write(IReadOnlyList<IReadOnlyList<int>> sections) => Layout(sections).Select(segment => segment.Text()).ToList();

        /// <summary>The integer table's literal segments: which values each holds, their text made only when asked for.</summary>
        public static List<PackedIntSegmentContent> Layout(IReadOnlyList<IReadOnlyList<int>> sections)
        {
            var directoryLength = IntTableCodec.DirectoryWidth * (1 + (sections.Count * DirectoryFields.Length));
            var segments = new List<(List<IntChunk> Chunks, int Length)> { (new List<IntChunk>(), directoryLength) };
            var directory = new List<uint> { (uint)sections.Count };
            foreach (var values in sections)
            {
                var section = values as IntSection ?? Frozen(values);
                var (bias, width) = Encoding(section);
                var current = segments.Count - 1;
                if (segments[current].Length > 0 && (section.Count > IntTableCodec.ChunkLength || segments[current].Length + ((long)section.Count * width) > Refs.MaxSegmentLength))
                {
                    segments.Add((new List<IntChunk>(), 0));
                    current++;
                }

                directory.Add((uint)current);
                directory.Add((uint)segments[current].Length);
                directory.Add((uint)width);
                directory.Add((uint)bias);
                directory.Add((uint)section.Count);
                for (var start = 0; start < section.Count; start += IntTableCodec.ChunkLength)
                {
                    if (start > 0)
                    {
                        segments.Add((new List<IntChunk>(), 0));
                        current++;
                    }

                    var count = Math.Min(section.Count - start, IntTableCodec.ChunkLength);
                    segments[current].Chunks.Add(new IntChunk(section, start, count, bias, width));
                    segments[current] = (segments[current].Chunks, segments[current].Length + (count * width));
                }
            }

            return segments
                .Select((segment, index) => new PackedIntSegmentContent(
                    index == 0 ? directory.ToEquatableArray() : EquatableArray<uint>.Empty, segment.Chunks.ToEquatableArray(), segment.Length))
                .ToList();
        }

        /// <summary>The bias (the smallest value) and the narrowest width that hold every value of a section.</summary>
        private static (int Bias, int Width) Encoding(IntSection values)
        {
            if (values.Count == 0)
            {
                return (0, 1);
            }

            var (min, max) = values.Range();
            return (min, IntTableCodec.WidthOf((uint)(max - (long)min)));
        }

        /// <summary>A section holding <paramref name="values"/>, finished: a table given as lists (a tool's, a test's).</summary>
        private static IntSection Frozen(IReadOnlyList<int> values)
        {
            var section = new IntSection();
            section.AddRange(values);
            section.Freeze();
            return section;
        }

        /// <summary>Writes <paramref name="value"/> in <paramref name="width"/> characters at <paramref name="at"/>; returns where the next goes.</summary>
        internal static int Encode(char[] output, int at, uint value, int width)
        {
            for (var i = 0; i < width; i++)
            {
                output[at + i] = (char)(IntTableCodec.Zero + (int)((value >> (IntTableCodec.BitsPerCharacter * i)) & IntTableCodec.CharacterMask));
            }

            return at + width;
        }
    }
}
