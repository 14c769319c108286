using System;
using System.Diagnostics.CodeAnalysis;
using DomainKit.Compiled;
using DomainKit.Standoff;

namespace DomainKit;

/// <summary>The statements of a corpus, with lookups by speaker, document, date and kind.</summary>
public sealed class StatementTable : RecordTable<Statement>
{
    private readonly DocumentTable _documents;
    private readonly ActorTable _actors;
    private readonly AttestationDecoder _attestations;

    internal StatementTable(DataReader reader, DocumentTable documents, ActorTable actors, StandoffTables standoff)
        : base(reader, Section.Statements, StatementRow.Width, RecordKind.Statement, Section.StatementIds)
    {
        _documents = documents;
        _actors = actors;
        _attestations = new AttestationDecoder(reader, documents, actors, standoff);
    }

    /// <inheritdoc/>
    // The base's body compiled for this type alone, so that the generated dispatch's call here has one target (see RecordTable.TryGet).
    public override bool TryGet(ReadOnlySpan<char> id, [NotNullWhen(true)] out Statement? record)
        => (record = IdDispatch is { } dispatch ? RecordAt(dispatch(id)) : FindInIdIndex(id)) is not null;

    /// <summary>The statements <paramref name="speaker"/> made, in id order. Allocates nothing after the first call.</summary>
    public RecordRange<Statement> BySpeaker(Actor speaker) => Groupings.Members(this, Section.StatementsBySpeaker, _actors.IndexOf(speaker));

    /// <summary>The statements <paramref name="document"/> attests, in id order. Allocates nothing after the first call.</summary>
    public RecordRange<Statement> In(Document document) => Groupings.Members(this, Section.StatementsByDocument, _documents.IndexOf(document));

    /// <summary>The statements of one kind, in id order. Allocates nothing after the first call.</summary>
    public RecordRange<Statement> OfKind(StatementKind kind) => Groupings.Members(this, Section.StatementsByKind, (int)kind);

    /// <summary>
    /// The statements whose date overlaps <paramref name="from"/>..<paramref name="to"/> (inclusive), by date;
    /// undated ones are left out, and a reversed period finds nothing. A binary search; the first call decodes the
    /// date index into an array (three integers a dated statement), later calls allocate nothing.
    /// </summary>
    public DatedRecords<Statement> Between(DateOnly from, DateOnly to) => new(this, Reader.Decoded(Section.StatementsByDate), from, to);

    private protected override Statement Create(int index) => Statement.Read(new RecordRow(Reader, Field(index, 0), _actors, _attestations));
}
