using System.Collections.Concurrent;
using DomainKit.Generators.Corpus.Export;
using DomainKit.Generators.Corpus.Linking;

namespace DomainKit.Generators.Tests;

/// <summary>
/// The corpora the table writers' rule tests write, linked in memory once each: <c>small</c> (<see cref="TestCorpus"/>),
/// <c>edges</c> (the same with what it lacks: a discontinuous mention, an astral text-bound, relations and notes on events
/// and relations, an equivalence, a border event without kind over a range of dates, a document without annotations)
/// and <c>bundled</c> (the library's own corpus).
/// </summary>
internal static class WriterRuleCorpora
{
    private static readonly ConcurrentDictionary<string, LinkResult> Cache = new(StringComparer.Ordinal);

    public static LinkedCorpus Linked(string name) => Cache.GetOrAdd(name, Link).Corpus!;

    /// <summary>What only an export reads of the corpus's catalogs.</summary>
    public static CatalogExtras Extras(string name) => Cache.GetOrAdd(name, Link).Extras!;

    /// <summary>The corpus's files, by path.</summary>
    public static Dictionary<string, string> Files(string name) => name switch
    {
        "small" => new TestCorpus().Files,
        "edges" => Edges().Files,
        "bundled" => CorpusPipeline.BundledFiles(),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "no such corpus"),
    };

    private static LinkResult Link(string name)
    {
        var linked = CorpusPipeline.Link(Files(name));
        var diagnostics = linked.Diagnostics;
        // The edges' border event without a kind is linked as Unspecified, with its warning.
        var unexpected = diagnostics.Select(LinkerRuleCorpus.Show).Where(d => !d.StartsWith("DK0031 echo.ann", StringComparison.Ordinal)).ToList();
        Assert.Empty(unexpected);
        return linked;
    }

    private static TestCorpus Edges()
    {
        const string pledge = TestCorpus.PledgeText, echo = TestCorpus.EchoText;
        var corpus = new TestCorpus();
        corpus["annotation.conf"] = corpus["annotation.conf"].Replace("[relations]\n", "[relations]\nEquiv\tArg1:Actor, Arg2:Actor, <REL-TYPE>:symmetric-transitive\n", StringComparison.Ordinal);
        corpus["documents.tsv"] += "quiet\tNothing annotated\t\t2020\n";
        corpus["quiet.txt"] = "A text without annotations.";
        corpus.ReplaceLine("echo.ann", "E1\t", "E1\tStatement:T2 Speaker:T1 Content:T3 Addressee:T4")
            .AppendLine("pledge.ann", $"T9\tActor {TestCorpus.Span(pledge, "Taliban")};{TestCorpus.Span(pledge, "TASS")}\tTaliban TASS")
            .AppendLine("pledge.ann", "N9\tReference T9 actor:tass\tTASS")
            .AppendLine("pledge.ann", "R1\tContradicts Arg1:E1 Arg2:E2")
            .AppendLine("pledge.ann", "#2\tAnnotatorNotes E1\ta note on an event")
            .AppendLine("pledge.ann", "#3\tAnnotatorNotes R1\ta note on a relation")
            .AppendLine("pledge.ann", "*\tEquiv T1 T9")
            .AppendLine("echo.ann", $"T5\tBorderEvent {TestCorpus.Span(echo, "repeated")}\trepeated")
            .AppendLine("echo.ann", $"T6\tLocation {TestCorpus.Span(echo, "Moscow")}\tMoscow")
            .AppendLine("echo.ann", $"T7\tLocation {TestCorpus.Span(echo, "\U0001F600")}\t\U0001F600")
            .AppendLine("echo.ann", "E2\tBorderEvent:T5 Agent:T4 Location:T6 Source:T7")
            .AppendLine("echo.ann", "N4\tReference E2 border:AFG-UZB\tAfghanistan-Uzbekistan")
            .AppendLine("echo.ann", "N5\tReference E2 date:2021-06/2021-08\tJune to August")
            .AppendLine("echo.ann", "#1\tAnnotatorNotes T7\ta note on an astral character");
        return corpus;
    }
}
