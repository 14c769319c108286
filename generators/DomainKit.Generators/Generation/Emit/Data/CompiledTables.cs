using System.Collections.Generic;

namespace DomainKit.Generators.Generation.Emit.Data
{
    /// <summary>
    /// A corpus as the runtime reads it: the UTF-8 string segments, the integer table, the fallback strings, and
    /// which key sets are small enough for generated dispatch code instead of a hash index.
    /// </summary>
    internal sealed record CompiledTables(
        IReadOnlyList<IReadOnlyList<byte>> Utf8Segments,
        IReadOnlyList<int> Ints,
        IReadOnlyList<string> FallbackStrings,
        bool DispatchNames,
        bool DispatchIds);
}
