using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Threading;
using DomainKit.Compiled;
using DomainKit.Standoff;

namespace DomainKit;

/// <summary>
/// A whole compiled corpus. Each <c>[DomainCorpus]</c> class exposes its dataset as <c>Dataset</c> and the
/// same tables as static members (<c>Actors</c>, <c>Statements</c>, ...), for code that works with any corpus.
/// Creating it decodes nothing: each table is created the first time it is reached (so a process whose first
/// query is an actor lookup loads, and JIT-compiles, the actor table only) and each record the first time it is read.
/// </summary>
public sealed class Dataset
{
    private readonly DataReader _reader;
    private ActorTable? _actors;
    private DocumentTable? _documents;
    private StandoffTables? _standoff;
    private StatementTable? _statements;
    private BorderEventTable? _borderEvents;
    private MentionTable? _mentions;

    /// <summary>The relations, once <see cref="Relations"/> is first read; an array, not an <see cref="ImmutableArray{T}"/> field (see <see cref="RecordTable{T}"/>).</summary>
    private Relation[]? _relations;

    /// <summary>Wraps a corpus's compiled data. Called by generated code.</summary>
    /// <param name="data">The data the generator emitted for the corpus.</param>
    public Dataset(CorpusData data)
    {
        System.ArgumentNullException.ThrowIfNull(data);
        _reader = new DataReader(data);
    }

    /// <summary>The documents.</summary>
    // Stryker disable once NullCoalescing : without the stored table's shortcut, Publish still returns the stored table; only one more is created and dropped
    public DocumentTable Documents => _documents ?? Publish(ref _documents, new DocumentTable(_reader, Actors, this));

    /// <summary>The canonical actors.</summary>
    // Stryker disable once NullCoalescing : without the stored table's shortcut, Publish still returns the stored table; only one more is created and dropped
    public ActorTable Actors => _actors ?? Publish(ref _actors, new ActorTable(_reader));

    /// <summary>The statements.</summary>
    // Stryker disable once NullCoalescing : without the stored table's shortcut, Publish still returns the stored table; only one more is created and dropped
    public StatementTable Statements => _statements ?? Publish(ref _statements, new StatementTable(_reader, Documents, Actors, Standoff));

    /// <summary>The border events.</summary>
    // Stryker disable once NullCoalescing : without the stored table's shortcut, Publish still returns the stored table; only one more is created and dropped
    public BorderEventTable BorderEvents => _borderEvents ?? Publish(ref _borderEvents, new BorderEventTable(_reader, Documents, Actors, Standoff));

    /// <summary>The actor mentions.</summary>
    // Stryker disable once NullCoalescing : without the stored table's shortcut, Publish still returns the stored table; only one more is created and dropped
    public MentionTable Mentions => _mentions ?? Publish(ref _mentions, new MentionTable(_reader, Documents, Actors, Standoff));

    /// <summary>
    /// The whole brat standoff layer: every annotation of every document, whatever the corpus's schema. One document's
    /// layer is also <c>document.Standoff</c>.
    /// </summary>
    // Stryker disable once NullCoalescing : without the stored table's shortcut, Publish still returns the stored table; only one more is created and dropped
    public StandoffTables Standoff => _standoff ?? Publish(ref _standoff, new StandoffTables(_reader, Documents));

    /// <summary>Relations between statements and border events, in catalog order.</summary>
    // Stryker disable once NullCoalescing : a shortcut to the stored value: without it the same value is computed and the stored one returned
    public ImmutableArray<Relation> Relations => ImmutableCollectionsMarshal.AsImmutableArray(_relations ?? DecodeRelations());

    private Relation[] DecodeRelations()
    {
        var relations = new Relation[_reader.Rows(Section.Relations, RelationRow.Width)];
        for (var i = 0; i < relations.Length; i++)
        {
            var row = _reader.Field(Section.Relations, RelationRow.Width, i, 0);
            // Stryker disable once Arithmetic : the field's offset is 0, so - and + read the same integer
            relations[i] = new Relation(_reader.StringAt(row + RelationRow.From), _reader.StringAt(row + RelationRow.Kind), _reader.StringAt(row + RelationRow.To));
        }

        return Interlocked.CompareExchange(ref _relations, relations, null) ?? relations;
    }

    /// <summary>
    /// Stores <paramref name="created"/> unless another thread stored a table first, and returns the stored one: every
    /// caller sees the same table (and so the same decoded records) whichever thread created it.
    /// </summary>
    private static T Publish<T>(ref T? table, T created)
        where T : class
        => Interlocked.CompareExchange(ref table, created, null) ?? created;
}
