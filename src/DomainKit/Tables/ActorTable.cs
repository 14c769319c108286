using System;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace DomainKit;

/// <summary>
/// A corpus's generated name lookup: the index in <see cref="RecordTable{T}.All"/> of the actor with this name
/// or alias (ignoring case), or -1.
/// </summary>
/// <param name="nameOrAlias">The name to look up.</param>
public delegate int ActorNameLookup(ReadOnlySpan<char> nameOrAlias);

/// <summary>The canonical actors of a corpus, with lookup by id and by name or alias.</summary>
public sealed class ActorTable : RecordTable<Actor>
{
    private readonly ActorNameLookup _findIndex;

    /// <summary>Creates the table over <paramref name="all"/> with the corpus's generated name lookup.</summary>
    internal ActorTable(ImmutableArray<Actor> all, ActorNameLookup findIndex)
        : base(all, static actor => actor.Id)
    {
        _findIndex = findIndex;
    }

    /// <summary>
    /// Finds an actor by its canonical name or any alias, ignoring case ("Islamic Emirate" finds the Taliban).
    /// Where two actors claim a key, the generator has reported it (DK0024): a canonical name wins over an alias,
    /// then the actor with the smaller id.
    /// </summary>
    public bool TryFind(ReadOnlySpan<char> nameOrAlias, [NotNullWhen(true)] out Actor? actor)
    {
        var index = _findIndex(nameOrAlias);
        actor = index < 0 ? null : All[index];
        return actor is not null;
    }
}
