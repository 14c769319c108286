using DomainKit.Generators.Common;
using DomainKit.Generators.Diagnostics;

namespace DomainKit.Generators.Corpus.Linking
{
    /// <summary>A linked corpus, or null when it could not be linked (no files, over a limit), with its diagnostics.</summary>
    internal sealed record LinkResult(LinkedCorpus? Corpus, EquatableArray<CorpusDiagnostic> Diagnostics);
}
