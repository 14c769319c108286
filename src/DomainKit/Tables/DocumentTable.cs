using System;
using System.Diagnostics.CodeAnalysis;
using DomainKit.Compiled;
using DomainKit.Standoff;

namespace DomainKit;

/// <summary>The documents of a corpus, with lookup by id.</summary>
public sealed class DocumentTable : RecordTable<Document>
{
    private readonly ActorTable _actors;
    private readonly Dataset _dataset;

    /// <param name="reader">The corpus's data.</param>
    /// <param name="actors">The actor table outlets are read from.</param>
    /// <param name="dataset">The dataset whose standoff layer documents reach (created after this table, which it reads).</param>
    internal DocumentTable(DataReader reader, ActorTable actors, Dataset dataset)
        : base(reader, Section.Documents, DocumentRow.Width, RecordKind.Document, Section.DocumentIds)
    {
        _actors = actors;
        _dataset = dataset;
    }

    /// <inheritdoc/>
    // The base's body compiled for this type alone, so that the generated dispatch's call here has one target (see RecordTable.TryGet).
    public override bool TryGet(ReadOnlySpan<char> id, [NotNullWhen(true)] out Document? record)
        => (record = IdDispatch is { } dispatch ? RecordAt(dispatch(id)) : FindInIdIndex(id)) is not null;

    /// <summary>The index of <paramref name="document"/> in this table, or -1.</summary>
    internal int IndexOf(Document document) => IndexOf(document, document.Ordinal, document.Id);

    private protected override Document Create(int index)
    {
        var outlet = Reader.Int(Field(index, DocumentRow.Outlet));
        return new Document
        {
            Id = Reader.StringAt(Field(index, DocumentRow.Id)),
            Title = Reader.StringAt(Field(index, DocumentRow.Title)),
            Outlet = outlet == Refs.None ? null : _actors[outlet],
            Published = Reader.DateAt(Field(index, DocumentRow.Published)),
            Text = Reader.StringAt(Field(index, DocumentRow.Text)),
            Ordinal = index,
            Tables = _dataset.Standoff,
        };
    }
}
