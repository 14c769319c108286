using System.Collections.Immutable;
using System.Runtime.InteropServices;
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
    public ImmutableArray<string> Aliases
    {
        get => ImmutableCollectionsMarshal.AsImmutableArray(_aliases);
        init => _aliases = ImmutableCollectionsMarshal.AsArray(value);
    }

    /// <summary>The ISO 3166-1 alpha-3 code of the actor's country, when known.</summary>
    public string? Country { get; init; }

    /// <summary>The organisation or country the actor belongs to, when known.</summary>
    [JsonConverter(typeof(ActorIdJsonConverter))]
    public Actor? MemberOf { get; init; }

    /// <summary>The actor's role as the texts state it.</summary>
    public string? Role { get; init; }

    /// <summary>The actor's index in its corpus's table, for index lookups; -1 for an actor made by hand.</summary>
    internal int Ordinal { get; init; } = -1;

    /// <summary>The aliases as the table decodes them, set without making an <see cref="ImmutableArray{T}"/>.</summary>
    internal string[] AliasArray
    {
        init => _aliases = value;
    }

    /// <summary>
    /// The aliases' array (what an <see cref="ImmutableArray{T}"/> wraps, so equality is as before: the same array). Not a
    /// field of that struct type: loading the record's type would load System.Collections.Immutable with it, which a
    /// process's first lookup by name would pay for before it used any of it.
    /// </summary>
    private readonly string[]? _aliases = [];
}
