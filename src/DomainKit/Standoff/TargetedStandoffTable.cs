using DomainKit.Compiled;

namespace DomainKit.Standoff;

/// <summary>Annotations on another annotation (attributes, normalizations, notes), with lookup by the annotation.</summary>
/// <typeparam name="T">The record type.</typeparam>
public abstract class TargetedStandoffTable<T> : StandoffTable<T>
    where T : Annotation
{
    private readonly Section _byTarget;

    private protected TargetedStandoffTable(StandoffTables tables, Section rows, int width, int documentColumn, Section byTarget)
        : base(tables, rows, width, documentColumn)
    {
        _byTarget = byTarget;
    }

    /// <summary>A table of <paramref name="reader"/>'s data, whose documents' runs are <paramref name="runs"/>.</summary>
    private protected TargetedStandoffTable(StandoffTables tables, DataReader reader, DocumentRuns runs, Section rows, int width, int documentColumn, Section byTarget)
        : base(tables, reader, runs, rows, width, documentColumn)
    {
        _byTarget = byTarget;
    }

    /// <summary>Those on <paramref name="annotation"/>, in file order. A binary search at most; allocates nothing after the first call.</summary>
    /// <param name="annotation">A text-bound, event or relation of the same dataset (any other has none).</param>
    public RecordRange<T> Of(Annotation annotation)
    {
        var key = Tables.KeyOf(annotation);
        return key < 0 ? default : OnKey(key);
    }

    /// <summary>Those on the annotation with <paramref name="key"/> (<see cref="AnnotationKeys"/>): by default a group of a grouping section.</summary>
    private protected virtual RecordRange<T> OnKey(int key) => Group(_byTarget, key, 0, int.MaxValue);

    private protected Annotation TargetOf(int index, int kindField)
        => Tables.Resolve((AnnotationKind)Reader.Int(Field(index, kindField)), Reader.Int(Field(index, kindField + 1)));
}
