using System.Collections.Immutable;
using System.Text.Json.Serialization;
using DomainKit.Json;

namespace DomainKit;

/// <summary>A canonical actor: a person, country, organisation, armed group, outlet or group of people.</summary>
public sealed record Actor
{
    /// <summary>The actor's id in <c>actors.tsv</c>, such as <c>taliban</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The canonical name.</summary>
    public required string Name { get; init; }

    /// <summary>What kind of actor this is.</summary>
    public required ActorKind Kind { get; init; }

    /// <summary>Other names and spellings the texts use.</summary>
    public ImmutableArray<string> Aliases { get; init; } = [];

    /// <summary>The ISO 3166-1 alpha-3 code of the actor's country, when known.</summary>
    public string? Country { get; init; }

    /// <summary>The organisation or country the actor belongs to, when known.</summary>
    [JsonConverter(typeof(ActorIdJsonConverter))]
    public Actor? MemberOf { get; init; }

    /// <summary>The actor's role as the texts state it.</summary>
    public string? Role { get; init; }

    /// <summary>The actor's index in its corpus's table, for index lookups; -1 for an actor made by hand.</summary>
    internal int Ordinal { get; init; } = -1;
}
