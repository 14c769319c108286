using System.Collections.Immutable;
using System.Text.Json.Serialization;
using DomainKit.Json;

namespace DomainKit.Standoff;

/// <summary>A <c>*</c> line: annotations declared equivalent (coreferent mentions, for instance). It has no id.</summary>
public sealed record Equivalence
{
    /// <summary>The document the line is in.</summary>
    [JsonConverter(typeof(DocumentIdJsonConverter))]
    public required Document Document { get; init; }

    /// <summary>The equivalence type (<c>Equiv</c> usually).</summary>
    public required string Type { get; init; }

    /// <summary>The annotations, in file order.</summary>
    public required ImmutableArray<Annotation> Members { get; init; }
}
