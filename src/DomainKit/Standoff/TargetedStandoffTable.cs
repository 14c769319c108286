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

    /// <summary>Those on <paramref name="annotation"/>, in file order. A binary search at most; allocates nothing.</summary>
    /// <param name="annotation">A text-bound, event or relation of the same dataset (any other has none).</param>
    public RecordRange<T> Of(Annotation annotation)
    {
        // An annotation without a key (-1) is past every group: no group.
        return Group(_byTarget, Tables.KeyOf(annotation), 0, int.MaxValue);
    }

    private protected Annotation TargetOf(int index, int kindField)
        => Tables.Resolve((AnnotationKind)Reader.Int(Field(index, kindField)), Reader.Int(Field(index, kindField + 1)));
}
