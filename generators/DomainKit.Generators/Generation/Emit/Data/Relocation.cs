namespace DomainKit.Generators.Generation.Emit.Data
{
    /// <summary>
    /// What a value written in one document's own numbering (<see cref="DocumentStandoffRows"/>) points at, so that it
    /// becomes the corpus's when the document's rows are appended to the corpus's table: nothing (kept as written), one of
    /// the document's strings or lists (looked up in, or appended to, the corpus's pools), one of its type names (mapped to
    /// the corpus's type index), or a row of one of its tables (moved by where the document's rows of that table start).
    /// </summary>
    internal enum Relocation : byte
    {
        None,
        String,
        List,
        Type,
        TextBoundRow,
        EventRow,
        RelationRow,
        AttributeRow,
        NormalizationRow,
        EventArgumentRow,
    }

    /// <summary>The relocation of a row reference by the kind of annotation it points at.</summary>
    internal static class RowRelocations
    {
        /// <summary>How many relocations there are (the last is <see cref="Relocation.EventArgumentRow"/>).</summary>
        public const int Count = (int)Relocation.EventArgumentRow + 1;

        /// <summary>A row of the annotations of <paramref name="kind"/> (an <see cref="DomainKit.Compiled.AnnotationKinds"/> number); a note's row is the notes' table's own, never relocated.</summary>
        public static Relocation Of(int kind) => kind switch
        {
            DomainKit.Compiled.AnnotationKinds.TextBound => Relocation.TextBoundRow,
            DomainKit.Compiled.AnnotationKinds.Event => Relocation.EventRow,
            DomainKit.Compiled.AnnotationKinds.Relation => Relocation.RelationRow,
            DomainKit.Compiled.AnnotationKinds.Attribute => Relocation.AttributeRow,
            DomainKit.Compiled.AnnotationKinds.Normalization => Relocation.NormalizationRow,
            _ => Relocation.None,
        };
    }
}
