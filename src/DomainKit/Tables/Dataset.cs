using System.Collections.Immutable;

namespace DomainKit;

/// <summary>
/// A whole compiled corpus. Each <c>[DomainCorpus]</c> class exposes its dataset as <c>Dataset</c> and the
/// same tables as static members (<c>Actors</c>, <c>Statements</c>, ...), for code that works with any corpus.
/// </summary>
public sealed class Dataset
{
    /// <summary>Builds the tables. Called by generated code; records must already be in id order.</summary>
    /// <param name="documents">Documents in id order.</param>
    /// <param name="actors">Actors in id order.</param>
    /// <param name="findActorIndex">The generated name/alias lookup over <paramref name="actors"/>.</param>
    /// <param name="statements">Statements in id order.</param>
    /// <param name="borderEvents">Border events in id order.</param>
    /// <param name="mentions">Mentions by document and offset.</param>
    /// <param name="relations">Relations between statements and border events.</param>
    public Dataset(
        ImmutableArray<Document> documents,
        ImmutableArray<Actor> actors,
        ActorNameLookup findActorIndex,
        ImmutableArray<Statement> statements,
        ImmutableArray<BorderEvent> borderEvents,
        ImmutableArray<Mention> mentions,
        ImmutableArray<Relation> relations)
    {
        Documents = new DocumentTable(documents);
        Actors = new ActorTable(actors, findActorIndex);
        Statements = new StatementTable(statements);
        BorderEvents = new BorderEventTable(borderEvents);
        Mentions = new MentionTable(mentions);
        Relations = relations;
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

    /// <summary>Relations between statements and border events.</summary>
    public ImmutableArray<Relation> Relations { get; }
}
