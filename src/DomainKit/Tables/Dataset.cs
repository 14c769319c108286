using System.Collections.Immutable;
using System.Threading;
using DomainKit.Compiled;
using DomainKit.Standoff;

namespace DomainKit;

/// <summary>
/// A whole compiled corpus. Each <c>[DomainCorpus]</c> class exposes its dataset as <c>Dataset</c> and the
/// same tables as static members (<c>Actors</c>, <c>Statements</c>, ...), for code that works with any corpus.
/// Creating it decodes nothing: each record is decoded the first time it is reached.
/// </summary>
public sealed class Dataset
{
    private readonly DataReader _reader;
    private ImmutableArray<Relation> _relations;

    /// <summary>Wraps a corpus's compiled data. Called by generated code.</summary>
    /// <param name="data">The data the generator emitted for the corpus.</param>
    public Dataset(CorpusData data)
    {
        System.ArgumentNullException.ThrowIfNull(data);
        _reader = new DataReader(data);
        Actors = new ActorTable(_reader);
        Documents = new DocumentTable(_reader, Actors);
        Standoff = new StandoffTables(_reader, Documents);
        Documents.Standoff = Standoff;
        Statements = new StatementTable(_reader, Documents, Actors, Standoff);
        BorderEvents = new BorderEventTable(_reader, Documents, Actors, Standoff);
        Mentions = new MentionTable(_reader, Documents, Actors, Standoff);
    }

    /// <summary>The documents.</summary>
    public DocumentTable Documents { get; }

    /// <summary>The canonical actors.</summary>
    public ActorTable Actors { get; }

    /// <summary>The statements.</summary>
    public StatementTable Statements { get; }

    /// <summary>The border events.</summary>
    public BorderEventTable BorderEvents { get; }

    /// <summary>The actor mentions.</summary>
    public MentionTable Mentions { get; }

    /// <summary>
    /// The whole brat standoff layer: every annotation of every document, whatever the corpus's schema. One document's
    /// layer is also <c>document.Standoff</c>.
    /// </summary>
    public StandoffTables Standoff { get; }

    /// <summary>Relations between statements and border events, in catalog order.</summary>
    public ImmutableArray<Relation> Relations => _relations.IsDefault ? DecodeRelations() : _relations;

    private ImmutableArray<Relation> DecodeRelations()
    {
        var count = _reader.Rows(Section.Relations, RelationRow.Width);
        var builder = ImmutableArray.CreateBuilder<Relation>(count);
        for (var i = 0; i < count; i++)
        {
            var row = _reader.Field(Section.Relations, RelationRow.Width, i, 0);
            builder.Add(new Relation(_reader.StringAt(row + RelationRow.From), _reader.StringAt(row + RelationRow.Kind), _reader.StringAt(row + RelationRow.To)));
        }

        ImmutableInterlocked.InterlockedInitialize(ref _relations, builder.MoveToImmutable());
        return _relations;
    }
}
