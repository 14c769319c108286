using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace DomainKit;

/// <summary>The canonical actors of a corpus, with lookup by id and by name or alias.</summary>
public sealed class ActorTable : RecordTable<Actor>
{
    private readonly FrozenDictionary<string, Actor>.AlternateLookup<ReadOnlySpan<char>> _byName;

    /// <summary>Creates the table; <paramref name="nameKeys"/> maps every name and alias to an index in <paramref name="all"/>.</summary>
    internal ActorTable(ImmutableArray<Actor> all, IEnumerable<KeyValuePair<string, int>> nameKeys)
        : base(all, static actor => actor.Id)
    {
        var byName = new Dictionary<string, Actor>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, index) in nameKeys)
        {
            byName[key] = all[index];
        }

        _byName = byName.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>
    /// Finds an actor by its canonical name or any alias, ignoring case ("Islamic Emirate" finds the Taliban).
    /// Where two actors claim a name, the generator has reported it and the actor with the smaller id wins.
    /// </summary>
    public bool TryFind(ReadOnlySpan<char> nameOrAlias, [NotNullWhen(true)] out Actor? actor) => _byName.TryGetValue(nameOrAlias, out actor);
}
