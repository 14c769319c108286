using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using DomainKit.Compiled;

namespace DomainKit.Generators.Generation.Emit.Data
{
    /// <summary>
    /// Lays the integer table's sections out in literal segments as <see cref="IntTableCodec"/> describes: per
    /// section the narrowest width and the bias (its smallest value) that hold every value, the directory first.
    /// </summary>
    internal static class IntTableWriter
    {
        public static List<string> Write(IReadOnlyList<IReadOnlyList<int>> sections)
        {
            var segments = new List<StringBuilder>();
            var directory = new List<uint> { (uint)sections.Count };
            var current = new StringBuilder();
            segments.Add(current);
            current.Append('\0', IntTableCodec.DirectoryWidth * (1 + (sections.Count * DirectoryFields.Length)));

            // A chunk's characters are encoded into one buffer and appended at once: a large corpus has millions of values.
            var chunk = new char[IntTableCodec.ChunkLength * IntTableCodec.MaxWidth];
            foreach (var section in sections)
            {
                // Stryker disable once NullCoalescing : a copy of the list holds the same values; the cast only saves the copy
                var values = section as List<int> ?? new List<int>(section);
                var (bias, width) = Encoding(values);
                if (current.Length > 0 && (values.Count > IntTableCodec.ChunkLength || current.Length + ((long)values.Count * width) > Refs.MaxSegmentLength))
                {
                    current = new StringBuilder();
                    segments.Add(current);
                }

                directory.Add((uint)(segments.Count - 1));
                directory.Add((uint)current.Length);
                directory.Add((uint)width);
                directory.Add((uint)bias);
                directory.Add((uint)values.Count);
                for (var start = 0; start < values.Count; start += IntTableCodec.ChunkLength)
                {
                    if (start > 0)
                    {
                        current = new StringBuilder();
                        segments.Add(current);
                    }

                    var length = 0;
                    for (var i = start; i < Math.Min(values.Count, start + IntTableCodec.ChunkLength); i++)
                    {
                        length = Encode(chunk, length, (uint)(values[i] - bias), width);
                    }

                    current.Append(chunk, 0, length);
                }
            }

            var header = new char[directory.Count * IntTableCodec.DirectoryWidth];
            var at = 0;
            foreach (var value in directory)
            {
                at = Encode(header, at, value, IntTableCodec.DirectoryWidth);
            }

            segments[0].Remove(0, header.Length).Insert(0, header);
            return segments.Select(s => s.ToString()).ToList();
        }

        /// <summary>The bias (the smallest value) and the narrowest width that hold every value of a section.</summary>
        private static (int Bias, int Width) Encoding(List<int> values)
        {
            if (values.Count == 0)
            {
                return (0, 1);
            }

            int min = int.MaxValue, max = int.MinValue;
            foreach (var value in values)
            {
                min = Math.Min(min, value);
                max = Math.Max(max, value);
            }

            return (min, IntTableCodec.WidthOf((uint)(max - (long)min)));
        }

        /// <summary>Writes <paramref name="value"/> in <paramref name="width"/> characters at <paramref name="at"/>; returns where the next goes.</summary>
        private static int Encode(char[] output, int at, uint value, int width)
        {
            for (var i = 0; i < width; i++)
            {
                output[at + i] = (char)(IntTableCodec.Zero + (int)((value >> (IntTableCodec.BitsPerCharacter * i)) & IntTableCodec.CharacterMask));
            }

            return at + width;
        }
    }
}
