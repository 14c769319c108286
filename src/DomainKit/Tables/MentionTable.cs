using System;
using System.Collections.Frozen;
using System.Collections.Immutable;

namespace DomainKit;

/// <summary>Every actor mention of a corpus, by document and offset, with lookups by actor and document.</summary>
public sealed class MentionTable
{
    private readonly FrozenDictionary<string, ImmutableArray<Mention>> _byActor;
    private readonly FrozenDictionary<string, ImmutableArray<Mention>> _byDocument;

    internal MentionTable(ImmutableArray<Mention> all)
    {
        All = all;
        _byActor = Grouping.By(all, static mention => mention.Actor.Id, StringComparer.Ordinal);
        _byDocument = Grouping.By(all, static mention => mention.Document.Id, StringComparer.Ordinal);
    }

    /// <summary>Every mention, ordered by document, then offset.</summary>
    public ImmutableArray<Mention> All { get; }

    /// <summary>The number of mentions.</summary>
    public int Count => All.Length;

    /// <summary>The mentions of <paramref name="actor"/>, by document and offset.</summary>
    public ImmutableArray<Mention> Of(Actor actor) => _byActor.TryGetValue(actor.Id, out var mentions) ? mentions : [];

    /// <summary>The mentions in <paramref name="document"/>, by offset.</summary>
    public ImmutableArray<Mention> In(Document document) => _byDocument.TryGetValue(document.Id, out var mentions) ? mentions : [];
}
