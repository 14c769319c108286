using DomainKit.Compiled;

namespace DomainKit.Standoff;

/// <summary>Every <c>A</c> line of a corpus, with lookups by the annotation they are on and by document.</summary>
public sealed class AttributeTable : TargetedStandoffTable<AttributeAnnotation>
{
    internal AttributeTable(StandoffTables tables)
        : base(tables, Section.Attributes, AttributeRow.Width, StandoffDocumentRow.Attributes, Section.AttributesByTarget)
    {
    }

    private protected override AttributeAnnotation Create(int index) => new()
    {
        Document = DocumentOf(index),
        Id = Reader.StringAt(Field(index, AttributeRow.Id)),
        Type = Tables.TypeName(Reader.Int(Field(index, AttributeRow.Type))),
        Target = TargetOf(index, AttributeRow.TargetKind),
        Value = Reader.NullableStringAt(Field(index, AttributeRow.Value)),
        Row = index,
    };
}
