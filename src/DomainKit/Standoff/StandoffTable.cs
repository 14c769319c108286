using DomainKit.Compiled;

namespace DomainKit.Standoff;

/// <summary>
/// The annotations of one kind of every document, document after document, each document's in file order. A record
/// is decoded the first time it is reached. Ids are unique within a document only: find one with
/// <see cref="StandoffLayer.TryGet"/>.
/// </summary>
/// <typeparam name="T">The record type.</typeparam>
public abstract class StandoffTable<T> : RecordTable<T>
    where T : class
{
    private readonly DocumentRuns _runs;
    private readonly int _documentColumn;

    private protected StandoffTable(StandoffTables tables, Section rows, int width, int documentColumn)
        : this(tables, tables.Reader, DocumentRuns.Standoff, rows, width, documentColumn)
    {
    }

    /// <summary>A table of <paramref name="reader"/>'s data, whose documents' runs are <paramref name="runs"/>.</summary>
    private protected StandoffTable(StandoffTables tables, DataReader reader, DocumentRuns runs, Section rows, int width, int documentColumn)
        : base(reader, rows, width, kind: null, rows)
    {
        Tables = tables;
        _runs = runs;
        _documentColumn = documentColumn;
    }

    private protected StandoffTables Tables { get; }

    /// <summary>The annotations of this kind in <paramref name="document"/>, in file order. Allocates nothing after the first call.</summary>
    /// <param name="document">A document of the same dataset.</param>
    public RecordRange<T> In(Document document)
    {
        var index = Tables.Documents.IndexOf(document);
        return index < 0 ? default : InDocument(index);
    }

    internal RecordRange<T> InDocument(int document)
    {
        var first = StandoffIndexes.FirstRow(Reader, _runs, document, _documentColumn);
        return new RecordRange<T>(this, first, StandoffIndexes.FirstRow(Reader, _runs, document + 1, _documentColumn) - first);
    }

    /// <summary>Those of <paramref name="group"/> of a grouping section whose rows are within [<paramref name="from"/>, <paramref name="to"/>).</summary>
    private protected RecordRange<T> Group(Section section, int group, int from, int to)
        => StandoffIndexes.GroupWithin(this, section, group, from, to);

    private protected Document DocumentOf(int index) => Tables.Documents[Reader.Int(Field(index, 0))];
}
