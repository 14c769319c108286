using DomainKit.Compiled;

namespace DomainKit.Standoff;

/// <summary>Every <c>R</c> line of a corpus, with lookups by type and document.</summary>
public sealed class RelationAnnotationTable : TypedStandoffTable<RelationAnnotation>
{
    internal RelationAnnotationTable(StandoffTables tables)
        : base(tables, Section.AnnotationRelations, AnnotationRelationRow.Width, StandoffDocumentRow.Relations, Section.AnnotationRelationsByType)
    {
    }

    private protected override RelationAnnotation Create(int index) => new()
    {
        Document = DocumentOf(index),
        Id = Reader.StringAt(Field(index, AnnotationRelationRow.Id)),
        Type = Tables.TypeName(Reader.Int(Field(index, AnnotationRelationRow.Type))),
        Arg1 = Tables.Argument(Field(index, AnnotationRelationRow.Role1), Field(index, AnnotationRelationRow.Arg1Kind), Field(index, AnnotationRelationRow.Arg1)),
        Arg2 = Tables.Argument(Field(index, AnnotationRelationRow.Role2), Field(index, AnnotationRelationRow.Arg2Kind), Field(index, AnnotationRelationRow.Arg2)),
        Row = index,
    };
}
