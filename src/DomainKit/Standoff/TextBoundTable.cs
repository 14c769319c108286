using DomainKit.Compiled;

namespace DomainKit.Standoff;

/// <summary>Every <c>T</c> line of a corpus, with lookups by type and document.</summary>
public sealed class TextBoundTable : TypedStandoffTable<TextBoundAnnotation>
{
    internal TextBoundTable(StandoffTables tables)
        : base(tables, Section.TextBounds, TextBoundRow.Width, StandoffDocumentRow.TextBounds, Section.TextBoundsByType)
    {
    }

    private protected override TextBoundAnnotation Create(int index)
    {
        var document = DocumentOf(index);
        var span = Field(index, TextBoundRow.Span);
        return new TextBoundAnnotation
        {
            Document = document,
            Id = Reader.StringAt(Field(index, TextBoundRow.Id)),
            Type = Tables.TypeName(Reader.Int(Field(index, TextBoundRow.Type))),
            // Stryker disable once Arithmetic : the field's offset is 0, so - and + read the same integer
            Start = Reader.Int(span + SpanFields.Start),
            End = Reader.Int(span + SpanFields.End),
            Text = SpanDecoder.Text(Reader, span, document),
            Fragments = SpanDecoder.Fragments(Reader, span),
            Row = index,
        };
    }
}
