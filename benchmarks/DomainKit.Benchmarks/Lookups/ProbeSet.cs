namespace DomainKit.Benchmarks.Lookups;

/// <summary>Which keys a key lookup benchmark probes; both make <see cref="Probes.LookupsPerCall"/> lookups a call.</summary>
public enum ProbeSet
{
    /// <summary>64 keys spread over the corpus, cycled: what stays in the cache between lookups.</summary>
    Spread64,

    /// <summary>4,096 keys drawn at random: every lookup is likely a cache miss on a large corpus, as in real use.</summary>
    Random4096,
}
