using System;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Linq;

namespace DomainKit;

/// <summary>The statements of a corpus, with lookups by speaker, date and kind.</summary>
public sealed class StatementTable : RecordTable<Statement>
{
    private readonly FrozenDictionary<string, ImmutableArray<Statement>> _bySpeaker;

    internal StatementTable(ImmutableArray<Statement> all)
        : base(all, static statement => statement.Id)
    {
        _bySpeaker = Grouping.By(all, static statement => statement.Speaker.Id, StringComparer.Ordinal);
    }

    /// <summary>The statements <paramref name="speaker"/> made, in id order.</summary>
    public ImmutableArray<Statement> BySpeaker(Actor speaker)
        => _bySpeaker.TryGetValue(speaker.Id, out var statements) ? statements : [];

    /// <summary>The statements whose date overlaps <paramref name="from"/>..<paramref name="to"/> (inclusive); undated ones are left out.</summary>
    public ImmutableArray<Statement> Between(DateOnly from, DateOnly to) => Between(from, to, static statement => statement.Date);

    /// <summary>The statements of one kind, in id order.</summary>
    public ImmutableArray<Statement> OfKind(StatementKind kind) => All.Where(statement => statement.Kind == kind).ToImmutableArray();
}
