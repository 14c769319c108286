using DomainKit.Compiled;

namespace DomainKit.Standoff;

/// <summary>Every <c>N</c> line of a corpus, with lookups by the annotation they normalize and by document.</summary>
public sealed class NormalizationTable : TargetedStandoffTable<NormalizationAnnotation>
{
    internal NormalizationTable(StandoffTables tables)
        : base(tables, Section.Normalizations, NormalizationRow.Width, StandoffDocumentRow.Normalizations, Section.NormalizationsByTarget)
    {
    }

    private protected override NormalizationAnnotation Create(int index) => new()
    {
        Document = DocumentOf(index),
        Id = Reader.StringAt(Field(index, NormalizationRow.Id)),
        Type = Tables.TypeName(Reader.Int(Field(index, NormalizationRow.Type))),
        Target = TargetOf(index, NormalizationRow.TargetKind),
        Database = Reader.StringAt(Field(index, NormalizationRow.Database)),
        EntryId = Reader.StringAt(Field(index, NormalizationRow.Value)),
        Label = Reader.StringAt(Field(index, NormalizationRow.Label)),
        Row = index,
    };
}
