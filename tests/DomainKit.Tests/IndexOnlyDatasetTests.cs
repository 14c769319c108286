using System.Diagnostics.CodeAnalysis;
using DomainKit.Compiled;

namespace DomainKit.Tests;

/// <summary>
/// The bundled dataset read without its generated key dispatch (a perfect hash over each kind's ids), as a corpus too
/// large for it is read: every id and name lookup goes through the compiled hash indexes, and must answer what the
/// generated dispatch answers, whether reached through the dataset (the data class's virtual call) or straight from
/// the generated class (<c>Afghanistan2021.Actors.TryGet</c>).
/// </summary>
public class IndexOnlyDatasetTests
{
    private static readonly Dataset Dispatched = Afghanistan2021.Dataset;
    private static readonly Dataset IndexOnly = new(new DispatchFor(null, Dispatched.Actors.Reader.Data));

    [Fact]
    public void Every_id_finds_its_record_both_ways_and_near_misses_find_nothing()
    {
        AssertSameIds(Dispatched.Actors, IndexOnly.Actors, Afghanistan2021.Actors.TryGet, a => a.Id);
        AssertSameIds(Dispatched.Documents, IndexOnly.Documents, Afghanistan2021.Documents.TryGet, d => d.Id);
        AssertSameIds(Dispatched.Statements, IndexOnly.Statements, Afghanistan2021.Statements.TryGet, s => s.Id);
        AssertSameIds(Dispatched.BorderEvents, IndexOnly.BorderEvents, Afghanistan2021.BorderEvents.TryGet, e => e.Id);

        static void AssertSameIds<T>(RecordTable<T> dispatched, RecordTable<T> indexOnly, Lookup<T> generatedClass, Func<T, string> id)
            where T : class
        {
            Assert.Equal(dispatched.Count, indexOnly.Count);
            for (var index = 0; index < dispatched.Count; index++)
            {
                var key = id(dispatched[index]);
                Assert.True(indexOnly.TryGet(key, out var found), key);
                Assert.Same(indexOnly[index], found);
                Assert.True(dispatched.TryGet(key, out var dispatchedFound), key);
                Assert.Same(dispatched[index], dispatchedFound);
                Assert.True(generatedClass(key, out var direct), key);
                Assert.Same(dispatched[index], direct);

                // Every character changed in turn: the perfect hash reads only a few of them, the comparison all.
                var changed = Enumerable.Range(0, key.Length).Select(i => string.Concat(key.AsSpan(0, i), [(char)(key[i] ^ 1)], key.AsSpan(i + 1)));
                foreach (var miss in new[] { key + "x", key[..^1], "x" + key, key.ToUpperInvariant(), string.Empty }.Concat(changed))
                {
                    Assert.Equal(dispatched.TryGet(miss, out var expected), indexOnly.TryGet(miss, out var actual));
                    Assert.Equal(expected is null ? null : id(expected), actual is null ? null : id(actual));
                    Assert.Equal(expected is not null, generatedClass(miss, out var directMiss));
                    Assert.Same(expected, directMiss);
                }
            }
        }
    }

    [Fact]
    public void Every_name_and_alias_finds_the_actor_the_dispatched_dataset_finds_in_any_case()
    {
        foreach (var key in Dispatched.Actors.All.SelectMany(a => a.Aliases.Prepend(a.Name)))
        {
            foreach (var spelling in new[] { key, key.ToUpperInvariant(), key.ToLowerInvariant(), key + "x", key[..^1], " " + key })
            {
                Assert.Equal(Dispatched.Actors.TryFind(spelling, out var expected), IndexOnly.Actors.TryFind(spelling, out var actual));
                Assert.Equal(expected?.Id, actual?.Id);
                Assert.Equal(expected is not null, Afghanistan2021.Actors.TryFind(spelling, out var direct));
                Assert.Same(expected, direct);
            }
        }

        Assert.False(IndexOnly.Actors.TryFind(string.Empty, out _));
        Assert.True(IndexOnly.Actors.TryFind("ISLAMIC EMIRATE", out var taliban));
        Assert.Equal("taliban", taliban.Id);
    }

    [Fact]
    public void Where_one_kind_has_generated_dispatch_and_the_others_not_every_table_finds_its_own_records()
    {
        // The generator decides each kind by itself (a corpus with many statements keeps its few actors' dispatch).
        var actorsOnly = new Dataset(new DispatchFor(RecordKind.Actor, Dispatched.Actors.Reader.Data));
        Assert.All(Dispatched.Actors, actor => Assert.Equal(actor.Id, actorsOnly.Actors.TryGet(actor.Id, out var found) ? found.Id : null));
        Assert.All(Dispatched.Statements, statement => Assert.Equal(statement.Id, actorsOnly.Statements.TryGet(statement.Id, out var found) ? found.Id : null));
        Assert.All(Dispatched.Documents, document => Assert.Equal(document.Id, actorsOnly.Documents.TryGet(document.Id, out var found) ? found.Id : null));
        Assert.False(actorsOnly.Actors.TryGet(Dispatched.Statements[0].Id, out _));
        Assert.False(actorsOnly.Statements.TryGet(Dispatched.Actors[0].Id, out _));
    }

    [Fact]
    public void Records_of_the_other_dataset_find_their_groups_by_id()
    {
        foreach (var actor in Dispatched.Actors)
        {
            Assert.Equal(IndexOnly.Statements.BySpeaker(IndexOnly.Actors[actor.Ordinal]).Select(s => s.Id), IndexOnly.Statements.BySpeaker(actor).Select(s => s.Id));
            Assert.Equal(IndexOnly.Mentions.Of(IndexOnly.Actors[actor.Ordinal]).Select(m => (m.Document.Id, m.Start)), IndexOnly.Mentions.Of(actor).Select(m => (m.Document.Id, m.Start)));
        }

        foreach (var document in Dispatched.Documents)
        {
            var own = IndexOnly.Documents[document.Ordinal];
            Assert.Equal(IndexOnly.Statements.In(own).Select(s => s.Id), IndexOnly.Statements.In(document).Select(s => s.Id));
            Assert.Equal(IndexOnly.BorderEvents.In(own).Select(e => e.Id), IndexOnly.BorderEvents.In(document).Select(e => e.Id));
            Assert.Same(own, IndexOnly.Standoff.Of(document).Document);
            Assert.Equal(own.Standoff.TextBounds.Select(t => t.Id), IndexOnly.Standoff.Of(document).TextBounds.Select(t => t.Id));
        }
    }

    /// <summary>A generated class's id lookup (<c>TryGet</c>).</summary>
    private delegate bool Lookup<T>(ReadOnlySpan<char> key, [NotNullWhen(true)] out T? record)
        where T : class;

    /// <summary>
    /// The bundled corpus's data with the generated id dispatch of one kind only (none when <paramref name="kind"/> is
    /// <see langword="null"/>), and no name dispatch: the base class answers "no dispatch" for the rest.
    /// </summary>
    private sealed class DispatchFor(RecordKind? kind, CorpusData data) : CorpusData
    {
        public override KeyIndexer? IdIndexer(RecordKind recordKind) => recordKind == kind ? data.IdIndexer(recordKind) : null;

        public override int PackedIntSegments => data.PackedIntSegments;

        public override ReadOnlySpan<string> FallbackStrings => data.FallbackStrings;

        public override ReadOnlySpan<byte> Utf8(int segment) => data.Utf8(segment);

        public override ReadOnlySpan<byte> PackedInts(int segment) => data.PackedInts(segment);
    }
}
