using DomainKit.Generators.Common;
using DomainKit.Generators.Corpus;
using DomainKit.Generators.Corpus.Linking;
using DomainKit.Generators.Generation;
using DomainKit.Generators.Generation.Emit;

namespace DomainKit.Generators.Tests;

/// <summary>
/// What the query files are written from (<see cref="RecordQueriesModel"/>, <see cref="ActorQueriesModel"/>) at the
/// limits that change them: a kind's id lookup is generated dispatch (a perfect hash, or a switch) while that kind has at most <c>Refs.MaxDispatchKeys</c> ids, and
/// only then does its model hold the ids; one property per actor up to <see cref="CorpusLimits.MaxActorProperties"/>.
/// </summary>
public sealed class QueryModelTests
{
    private static readonly CorpusDeclaration Declaration = new("Consumer", "TestCorpus", "public", "Corpus", true, CorpusPipeline.Vocabulary);

    private static readonly RecordKind[] Kinds = [RecordKind.Actor, RecordKind.Document, RecordKind.Statement, RecordKind.BorderEvent];

    [Theory]
    [InlineData(nameof(RecordKind.Actor))]
    [InlineData(nameof(RecordKind.Document))]
    [InlineData(nameof(RecordKind.Statement))]
    [InlineData(nameof(RecordKind.BorderEvent))]
    public void A_kinds_ids_get_generated_dispatch_while_it_has_at_most_MaxDispatchKeys_whatever_the_other_kinds_have(string kindName)
    {
        var kind = Enum.Parse<RecordKind>(kindName);
        var atLimit = WithCount(kind, Compiled.Refs.MaxDispatchKeys);
        var overLimit = WithCount(kind, Compiled.Refs.MaxDispatchKeys + 1);

        Assert.Equal(Kinds.Select(k => k.ToString()), LookupDispatch.IdKinds(atLimit));
        Assert.Equal(Kinds.Where(k => k != kind).Select(k => k.ToString()), LookupDispatch.IdKinds(overLimit));
        foreach (var other in Kinds)
        {
            var dispatched = RecordQueriesModel.From(Declaration, atLimit, other);
            Assert.True(dispatched.DispatchIds);
            Assert.Equal(Ids(atLimit, other), dispatched.DispatchedIds);

            // The other kinds keep their dispatch beside a kind over the limit.
            var beside = RecordQueriesModel.From(Declaration, overLimit, other);
            Assert.Equal(other != kind, beside.DispatchIds);
            Assert.Equal(Ids(overLimit, other).Count, beside.IdCount);
        }

        // Without generated dispatch the ids are not part of the model: an edit that keeps their number leaves the file cached.
        var indexed = RecordQueriesModel.From(Declaration, overLimit, kind);
        Assert.Empty(indexed.DispatchedIds);
        Assert.Equal(indexed, RecordQueriesModel.From(Declaration, Renamed(overLimit, kind), kind));
    }

    [Theory]
    [InlineData(nameof(RecordKind.Actor))]
    [InlineData(nameof(RecordKind.Statement))]
    public void Beside_a_kind_over_the_limit_the_data_class_routes_the_other_kinds_to_their_dispatch(string kindName)
    {
        var kind = Enum.Parse<RecordKind>(kindName);
        var files = CorpusSources.Of(Declaration, WithCount(kind, Compiled.Refs.MaxDispatchKeys + 1)).ToDictionary(f => f.HintName, f => f.Source);

        var lines = files["Consumer.TestCorpus.g.cs"].Split('\n').Select(line => line.Trim()).ToList();
        Assert.Equal(
            Kinds.Where(k => k != kind).Select(k => $"global::DomainKit.Compiled.RecordKind.{k} => new global::DomainKit.Compiled.KeyIndexer(IndexOf{k}Id),"),
            lines.Where(line => line.Contains("=> new global::DomainKit.Compiled.KeyIndexer(", StringComparison.Ordinal)));
        Assert.Equal(
            Kinds.Where(k => k != kind).Select(k => $"private int IndexOf{k}Id(global::System.ReadOnlySpan<char> key) => {k}s.IndexOfId(key);"),
            lines.Where(line => line.Contains(".IndexOfId(key)", StringComparison.Ordinal)));
        foreach (var other in Kinds)
        {
            Assert.Equal(other != kind, files[$"Consumer.TestCorpus.{other}s.g.cs"].Contains("internal static int IndexOfId(", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Every_actor_gets_a_property_up_to_MaxActorProperties_and_none_beyond()
    {
        var atLimit = WithCount(RecordKind.Actor, CorpusLimits.MaxActorProperties);

        Assert.Equal(
            atLimit.Actors.Select(a => new ActorProperty(a.MemberName, a.Id, a.Name)),
            ActorQueriesModel.From(Declaration, atLimit).Properties);
        Assert.Empty(ActorQueriesModel.From(Declaration, WithCount(RecordKind.Actor, CorpusLimits.MaxActorProperties + 1)).Properties);
    }

    private static LinkedCorpus Small()
    {
        var (corpus, diagnostics) = CorpusPipeline.Link(new TestCorpus().Files);
        Assert.Empty(diagnostics);
        return corpus!;
    }

    /// <summary><see cref="TestCorpus"/> with <paramref name="count"/> records of one kind, copies of its first with ids of their own.</summary>
    private static LinkedCorpus WithCount(RecordKind kind, int count)
    {
        var corpus = Small();
        var numbers = Enumerable.Range(0, count).ToList();
        return kind switch
        {
            RecordKind.Actor => corpus with { Actors = numbers.Select(i => corpus.Actors[0] with { Id = $"actor-{i}", MemberName = $"Actor{i}" }).ToEquatableArray() },
            RecordKind.Document => corpus with { Documents = numbers.Select(i => corpus.Documents[0] with { Id = $"document-{i}" }).ToEquatableArray() },
            RecordKind.Statement => corpus with { Statements = numbers.Select(i => corpus.Statements[0] with { Id = $"statement-{i}" }).ToEquatableArray() },
            _ => corpus with { BorderEvents = numbers.Select(i => corpus.BorderEvents[0] with { Id = $"event-{i}" }).ToEquatableArray() },
        };
    }

    /// <summary>The corpus with other ids for the records of one kind, as many.</summary>
    private static LinkedCorpus Renamed(LinkedCorpus corpus, RecordKind kind) => kind switch
    {
        RecordKind.Actor => corpus with { Actors = corpus.Actors.Select(a => a with { Id = "renamed-" + a.Id }).ToEquatableArray() },
        RecordKind.Document => corpus with { Documents = corpus.Documents.Select(d => d with { Id = "renamed-" + d.Id }).ToEquatableArray() },
        RecordKind.Statement => corpus with { Statements = corpus.Statements.Select(s => s with { Id = "renamed-" + s.Id }).ToEquatableArray() },
        _ => corpus with { BorderEvents = corpus.BorderEvents.Select(e => e with { Id = "renamed-" + e.Id }).ToEquatableArray() },
    };

    private static List<string> Ids(LinkedCorpus corpus, RecordKind kind) => kind switch
    {
        RecordKind.Actor => corpus.Actors.Select(a => a.Id).ToList(),
        RecordKind.Document => corpus.Documents.Select(d => d.Id).ToList(),
        RecordKind.Statement => corpus.Statements.Select(s => s.Id).ToList(),
        _ => corpus.BorderEvents.Select(e => e.Id).ToList(),
    };
}
