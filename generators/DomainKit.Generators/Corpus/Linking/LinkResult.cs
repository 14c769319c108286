using DomainKit.Generators.Common;
using DomainKit.Generators.Corpus.Export;
using DomainKit.Generators.Diagnostics;

namespace DomainKit.Generators.Corpus.Linking
{
    /// <summary>
    /// A linked corpus, or null when it could not be linked (no files, over a limit), with its diagnostics; and, from
    /// <see cref="CorpusLinker.Link"/> (the CLI's and the tests' way, not the generator's), what the catalogs hold that
    /// only an export writes back.
    /// </summary>
    internal sealed record LinkResult(LinkedCorpus? Corpus, EquatableArray<CorpusDiagnostic> Diagnostics)
    {
        /// <summary>
        /// The catalogs' export-only part of <see cref="Corpus"/>; null from the generator's merge, or with no corpus. It
        /// compares by reference (nothing compares link results but tests, by their corpus and diagnostics).
        /// </summary>
        public CatalogExtras? Extras { get; init; }
    }
}
