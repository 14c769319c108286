using System.Collections.Generic;
using System.Text;
using DomainKit.Compiled;

namespace DomainKit.Generators.Generation.Emit.Data
{
    /// <summary>
    /// A corpus as the runtime reads it: the UTF-8 string segments, the integer table, the fallback strings, and
    /// which key sets also get generated dispatch code. <c>CorpusTableWriter.Write</c> makes it from a
    /// linked corpus; the generator emits it as literals, and a tool can wrap the same bytes in a
    /// <c>CorpusData</c> at run time (<see cref="Utf8Segments"/>, and <see cref="PackedIntSegments"/> as ASCII).
    /// </summary>
    internal sealed record CompiledTables(
        IReadOnlyList<IReadOnlyList<byte>> Utf8Segments,
        IReadOnlyList<int> Ints,
        IReadOnlyList<string> FallbackStrings,
        bool DispatchNames,
        bool DispatchIds)
    {
        /// <summary>The integer table packed into segments of at most <see cref="Refs.MaxSegmentLength"/> characters.</summary>
        public List<string> PackedIntSegments()
        {
            var segments = new List<string>();
            var segment = new StringBuilder();
            var value = new StringBuilder();
            IntTableCodec.Encode(Ints.Count, segment);
            foreach (var item in Ints)
            {
                value.Clear();
                IntTableCodec.Encode(item, value);
                if (segment.Length + value.Length > Refs.MaxSegmentLength)
                {
                    segments.Add(segment.ToString());
                    segment.Clear();
                }

                segment.Append(value);
            }

            segments.Add(segment.ToString());
            return segments;
        }
    }
}
