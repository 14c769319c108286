using System.Linq;
using DomainKit.Generators.Common;

namespace DomainKit.Generators.Generation.Emit.Data
{
    /// <summary>
    /// The notes' own data as the generator emits it, in one file: equal when their bytes are, so only an edit that
    /// changes a note (or where a document's annotations start) writes it again.
    /// </summary>
    internal sealed record NoteDataModel(CorpusDeclaration Declaration, EquatableArray<string> Utf8Segments, EquatableArray<string> PackedIntSegments, EquatableArray<string> FallbackStrings)
    {
        public static NoteDataModel From(CorpusDeclaration declaration, CompiledTables tables)
            => new(
                declaration,
                tables.Utf8SegmentTexts().ToEquatableArray(),
                tables.PackedIntSegments().ToEquatableArray(),
                tables.FallbackStrings.ToEquatableArray());
    }
}
