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
            foreach (var section in sections)
            {
                var bias = section.Count == 0 ? 0 : section.Min();
                var width = section.Count == 0 ? 1 : IntTableCodec.WidthOf((uint)(section.Max() - (long)bias));
                if (current.Length > 0 && (section.Count > IntTableCodec.ChunkLength || current.Length + ((long)section.Count * width) > Refs.MaxSegmentLength))
                {
                    current = new StringBuilder();
                    segments.Add(current);
                }

                directory.Add((uint)(segments.Count - 1));
                directory.Add((uint)current.Length);
                directory.Add((uint)width);
                directory.Add((uint)bias);
                directory.Add((uint)section.Count);
                for (var i = 0; i < section.Count; i++)
                {
                    if (i > 0 && (i & IntTableCodec.ChunkMask) == 0)
                    {
                        current = new StringBuilder();
                        segments.Add(current);
                    }

                    Append(current, (uint)(section[i] - bias), width);
                }
            }

            var header = new StringBuilder();
            foreach (var value in directory)
            {
                Append(header, value, IntTableCodec.DirectoryWidth);
            }

            segments[0].Remove(0, header.Length).Insert(0, header.ToString());
            return segments.Select(s => s.ToString()).ToList();
        }

        private static void Append(StringBuilder output, uint value, int width)
        {
            for (var i = 0; i < width; i++)
            {
                output.Append((char)(IntTableCodec.Zero + (int)((value >> (IntTableCodec.BitsPerCharacter * i)) & IntTableCodec.CharacterMask)));
            }
        }
    }
}
