using System;
using DomainKit.Compiled;

namespace DomainKit.Standoff;

/// <summary>Annotations with a type of their own (text-bounds, events, relations), with lookup by type.</summary>
/// <typeparam name="T">The record type.</typeparam>
public abstract class TypedStandoffTable<T> : StandoffTable<T>
    where T : Annotation
{
    private readonly Section _byType;

    private protected TypedStandoffTable(StandoffTables tables, Section rows, int width, int documentColumn, Section byType)
        : base(tables, rows, width, documentColumn)
    {
        _byType = byType;
    }

    /// <summary>
    /// Every annotation of <paramref name="type"/> (exact, as in the files; the generated <c>Types</c> constants
    /// name them), document after document. Allocates nothing after the first call.
    /// </summary>
    /// <param name="type">The type name.</param>
    public RecordRange<T> OfType(ReadOnlySpan<char> type) => Group(_byType, Tables.TypeIndex(type), 0, int.MaxValue);

    /// <summary>The annotations of <paramref name="type"/> in the rows [<paramref name="from"/>, <paramref name="to"/>).</summary>
    internal RecordRange<T> OfType(ReadOnlySpan<char> type, int from, int to) => Group(_byType, Tables.TypeIndex(type), from, to);
}
