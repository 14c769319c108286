using System.Text.Json;
using DomainKit.Cli.Data;
using DomainKit.Synthetic;

namespace DomainKit.Cli.Tests;

/// <summary>A corpus folder read at run time answers exactly as the same corpus compiled into the library.</summary>
public class CorpusDatasetTests
{
    private static readonly Dataset Compiled = Afghanistan2021.Dataset;
    private static readonly Dataset FromFolder = Link(Cli.BundledCorpus);

    [Fact]
    public void Every_record_is_the_same_as_in_the_compiled_dataset()
    {
        var json = DomainKitJson.Default;
        Assert.Equal(Compiled.Documents.All.Select(d => JsonSerializer.Serialize(d, json.Document)), FromFolder.Documents.All.Select(d => JsonSerializer.Serialize(d, json.Document)));
        Assert.Equal(Compiled.Actors.All.Select(a => JsonSerializer.Serialize(a, json.Actor)), FromFolder.Actors.All.Select(a => JsonSerializer.Serialize(a, json.Actor)));
        Assert.Equal(Compiled.Statements.All.Select(s => JsonSerializer.Serialize(s, json.Statement)), FromFolder.Statements.All.Select(s => JsonSerializer.Serialize(s, json.Statement)));
        Assert.Equal(Compiled.BorderEvents.All.Select(e => JsonSerializer.Serialize(e, json.BorderEvent)), FromFolder.BorderEvents.All.Select(e => JsonSerializer.Serialize(e, json.BorderEvent)));
        Assert.Equal(Compiled.Mentions.All.Select(m => JsonSerializer.Serialize(m, json.Mention)), FromFolder.Mentions.All.Select(m => JsonSerializer.Serialize(m, json.Mention)));
        Assert.Equal(Compiled.Relations.AsEnumerable(), FromFolder.Relations.AsEnumerable());
        Assert.NotEmpty(FromFolder.Statements.All);
    }

    [Fact]
    public void Name_and_alias_lookups_find_the_same_actor_in_any_case()
    {
        var keys = Compiled.Actors.All.SelectMany(a => a.Aliases.Append(a.Name)).Distinct().ToList();
        Assert.NotEmpty(keys);
        foreach (var key in keys.Concat(keys.Select(k => k.ToUpperInvariant())).Concat(keys.Select(k => k.ToLowerInvariant())))
        {
            Assert.Equal(Compiled.Actors.TryFind(key, out var expected), FromFolder.Actors.TryFind(key, out var actual));
            Assert.Equal(expected?.Id, actual?.Id);
        }

        Assert.False(FromFolder.Actors.TryFind("no such actor", out _));
        Assert.True(FromFolder.Actors.TryFind("islamic emirate", out var taliban));
        Assert.Equal("taliban", taliban.Id);
    }

    [Fact]
    public void Id_lookups_find_every_record_and_nothing_else()
    {
        foreach (var actor in Compiled.Actors.All)
        {
            Assert.True(FromFolder.Actors.TryGet(actor.Id, out var found));
            Assert.Equal(actor.Name, found.Name);
            Assert.False(FromFolder.Actors.TryGet(actor.Id.ToUpperInvariant() + "!", out _));
        }

        Assert.All(Compiled.Documents.All, d => Assert.True(FromFolder.Documents.TryGet(d.Id, out var found) && found.Text == d.Text));
        Assert.All(Compiled.Statements.All, s => Assert.True(FromFolder.Statements.TryGet(s.Id, out var found) && found.Id == s.Id));
        Assert.All(Compiled.BorderEvents.All, e => Assert.True(FromFolder.BorderEvents.TryGet(e.Id, out var found) && found.Id == e.Id));
        Assert.False(FromFolder.Statements.TryGet("taliban", out _));
    }

    [Fact]
    public void Indexed_queries_give_the_same_records()
    {
        foreach (var actor in Compiled.Actors.All)
        {
            Assert.True(FromFolder.Actors.TryGet(actor.Id, out var other));
            Assert.Equal(Compiled.Statements.BySpeaker(actor).Select(s => s.Id), FromFolder.Statements.BySpeaker(other).Select(s => s.Id));
            Assert.Equal(Compiled.Mentions.Of(actor).Select(m => (m.Document.Id, m.Start)), FromFolder.Mentions.Of(other).Select(m => (m.Document.Id, m.Start)));
        }

        var border = Border.Between("AFG", "TJK");
        Assert.Equal(Compiled.BorderEvents.On(border).Select(e => e.Id), FromFolder.BorderEvents.On(border).Select(e => e.Id));
        var (from, to) = (new DateOnly(2021, 6, 1), new DateOnly(2021, 7, 31));
        Assert.Equal(Compiled.Statements.Between(from, to).Select(s => s.Id), FromFolder.Statements.Between(from, to).Select(s => s.Id));
    }

    [Fact]
    public void A_corpus_too_large_for_generated_dispatch_answers_through_its_hash_indexes()
    {
        var folder = Cli.TempDirectory("large-keys");
        try
        {
            // Scale 5 has 545 actors and well over 512 names: more keys than generated dispatch takes.
            SyntheticCorpus.Write(folder, SyntheticCorpusShape.AtScale(5), seed: 1);
            var dataset = Link(folder);

            Assert.True(dataset.Actors.Count > 512, $"{dataset.Actors.Count} actors");
            foreach (var actor in dataset.Actors.All)
            {
                Assert.True(dataset.Actors.TryGet(actor.Id, out var byId));
                Assert.Same(actor, byId);
                Assert.True(dataset.Actors.TryFind(actor.Name.ToUpperInvariant(), out var byName));
                Assert.Equal(actor.Name, byName.Name, ignoreCase: true);
                foreach (var alias in actor.Aliases)
                {
                    Assert.True(dataset.Actors.TryFind(alias, out var byAlias));
                    Assert.True(byAlias.Name.Equals(alias, StringComparison.OrdinalIgnoreCase) || byAlias.Aliases.Contains(alias, StringComparer.OrdinalIgnoreCase), alias);
                }
            }

            Assert.All(dataset.Statements.All, s => Assert.True(dataset.Statements.TryGet(s.Id, out var found) && ReferenceEquals(found, s)));
            Assert.All(dataset.Documents.All, d => Assert.True(dataset.Documents.TryGet(d.Id, out var found) && ReferenceEquals(found, d)));
            Assert.False(dataset.Actors.TryFind("no such actor anywhere", out _));
            Assert.False(dataset.Statements.TryGet("no-such-statement", out _));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static Dataset Link(string folder)
        => DatasetSource.TryOpen(folder, TextWriter.Null, out var dataset, out _) ? dataset : throw new InvalidOperationException($"{folder} does not link");
}
