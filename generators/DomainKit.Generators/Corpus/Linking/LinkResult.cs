using System;
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
        /// <summary>Builds <see cref="Extras"/> on first use: only an export reads it.</summary>
        private Lazy<CatalogExtras>? _extras;

        /// <summary>
        /// The catalogs' export-only part of <see cref="Corpus"/>, built when first read (a command that does not write
        /// brat back never builds it); null from the generator's merge, or with no corpus. It compares by reference
        /// (nothing compares link results but tests, by their corpus and diagnostics).
        /// </summary>
        public CatalogExtras? Extras => _extras?.Value;

        /// <summary>This result with <see cref="Extras"/> built by <paramref name="build"/> when first read.</summary>
        public LinkResult WithExtras(Func<CatalogExtras> build) => this with { _extras = new Lazy<CatalogExtras>(build) };
    }
}
