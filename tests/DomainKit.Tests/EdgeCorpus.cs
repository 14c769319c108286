namespace DomainKit.Tests;

/// <summary>A corpus of lines the bundled data has no example of (equivalences, records without a PLOVER type), compiled by the generator as a consumer's corpus is.</summary>
[DomainCorpus("EdgeCorpus")]
internal static partial class EdgeCorpus;
