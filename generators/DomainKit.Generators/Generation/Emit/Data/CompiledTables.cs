using System.Collections.Generic;
using System.Linq;
using DomainKit.Compiled;
using DomainKit.Generators.Common;

namespace DomainKit.Generators.Generation.Emit.Data
{
    /// <summary>
    /// A corpus as the runtime reads it: the UTF-8 string segments, the integer table's sections, the fallback
    /// strings, and the kinds whose ids also get generated dispatch code (by name). <c>CorpusTableWriter.Write</c> makes it from a
    /// linked corpus; the generator emits it as literals, and a tool can wrap the same bytes in a
    /// <c>CorpusData</c> at run time (<see cref="Utf8Segments"/>, and <see cref="PackedIntSegments"/> as ASCII).
    /// </summary>
    internal sealed record CompiledTables(
        IReadOnlyList<EquatableArray<byte>> Utf8Segments,
        IReadOnlyList<IReadOnlyList<int>> Sections,
        IReadOnlyList<string> FallbackStrings,
        EquatableArray<string> DispatchedIdKinds)
    {
        /// <summary>The integer table as the runtime reads it in place (<see cref="IntTableCodec"/>).</summary>
        public List<string> PackedIntSegments() => IntTableWriter.Write(Sections);

        /// <summary>The integer table's segments, their text made only when asked for (<see cref="SegmentContent.Text"/>).</summary>
        public List<PackedIntSegmentContent> PackedIntSegmentContents() => IntTableWriter.Layout(Sections);

        /// <summary>The UTF-8 segments as the text of their literals.</summary>
        public IEnumerable<string> Utf8SegmentTexts() => Utf8Segments.Select(bytes => System.Text.Encoding.UTF8.GetString(bytes.AsSpan().ToArray()));
    }
}
