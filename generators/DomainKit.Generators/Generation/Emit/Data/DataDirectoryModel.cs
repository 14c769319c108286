using DomainKit.Generators.Common;

namespace DomainKit.Generators.Generation.Emit.Data
{
    /// <summary>
    /// What <c>{Class}.g.cs</c> is written from: how many segments there are (their contents live in their own
    /// files), the fallback strings, and the kinds whose ids have generated dispatch (<c>RecordKind</c> names).
    /// </summary>
    internal sealed record DataDirectoryModel(
        CorpusDeclaration Declaration, int Utf8Segments, int PackedIntSegments, EquatableArray<string> FallbackStrings, EquatableArray<string> DispatchedIdKinds);
}
