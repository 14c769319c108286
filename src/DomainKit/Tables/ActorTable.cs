using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using DomainKit.Compiled;

namespace DomainKit;

/// <summary>The canonical actors of a corpus, with lookup by id and by name or alias.</summary>
public sealed class ActorTable : RecordTable<Actor>
{
    /// <summary>The names' and aliases' index, created by the first lookup by name (<see cref="HashIndex.Of"/>).</summary>
    private HashIndex? _names;

    /// <summary>Whether the generated code has a name lookup (a small corpus's names and aliases): asked once, not per lookup.</summary>
    private readonly bool _dispatchNames;

    internal ActorTable(DataReader reader)
        : base(reader, Section.Actors, ActorRow.Width, RecordKind.Actor, Section.ActorIds)
    {
        _dispatchNames = reader.Data.FindByName(default) is not null;
    }

    /// <inheritdoc/>
    // The base's body compiled for this type alone, so that the generated dispatch's call here has one target (see RecordTable.TryGet).
    public override bool TryGet(ReadOnlySpan<char> id, [NotNullWhen(true)] out Actor? record)
        => (record = IdDispatch is { } dispatch ? RecordAt(dispatch(id)) : FindInIdIndex(id)) is not null;

    /// <summary>
    /// Finds an actor by its canonical name or any alias, ignoring case as <see cref="StringComparison.OrdinalIgnoreCase"/>
    /// does in the running app ("Islamic Emirate" finds the Taliban), whatever globalization the app or its compiler ran under.
    /// Allocates nothing. Where two actors claim a key, the generator has reported it (DK0024): a canonical name
    /// wins over an alias, then the actor with the smaller id.
    /// </summary>
    public bool TryFind(ReadOnlySpan<char> nameOrAlias, [NotNullWhen(true)] out Actor? actor)
    {
        if (_dispatchNames)
        {
            var index = Reader.Data.FindByName(nameOrAlias) ?? -1;
            actor = index < 0 ? null : this[index];
        }
        else
        {
            actor = HashIndex.Of(ref _names, Reader, Section.ActorNames).FindRecordIgnoringCase(nameOrAlias, this);
        }

        return actor is not null;
    }

    /// <summary>The index of <paramref name="actor"/> in this table, or -1.</summary>
    internal int IndexOf(Actor actor) => IndexOf(actor, actor.Ordinal, actor.Id);

    private protected override Actor Create(int index)
    {
        var memberOf = MemberOfIndex(index);
        DecodeAncestors(memberOf);
        return new Actor
        {
            Id = Reader.StringAt(Field(index, ActorRow.Id)),
            Name = Reader.StringAt(Field(index, ActorRow.Name)),
            Kind = (ActorKind)Reader.Int(Field(index, ActorRow.Kind)),
            AliasArray = Reader.Strings(Field(index, ActorRow.Aliases)),
            Country = Reader.NullableStringAt(Field(index, ActorRow.Country)),
            MemberOf = memberOf == Refs.None ? null : this[memberOf],
            Role = Reader.NullableStringAt(Field(index, ActorRow.Role)),
            Ordinal = index,
        };
    }

    private int MemberOfIndex(int index) => Reader.Int(Field(index, ActorRow.MemberOf));

    /// <summary>
    /// Decodes the not yet decoded ancestors of an actor, root first, so that each one finds its parent decoded:
    /// the stack stays flat however long the <c>memberOf</c> chain. The generator drops the link that closes a cycle (DK0022); the
    /// walk stops after <see cref="RecordTable{T}.Count"/> steps anyway.
    /// </summary>
    private void DecodeAncestors(int parent)
    {
        if (parent != Refs.None && !IsDecoded(parent))
        {
            DecodeChain(parent);
        }
    }

    /// <summary>
    /// The walk itself, apart: most actors have no parent or a decoded one, and only a method that runs it loads the
    /// stack's type (and its assembly), which a process's first lookup would otherwise pay for.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void DecodeChain(int parent)
    {
        var pending = new Stack<int>();
        for (var ancestor = parent; ancestor != Refs.None && !IsDecoded(ancestor) && pending.Count < Count; ancestor = MemberOfIndex(ancestor))
        {
            pending.Push(ancestor);
        }

        while (pending.TryPop(out var ancestor))
        {
            _ = this[ancestor];
        }
    }
}
