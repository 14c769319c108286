using System.Linq;
using DomainKit.Generators.Common;

namespace DomainKit.Generators.Generation.Emit.Data
{
    /// <summary>A corpus's compiled data as the generator emits it: the directory file's model and every segment's.</summary>
    internal sealed record CompiledDataModel(DataDirectoryModel Directory, EquatableArray<DataSegmentModel> Segments)
    {
        public static CompiledDataModel From(CorpusDeclaration declaration, CompiledTables tables)
        {
            var packed = tables.PackedIntSegmentContents();
            var segments = tables.Utf8Segments.Select((bytes, index) => new DataSegmentModel(declaration, DataSegmentKind.Utf8, index, new Utf8SegmentContent(bytes)))
                .Concat(packed.Select((content, index) => new DataSegmentModel(declaration, DataSegmentKind.PackedInts, index, content)))
                .ToEquatableArray();
            return new CompiledDataModel(
                new DataDirectoryModel(declaration, tables.Utf8Segments.Count, packed.Count, tables.FallbackStrings.ToEquatableArray(), tables.DispatchedIdKinds),
                segments);
        }
    }
}
