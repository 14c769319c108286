using DomainKit.Compiled;
using DomainKit.Standoff;

namespace DomainKit;

/// <summary>Every actor mention of a corpus, by document and offset, with lookups by actor and document.</summary>
public sealed class MentionTable : RecordTable<Mention>
{
    private readonly DocumentTable _documents;
    private readonly ActorTable _actors;
    private readonly StandoffTables _standoff;

    internal MentionTable(DataReader reader, DocumentTable documents, ActorTable actors, StandoffTables standoff)
        : base(reader, Section.Mentions, MentionRow.Width, kind: null, Section.Mentions)
    {
        _documents = documents;
        _actors = actors;
        _standoff = standoff;
    }

    /// <summary>The mentions of <paramref name="actor"/>, by document and offset. Allocates nothing after the first call.</summary>
    public RecordRange<Mention> Of(Actor actor) => Groupings.Members(this, Section.MentionsByActor, _actors.IndexOf(actor));

    /// <summary>The mentions in <paramref name="document"/>, by offset. Allocates nothing after the first call.</summary>
    public RecordRange<Mention> In(Document document) => Groupings.Contiguous(this, Section.MentionsByDocument, _documents.IndexOf(document));

    private protected override Mention Create(int index)
    {
        var document = _documents[Reader.Int(Field(index, MentionRow.Document))];
        var span = Field(index, MentionRow.Span);
        var annotation = Reader.Int(Field(index, MentionRow.Annotation));
        return new Mention
        {
            Document = document,
            Actor = _actors[Reader.Int(Field(index, MentionRow.Actor))],
            // Stryker disable once Arithmetic : the field's offset is 0, so - and + read the same integer
            Start = Reader.Int(span + SpanFields.Start),
            End = Reader.Int(span + SpanFields.End),
            Text = SpanDecoder.Text(Reader, span, document),
            Fragments = SpanDecoder.Fragments(Reader, span),
            Annotation = annotation == Refs.None ? null : _standoff.TextBounds[annotation],
        };
    }
}
