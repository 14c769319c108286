using DomainKit.Generators.Tests;

namespace DomainKit.Report.Tests;

/// <summary>
/// A corpus whose strings try to run script in the report: a title that closes the script block, an actor named
/// as an image with an onerror handler, a role and a note starting with <c>javascript:</c>, markup in the text.
/// Each payload sets <see cref="Sentinel"/> or opens a dialog if it ever runs. The text also has a character
/// outside the Basic Multilingual Plane before a discontinuous quote, so UTF-16 and code-point offsets differ.
/// </summary>
internal static class HostileCorpus
{
    public const string Sentinel = "__domainkitPwned";

    public const string Title = "</script><script>window." + Sentinel + "=1;alert(1)</script>";

    public const string ActorName = "<img src=x onerror=\"window." + Sentinel + "=1;alert(1)\">";

    public const string Role = "javascript:window." + Sentinel + "=1";

    public const string Text = "<script>window." + Sentinel + "=1</script> \U0001F600 The Taliban told TASS and the <b>guards</b>: "
        + "\u201cWe will not attack \U0001F6A7 the border, ever.\u201d On July 5 troops retreated.";

    public const string StatementId = "hostile-pledge";

    /// <summary>The corpus's files, keyed by path as MSBuild would pass them to the generator.</summary>
    public static Dictionary<string, string> Files()
    {
        const string folder = TestCorpus.Folder;
        return new(StringComparer.Ordinal)
        {
            [folder + "annotation.conf"] = TestCorpus.Schema,
            [folder + "actors.tsv"] = "id\tname\tkind\tcountry\tmemberOf\trole\taliases\n"
                + "taliban\tTaliban\tArmedGroup\tAFG\t\t" + Role + "\t\n"
                + "guards\t" + ActorName + "\tGroup\tTJK\t\t\t\n"
                + "tass\tTASS\tMedia\tRUS\t\t\t\n",
            [folder + "documents.tsv"] = "id\ttitle\toutlet\tpublished\n"
                + "hostile\t" + Title + "\ttass\t2021-07-08\n",
            [folder + "relations.tsv"] = "from\trelation\tto\n"
                + "hostile#E2\tContradicts\t" + StatementId + "\n",
            [folder + "hostile.txt"] = Text,
            [folder + "hostile.ann"] = string.Join("\n",
                $"T1\tActor {TestCorpus.Span(Text, "Taliban")}\tTaliban",
                $"T2\tStatement {TestCorpus.Span(Text, "told")}\ttold",
                $"T3\tActor {TestCorpus.Span(Text, "TASS")}\tTASS",
                $"T4\tQuote {TestCorpus.Span(Text, "We will not attack")};{TestCorpus.Span(Text, "the border, ever.")}\tWe will not attack the border, ever.",
                $"T6\tActor {TestCorpus.Span(Text, "<b>guards</b>")}\t<b>guards</b>",
                "E1\tStatement:T2 Speaker:T1 Content:T4 Addressee:T6 Via:T3",
                "A1\tStatementKind E1 Assurance",
                "A2\tDirect T4",
                "N1\tReference T1 actor:taliban\tTaliban",
                "N2\tReference T3 actor:tass\tTASS",
                "N3\tReference E1 statement:" + StatementId + "\tpledge",
                "N4\tReference E1 date:2021-07-08\tday of the interview",
                "N6\tReference T6 actor:guards\tguards",
                $"T5\tDate {TestCorpus.Span(Text, "July 5")}\tJuly 5",
                $"T7\tBorderEvent {TestCorpus.Span(Text, "retreated")}\tretreated",
                "E2\tBorderEvent:T7 Time:T5",
                "A4\tBorderEventKind E2 Retreat",
                "N5\tReference T5 date:2021-07-05\t5 July 2021",
                "N7\tReference E2 border:TJK-AFG\tAfghanistan-Tajikistan",
                "#1\tAnnotatorNotes T1\tjavascript:alert(1)",
                ""),
        };
    }

    /// <summary>Compiles the corpus with the real generator and loads its dataset.</summary>
    public static Dataset Load() => (Dataset)GeneratorHarness.LoadDataset(Files());
}
