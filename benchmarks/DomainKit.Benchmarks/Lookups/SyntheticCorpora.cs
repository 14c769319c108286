namespace DomainKit.Benchmarks.Lookups;

// Compiled in only when the build sets SyntheticScales (see DomainKit.Benchmarks.csproj).
#if SYNTHETIC_100
/// <summary>The 100× synthetic corpus (seed 1).</summary>
[DomainCorpus("x100")]
internal static partial class Synthetic100;
#endif

#if SYNTHETIC_1000
/// <summary>The 1000× synthetic corpus (seed 1).</summary>
[DomainCorpus("x1000")]
internal static partial class Synthetic1000;
#endif
