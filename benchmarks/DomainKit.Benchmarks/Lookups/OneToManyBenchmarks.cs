using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace DomainKit.Benchmarks.Lookups;

/// <summary>
/// Actor → statements and actor/document → mentions, each result enumerated: the corpus's precomputed ranges
/// against a Dictionary of arrays (the baseline), an ILookup, and a LINQ Where over All.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class OneToManyBenchmarks : CorpusBenchmark
{
    private Actor[] _actors = [];
    private Document[] _documents = [];
    private Dictionary<Actor, Statement[]> _statementsBySpeaker = null!;
    private Dictionary<string, Statement[]> _statementsBySpeakerId = null!;
    private ILookup<Actor, Statement> _statementLookup = null!;
    private Dictionary<Actor, Mention[]> _mentionsByActor = null!;
    private ILookup<Document, Mention> _mentionLookup = null!;

    [GlobalSetup]
    public void Setup()
    {
        LoadCorpus();
        _actors = Probes.Spread(Data.Actors.All, Probes.Count).ToArray();
        _documents = Probes.Spread(Data.Documents.All, Math.Min(Probes.Count, Data.Documents.Count)).ToArray();
        _statementsBySpeaker = Data.Statements.All.GroupBy(s => s.Speaker).ToDictionary(g => g.Key, g => g.ToArray());
        _statementsBySpeakerId = Data.Statements.All.GroupBy(s => s.Speaker.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        _statementLookup = Data.Statements.All.ToLookup(s => s.Speaker);
        _mentionsByActor = Data.Mentions.All.GroupBy(m => m.Actor).ToDictionary(g => g.Key, g => g.ToArray());
        _mentionLookup = Data.Mentions.All.ToLookup(m => m.Document);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Probes.Count)]
    [BenchmarkCategory("ActorStatements")]
    public int StatementsDictionary()
    {
        var count = 0;
        foreach (var actor in _actors)
        {
            if (_statementsBySpeaker.TryGetValue(actor, out var statements))
            {
                foreach (var statement in statements)
                {
                    count += statement.Attestations.Length;
                }
            }
        }

        return count;
    }

    /// <summary>The same dictionary keyed by actor id: no record hashing, the fairer comparison.</summary>
    [Benchmark(OperationsPerInvoke = Probes.Count)]
    [BenchmarkCategory("ActorStatements")]
    public int StatementsDictionaryById()
    {
        var count = 0;
        foreach (var actor in _actors)
        {
            if (_statementsBySpeakerId.TryGetValue(actor.Id, out var statements))
            {
                foreach (var statement in statements)
                {
                    count += statement.Attestations.Length;
                }
            }
        }

        return count;
    }

    [Benchmark(OperationsPerInvoke = Probes.Count)]
    [BenchmarkCategory("ActorStatements")]
    public int StatementsLookup()
    {
        var count = 0;
        foreach (var actor in _actors)
        {
            foreach (var statement in _statementLookup[actor])
            {
                count += statement.Attestations.Length;
            }
        }

        return count;
    }

    [Benchmark(OperationsPerInvoke = Probes.Count)]
    [BenchmarkCategory("ActorStatements")]
    public int StatementsLinqWhere()
    {
        var count = 0;
        foreach (var actor in _actors)
        {
            foreach (var statement in Data.Statements.All.Where(s => s.Speaker == actor))
            {
                count += statement.Attestations.Length;
            }
        }

        return count;
    }

    [Benchmark(OperationsPerInvoke = Probes.Count)]
    [BenchmarkCategory("ActorStatements")]
    public int StatementsDomainKit()
    {
        var count = 0;
        foreach (var actor in _actors)
        {
            foreach (var statement in Data.Statements.BySpeaker(actor))
            {
                count += statement.Attestations.Length;
            }
        }

        return count;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Probes.Count)]
    [BenchmarkCategory("ActorMentions")]
    public int MentionsDictionary()
    {
        var count = 0;
        foreach (var actor in _actors)
        {
            if (_mentionsByActor.TryGetValue(actor, out var mentions))
            {
                foreach (var mention in mentions)
                {
                    count += mention.End - mention.Start;
                }
            }
        }

        return count;
    }

    [Benchmark(OperationsPerInvoke = Probes.Count)]
    [BenchmarkCategory("ActorMentions")]
    public int MentionsDomainKit()
    {
        var count = 0;
        foreach (var actor in _actors)
        {
            foreach (var mention in Data.Mentions.Of(actor))
            {
                count += mention.End - mention.Start;
            }
        }

        return count;
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("DocumentMentions")]
    public int DocumentMentionsLookup()
    {
        var count = 0;
        foreach (var document in _documents)
        {
            foreach (var mention in _mentionLookup[document])
            {
                count += mention.End - mention.Start;
            }
        }

        return count;
    }

    [Benchmark]
    [BenchmarkCategory("DocumentMentions")]
    public int DocumentMentionsDomainKit()
    {
        var count = 0;
        foreach (var document in _documents)
        {
            foreach (var mention in Data.Mentions.In(document))
            {
                count += mention.End - mention.Start;
            }
        }

        return count;
    }
}
