using System;
using System.Collections.Immutable;
using DomainKit.Compiled;

namespace DomainKit.Standoff;

/// <summary>
/// The whole brat standoff layer of a corpus: every annotation line the build accepted, of every document, whatever
/// its schema. Reach one document's layer with <see cref="Of"/> (or <c>document.Standoff</c>), all annotations of a
/// kind through the tables. Records are decoded the first time they are reached.
/// </summary>
public sealed class StandoffTables
{
    private ImmutableArray<string> _types;
    private readonly TypeNames _typeNames;
    private readonly TypeNames _noteTypeNames;
    private readonly HashIndex _typeIndex;

    internal StandoffTables(DataReader reader, DocumentTable documents)
    {
        Reader = reader;
        NoteReader = new DataReader(reader.Data.Notes ?? EmptyCorpusData.Instance);
        Documents = documents;
        _typeIndex = new HashIndex(reader, Section.AnnotationTypeNames);
        _typeNames = new TypeNames(reader);
        _noteTypeNames = new TypeNames(NoteReader);
        Ids = new AnnotationIdIndex(this, reader, DocumentRuns.Standoff, StandoffDocumentRow.Ids);
        NoteIds = new AnnotationIdIndex(this, NoteReader, DocumentRuns.Notes, NoteDocumentRow.Notes);
        TextBounds = new TextBoundTable(this);
        Events = new EventAnnotationTable(this);
        Relations = new RelationAnnotationTable(this);
        Attributes = new AttributeTable(this);
        Normalizations = new NormalizationTable(this);
        Notes = new NoteTable(this);
        Equivalences = new EquivalenceTable(this);
    }

    /// <summary>The text-bound annotations (<c>T</c>).</summary>
    public TextBoundTable TextBounds { get; }

    /// <summary>The events (<c>E</c>).</summary>
    public EventAnnotationTable Events { get; }

    /// <summary>The relations (<c>R</c>).</summary>
    public RelationAnnotationTable Relations { get; }

    /// <summary>The attributes (<c>A</c>, <c>M</c>).</summary>
    public AttributeTable Attributes { get; }

    /// <summary>The normalizations (<c>N</c>).</summary>
    public NormalizationTable Normalizations { get; }

    /// <summary>The notes (<c>#</c>).</summary>
    public NoteTable Notes { get; }

    /// <summary>The equivalences (<c>*</c>).</summary>
    public EquivalenceTable Equivalences { get; }

    /// <summary>Every type name the layer uses (annotation, relation, attribute, normalization and note types), ordinal order.</summary>
    public ImmutableArray<string> Types => _types.IsDefault ? DecodeTypes() : _types;

    internal DataReader Reader { get; }

    /// <summary>The notes' own table (<see cref="CorpusData.Notes"/>).</summary>
    internal DataReader NoteReader { get; }

    internal DocumentTable Documents { get; }

    /// <summary>The ids of every annotation but the notes.</summary>
    internal AnnotationIdIndex Ids { get; }

    /// <summary>The notes' ids.</summary>
    internal AnnotationIdIndex NoteIds { get; }

    /// <summary>The standoff layer of <paramref name="document"/>; empty for a document of another dataset.</summary>
    /// <param name="document">A document of this dataset.</param>
    public StandoffLayer Of(Document document)
    {
        var index = Documents.IndexOf(document);
        return index < 0 ? default : new StandoffLayer(this, Documents[index], index);
    }

    /// <summary>The annotation of <paramref name="kind"/> at <paramref name="row"/> of its table.</summary>
    internal Annotation Resolve(AnnotationKind kind, int row) => kind switch
    {
        AnnotationKind.TextBound => TextBounds[row],
        AnnotationKind.Event => Events[row],
        AnnotationKind.Relation => Relations[row],
        AnnotationKind.Attribute => Attributes[row],
        AnnotationKind.Normalization => Normalizations[row],
        _ => Notes[row],
    };

    /// <summary>An argument whose role, target kind and target row are at these positions of the data.</summary>
    internal AnnotationArgument Argument(int role, int kind, int row)
        => new(Reader.StringAt(role), this, (AnnotationKind)Reader.Int(kind), Reader.Int(row));

    /// <summary>
    /// The key of <paramref name="annotation"/> in the by-target groupings (<see cref="AnnotationKeys"/>), or -1. A copy
    /// of a record (<c>with</c>) is found again by its document and id.
    /// </summary>
    internal int KeyOf(Annotation annotation)
    {
        var row = annotation.Row;
        if (!IsRecordAt(annotation, row) && Of(annotation.Document).TryGet(annotation.Id, out var found) && found.Kind == annotation.Kind)
        {
            annotation = found;
            row = found.Row;
        }

        return annotation.Kind switch
        {
            _ when !IsRecordAt(annotation, row) => -1,
            AnnotationKind.TextBound => AnnotationKeys.Of(AnnotationKinds.TextBound, row, TextBounds.Count, Events.Count),
            AnnotationKind.Event => AnnotationKeys.Of(AnnotationKinds.Event, row, TextBounds.Count, Events.Count),
            AnnotationKind.Relation => AnnotationKeys.Of(AnnotationKinds.Relation, row, TextBounds.Count, Events.Count),
            _ => -1,
        };
    }

    /// <summary>The index of a type name, or -1 when no annotation has it.</summary>
    internal int TypeIndex(ReadOnlySpan<char> type) => _typeIndex.Find(type);

    /// <summary>Type name <paramref name="index"/>, decoded once: every annotation of a type shares the string.</summary>
    internal string TypeName(int index) => _typeNames[index];

    /// <summary>Type name <paramref name="index"/> of the notes' table, decoded once.</summary>
    internal string NoteTypeName(int index) => _noteTypeNames[index];

    private bool IsRecordAt(Annotation annotation, int row) => annotation.Kind switch
    {
        AnnotationKind.TextBound => Same(TextBounds, row, annotation),
        AnnotationKind.Event => Same(Events, row, annotation),
        AnnotationKind.Relation => Same(Relations, row, annotation),
        _ => false,
    };

    private static bool Same<T>(RecordTable<T> table, int row, Annotation annotation)
        where T : Annotation
        => (uint)row < (uint)table.Count && ReferenceEquals(table[row], annotation);

    private ImmutableArray<string> DecodeTypes()
    {
        var builder = ImmutableArray.CreateBuilder<string>(_typeNames.Count + _noteTypeNames.Count);
        for (var i = 0; i < _typeNames.Count; i++)
        {
            builder.Add(_typeNames[i]);
        }

        // The notes' types are sorted in their own table; a type that other annotations also use is listed once.
        for (var i = 0; i < _noteTypeNames.Count; i++)
        {
            if (_typeIndex.Find(_noteTypeNames[i]) < 0)
            {
                builder.Add(_noteTypeNames[i]);
            }
        }

        builder.Sort(StringComparer.Ordinal);
        ImmutableInterlocked.InterlockedInitialize(ref _types, builder.ToImmutable());
        return _types;
    }
}
