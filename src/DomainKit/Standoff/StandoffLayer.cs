using System;
using System.Diagnostics.CodeAnalysis;
using DomainKit.Compiled;

namespace DomainKit.Standoff;

/// <summary>
/// The standoff layer of one document: its annotations of each kind in file order, by type, by id, and those covering
/// a text offset. A view over the compiled tables: getting one allocates nothing, and neither does a query after the
/// first of its kind, which decodes the index it reads and keeps it (for <see cref="TryGet"/>, the document's ids).
/// </summary>
public readonly struct StandoffLayer
{
    private readonly StandoffTables? _tables;
    private readonly int _document;

    internal StandoffLayer(StandoffTables tables, Document document, int index)
    {
        _tables = tables;
        Document = document;
        _document = index;
    }

    /// <summary>The document; <see langword="null"/> for the empty layer of a document from elsewhere.</summary>
    public Document? Document { get; }

    /// <summary>The text-bound annotations (<c>T</c>), in file order.</summary>
    public RecordRange<TextBoundAnnotation> TextBounds => _tables?.TextBounds.InDocument(_document) ?? default;

    /// <summary>The events (<c>E</c>), in file order.</summary>
    public RecordRange<EventAnnotation> Events => _tables?.Events.InDocument(_document) ?? default;

    /// <summary>The relations (<c>R</c>), in file order.</summary>
    public RecordRange<RelationAnnotation> Relations => _tables?.Relations.InDocument(_document) ?? default;

    /// <summary>The attributes (<c>A</c>), in file order.</summary>
    public RecordRange<AttributeAnnotation> Attributes => _tables?.Attributes.InDocument(_document) ?? default;

    /// <summary>The normalizations (<c>N</c>), in file order.</summary>
    public RecordRange<NormalizationAnnotation> Normalizations => _tables?.Normalizations.InDocument(_document) ?? default;

    /// <summary>The notes (<c>#</c>), in file order.</summary>
    public RecordRange<NoteAnnotation> Notes => _tables?.Notes.InDocument(_document) ?? default;

    /// <summary>The equivalences (<c>*</c>), in file order.</summary>
    public RecordRange<Equivalence> Equivalences => _tables?.Equivalences.InDocument(_document) ?? default;

    /// <summary>The text-bound annotations of <paramref name="type"/>, in file order. Two binary searches; allocates nothing after the first call.</summary>
    /// <param name="type">The type name (a generated <c>Types</c> constant).</param>
    public RecordRange<TextBoundAnnotation> TextBoundsOfType(ReadOnlySpan<char> type)
        => _tables is null ? default : OfType(_tables.TextBounds, StandoffDocumentRow.TextBounds, type);

    /// <summary>The events of <paramref name="type"/>, in file order. Allocates nothing after the first call.</summary>
    /// <param name="type">The type name (a generated <c>Types</c> constant).</param>
    public RecordRange<EventAnnotation> EventsOfType(ReadOnlySpan<char> type)
        => _tables is null ? default : OfType(_tables.Events, StandoffDocumentRow.Events, type);

    /// <summary>The relations of <paramref name="type"/>, in file order. Allocates nothing after the first call.</summary>
    /// <param name="type">The type name (a generated <c>RelationTypes</c> constant).</param>
    public RecordRange<RelationAnnotation> RelationsOfType(ReadOnlySpan<char> type)
        => _tables is null ? default : OfType(_tables.Relations, StandoffDocumentRow.Relations, type);

    /// <summary>
    /// The text-bound annotations that cover code point <paramref name="offset"/> (for a discontinuous one, a fragment
    /// covers it), latest start first. An interval index built at compile time: a binary search, then a walk back
    /// over the spans that start before the offset while one of them still reaches past it. Allocates nothing after the first call.
    /// </summary>
    /// <param name="offset">A code point offset into the document text.</param>
    public CoveringTextBounds Covering(int offset)
    {
        if (_tables is null)
        {
            return default;
        }

        var reader = _tables.Reader;
        var first = StandoffIndexes.FirstRow(reader, _document, StandoffDocumentRow.TextBounds);
        var end = StandoffIndexes.FirstRow(reader, _document + 1, StandoffDocumentRow.TextBounds);
        var intervals = reader.Decoded(Section.TextBoundIntervals);

        // The last entry whose start is at or before the offset.
        int low = first, high = end;
        while (low < high)
        {
            // Stryker disable once Bitwise : the operand is never negative, so >> and >>> agree
            var middle = low + ((high - low) >> 1);
            if (intervals[(middle * IntervalFields.Width) + IntervalFields.Start] <= offset)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return new CoveringTextBounds(_tables, intervals, first, low, offset);
    }

    /// <summary>
    /// Finds the annotation with this id in the document (any kind with an id): a hash table over the document's ids,
    /// which its first lookup decodes into an array (20 to 24 bytes an annotation) and keeps; after that, allocates
    /// nothing.
    /// </summary>
    /// <param name="id">The id as in the <c>.ann</c> file (<c>T1</c>, <c>E3</c>, <c>A2</c>, ...).</param>
    /// <param name="annotation">The annotation, or <see langword="null"/>.</param>
    public bool TryGet(ReadOnlySpan<char> id, [NotNullWhen(true)] out Annotation? annotation)
    {
        annotation = _tables is null ? null : _tables.Ids.Find(_document, id) ?? _tables.NoteIds.Find(_document, id);
        return annotation is not null;
    }

    private RecordRange<T> OfType<T>(TypedStandoffTable<T> table, int column, ReadOnlySpan<char> type)
        where T : Annotation
        => table.OfType(type, StandoffIndexes.FirstRow(table.Reader, _document, column), StandoffIndexes.FirstRow(table.Reader, _document + 1, column));
}
