using DomainKit.Generators.Diagnostics;
using DomainKit.Generators.Generation;

namespace DomainKit.Generators.Tests;

/// <summary>One minimal break of the valid test corpus per diagnostic: each must produce exactly that id, at the right file and line.</summary>
public class DiagnosticTests
{
    /// <summary>For a diagnostic about a whole file, which is at its first line.</summary>
    private const string? WholeFile = null;

    private const string Declaring = "Consumer.cs";

    private static readonly Dictionary<string, (Action<TestCorpus> Break, string File, string? Line)> s_cases = new()
    {
        ["DK0001"] = (c => c.AppendLine("pledge.ann", "Q1\tnonsense"), "pledge.ann", "Q1\t"),
        ["DK0002"] = (c => c.ReplaceLine("pledge.ann", "T3\t", $"T3\tActor {TestCorpus.Span(TestCorpus.PledgeText, "TASS")}\tTass"), "pledge.ann", "T3\t"),
        ["DK0003"] = (c => c.AppendLine("pledge.ann", "T9\tLocation 5 9999\tx"), "pledge.ann", "T9\t"),
        ["DK0004"] = (c => c.AppendLine("pledge.ann", $"T9\tWeapon {TestCorpus.Span(TestCorpus.PledgeText, "border")}\tborder"), "pledge.ann", "T9\t"),
        ["DK0005"] = (c => c.ReplaceLine("pledge.ann", "E1\t", "E1\tStatement:T2 Speaker:T1 Content:T4 Via:T3 Listener:T8"), "pledge.ann", "E1\t"),
        ["DK0006"] = (c => c.AppendLine("pledge.ann", "#2\tAnnotatorNotes T42\tdangling"), "pledge.ann", "#2\t"),
        ["DK0007"] = (c => c.ReplaceLine("pledge.ann", "N2\t", "N2\tReference T3 actor:reuters\tReuters"), "pledge.ann", "N2\t"),
        ["DK0008"] = (c => c.AppendLine("actors.tsv", "tass\tTASS again\tMedia\t\t\t\t"), "actors.tsv", "tass\tTASS again"),
        ["DK0009"] = (c => c.ReplaceLine("pledge.ann", "N5\t", "N5\tReference T5 date:2021-07-32\tbad"), "pledge.ann", "N5\t"),
        ["DK0010"] = (c => c.ReplaceLine("pledge.ann", "N6\t", "N6\tReference T6 qty:1,000\tbad"), "pledge.ann", "N6\t"),
        ["DK0011"] = (c => c.ReplaceLine("pledge.ann", "N7\t", "N7\tReference E2 border:AFG-AFG\tbad"), "pledge.ann", "N7\t"),
        ["DK0012"] = (c => c.ReplaceLine("echo.ann", "E1\t", "E1\tStatement:T2 Content:T3"), "echo.ann", "E1\t"),
        ["DK0013"] = (c => c.ReplaceLine("echo.ann", "E1\t", "E1\tStatement:T2 Speaker:T1"), "echo.ann", "E1\t"),
        ["DK0014"] = (c => c["orphan.ann"] = "", "orphan.ann", WholeFile),
        ["DK0015"] = (c => c.ReplaceLine("pledge.ann", "A1\t", "A1\tStatementKind E1 Shouting"), "pledge.ann", "A1\t"),
        ["DK0016"] = (c => c.ReplaceLine("actors.tsv", "tass\t", "tass\tTASS\tMedia\tRU\t\t\t"), "actors.tsv", "tass\t"),
        ["DK0017"] = (c => c.AppendLine("pledge.ann", $"T9\tActor {TestCorpus.Span(TestCorpus.PledgeText, "soldiers")}\tsoldiers"), "pledge.ann", "T9\t"),
        ["DK0018"] = (c => c.ReplaceLine("pledge.ann", "E1\t", "E1\tStatement:T2 Speaker:T1 Content:T4 Via:T5"), "pledge.ann", "E1\t"),
        ["DK0019"] = (c => c.ReplaceLine("pledge.ann", "E1\t", "E1\tStatement:T2 Speaker:T1 Content:T4 Via:T3 Via2:T3"), "pledge.ann", "E1\t"),
        ["DK0020"] = (c => c.AppendLine("actors.tsv", "tass_\tTASS copy\tMedia\t\t\t\t"), "actors.tsv", "tass_\t"),
        ["DK0022"] = (c => c.ReplaceLine("actors.tsv", "taliban\t", "taliban\tTaliban\tArmedGroup\tAFG\tsahin\t\tIslamic Emirate"), "actors.tsv", "sahin\t"),
        ["DK0023"] = (c => c.AppendLine("pledge.ann", "N9\tReference T1 Actor:taliban\tx"), "pledge.ann", "N9\t"),
        ["DK0024"] = (c => c.ReplaceLine("actors.tsv", "tajikistan\t", "tajikistan\tTajikistan\tCountry\tTJK\t\t\tTalibs"), "actors.tsv", "taliban\t"),
        ["DK0025"] = (c => c["pledge.txt"] = TestCorpus.PledgeText + "\r\n", "pledge.txt", WholeFile),
        ["DK0026"] = (c => c["annotation.conf"] = TestCorpus.Schema + "\n[drawing]\nActor\tbgColor:#fff", "annotation.conf", "[drawing]"),
        ["DK0027"] = (c => c.Files.Remove(TestCorpus.Folder + "annotation.conf"), Declaring, "public static partial class"),
        ["DK0028"] = (c => c.ReplaceLine("echo.ann", "A1\t", "A1\tStatementKind E1 Denial"), "pledge.ann", "E1\t"),
        ["DK0029"] = (c => c["relations.tsv"] = "from\trelation\tto\ntaliban-border-pledge\tContradicts\tno-such-event\n", "relations.tsv", "taliban-border-pledge\t"),
        ["DK0030"] = (c => c["stray.txt"] = "A stray text.", "stray.txt", WholeFile),
        ["DK0031"] = (c => c.ReplaceLine("pledge.ann", "A4\t", "#4\tAnnotatorNotes E2\tkind removed"), "pledge.ann", "E2\t"),
        ["DK0034"] = (c => c["huge.txt"] = new string('x', Corpus.CorpusLimits.MaxFileLength + 1), "huge.txt", WholeFile),
        ["DK0033"] = (c => c.ReplaceLine("pledge.ann", "E1\t", "E1\tStatement:T2 Speaker:T1 Content:T4 Via:T3 Addressee:N2"), "pledge.ann", "E1\t"),
        ["DK0040"] = (c => c.ReplaceLine("pledge.ann", "E2\t", "E2\tBorderEvent:T7 Destination:T8 Time:T5")
            .ReplaceLine("annotation.conf", "BorderEvent\t", "BorderEvent\tCount:Quantity, Destination?:Location|Actor, Time?:Date"), "pledge.ann", "E2\t"),
        ["DK0035"] = (c => c.AppendLine("actors.tsv", string.Join("\n", Enumerable.Range(0, Corpus.CorpusLimits.MaxActorProperties).Select(i => $"extra-{i}\tExtra {i}\tPerson\t\t\t\t")))
            , "actors.tsv", WholeFile),
        ["DK0036"] = (c => c.AppendLine("pledge.ann", "  "), "pledge.ann", "  "),
        ["DK0037"] = (c => c.AppendLine("pledge.ann", $"T9\tLocation {TestCorpus.Span(TestCorpus.PledgeText, "border")}"), "pledge.ann", "T9\t"),
        ["DK0039"] = (c => c.AppendLine("pledge.ann", $"T9\tLocation {TestCorpus.Span(TestCorpus.PledgeText, "the border")}\tthe border")["annotation.conf"] =
            TestCorpus.Schema.Replace("<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>\n", string.Empty, StringComparison.Ordinal), "pledge.ann", "T4\t"),
    };

    /// <summary>More breaks that must give an already listed diagnostic: the same check on another kind of line or field.</summary>
    private static readonly Dictionary<string, (string Id, Action<TestCorpus> Break, string File, string? Line)> s_variants = new()
    {
        ["attribute on an attribute"] = ("DK0033", c => c.AppendLine("pledge.ann", "A7\tDirect A2"), "pledge.ann", "A7\t"),
        ["note on a normalization"] = ("DK0033", c => c.AppendLine("pledge.ann", "#2\tAnnotatorNotes N1\tnote"), "pledge.ann", "#2\t"),
        ["relation argument of the wrong type"] = ("DK0018", c => c.AppendLine("pledge.ann", "R1\tContradicts Arg1:E1 Arg2:T1"), "pledge.ann", "R1\t"),
        ["attestations disagree on the date"] = ("DK0028", c => c.AppendLine("echo.ann", "N4\tReference E1 date:2021-07-09\tnext day"), "pledge.ann", "E1\t"),
        ["too many lines in one file"] = ("DK0034", c => c["pledge.ann"] = new string('\n', Corpus.CorpusLimits.MaxLinesPerFile + 1), "pledge.ann", WholeFile),
        ["attestations disagree on the Plover type"] = ("DK0028", c => c.AppendLine("echo.ann", "A2\tPlover E1 RETREAT"), "pledge.ann", "E1\t"),
    };

    public static TheoryData<string> Ids()
    {
        var data = new TheoryData<string>();
        foreach (var id in s_cases.Keys)
        {
            data.Add(id);
        }

        return data;
    }

    public static TheoryData<string> Variants()
    {
        var data = new TheoryData<string>();
        foreach (var name in s_variants.Keys)
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Each_break_gives_exactly_its_diagnostic_at_its_line(string id)
    {
        var (breakCorpus, file, line) = s_cases[id];
        AssertExactly(id, breakCorpus, file, line);
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void Each_variant_gives_exactly_its_diagnostic_at_its_line(string name)
    {
        var (id, breakCorpus, file, line) = s_variants[name];
        AssertExactly(id, breakCorpus, file, line);
    }

    /// <summary>
    /// Each case names the line it expects by how the line starts in the broken file (the C# declaration for
    /// <see cref="Declaring"/>), so the cases stay right when the test corpus grows.
    /// </summary>
    private static void AssertExactly(string id, Action<TestCorpus> breakCorpus, string file, string? lineStart)
    {
        var corpus = new TestCorpus();
        breakCorpus(corpus);
        var line = LineOf(file == Declaring ? GeneratorHarness.Declaration : corpus[file], lineStart);

        var result = GeneratorHarness.Run(corpus.Files);

        Assert.Equal([id], result.DiagnosticIds);
        var diagnostic = result.GeneratorDiagnostics.First();
        var span = diagnostic.Location.GetLineSpan();
        Assert.EndsWith(file, span.Path, StringComparison.Ordinal);
        Assert.Equal(line, span.StartLinePosition.Line + 1);
        Assert.Empty(diagnostic.Descriptor.HelpLinkUri);
        Assert.Empty(result.CompileErrors);
    }

    private static int LineOf(string content, string? lineStart)
    {
        if (lineStart is null)
        {
            return 1;
        }

        var index = content.Split('\n').ToList().FindIndex(l => l.StartsWith(lineStart, StringComparison.Ordinal));
        Assert.True(index >= 0, $"no line starts with '{lineStart}'");
        return index + 1;
    }

    [Fact]
    public void The_span_mismatch_message_says_what_the_text_has()
    {
        var corpus = new TestCorpus();
        s_cases["DK0002"].Break(corpus);

        var diagnostic = GeneratorHarness.Run(corpus.Files).GeneratorDiagnostics.Single();

        Assert.Equal($"T3 says 'Tass' but the text at {TestCorpus.Span(TestCorpus.PledgeText, "TASS")} is 'TASS'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        var text = Assert.Single(diagnostic.AdditionalLocations).GetLineSpan();
        Assert.Equal(TestCorpus.Folder + "pledge.txt", text.Path);
        var start = TestCorpus.PledgeText.IndexOf("TASS", StringComparison.Ordinal);
        Assert.Equal((0, start, start + "TASS".Length), (text.StartLinePosition.Line, text.StartLinePosition.Character, text.EndLinePosition.Character));
    }

    [Fact]
    public void A_mismatching_span_over_two_lines_is_marked_to_its_end_on_the_second()
    {
        var corpus = new TestCorpus();
        var text = TestCorpus.PledgeText.Replace("border.\u201d On", "border.\u201d\nOn", StringComparison.Ordinal);
        corpus["pledge.txt"] = text;
        corpus.AppendLine("pledge.ann", $"T9\tLocation {TestCorpus.Span(text, "border.\u201d\nOn July")}\twrong text");

        var diagnostic = GeneratorHarness.Run(corpus.Files).GeneratorDiagnostics.Single();

        Assert.Equal("DK0002", diagnostic.Id);
        var span = Assert.Single(diagnostic.AdditionalLocations).GetLineSpan();
        var secondLine = text[(text.IndexOf('\n') + 1)..];
        Assert.Equal((0, text.IndexOf("border.", StringComparison.Ordinal)), (span.StartLinePosition.Line, span.StartLinePosition.Character));
        Assert.Equal((1, secondLine.IndexOf(" 5", StringComparison.Ordinal)), (span.EndLinePosition.Line, span.EndLinePosition.Character));
    }

    [Fact]
    public void Help_links_open_the_shipped_reference_at_the_rule()
    {
        var reference = Path.Combine(RepositoryRoot(), "docs", "diagnostics.md");
        var corpus = new TestCorpus();
        s_cases["DK0002"].Break(corpus);
        var options = new BuildProperties(new() { [CorpusGenerator.DiagnosticsHelpProperty] = reference });

        var driver = GeneratorHarness.Driver(GeneratorHarness.Texts(corpus.Files), options: options).RunGenerators(GeneratorHarness.Compilation());

        var link = new Uri(Assert.Single(driver.GetRunResult().Diagnostics).Descriptor.HelpLinkUri);
        Assert.Equal(reference, link.LocalPath);
        Assert.Equal("#dk0002", link.Fragment);
        Assert.Contains("\n## DK0002\n", File.ReadAllText(reference).ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_corpus_folder_is_reported_on_the_declaration()
    {
        var result = GeneratorHarness.Run([]);

        Assert.Equal(["DK0021"], result.DiagnosticIds);
        var span = result.GeneratorDiagnostics.Single().Location.GetLineSpan();
        Assert.Equal((Declaring, LineOf(GeneratorHarness.Declaration, "public static partial class")), (span.Path, span.StartLinePosition.Line + 1));
    }

    [Fact]
    public void Every_rule_is_tested_here_and_tracked_in_the_release_file()
    {
        // DK0038 makes the whole conf fall back, so it never comes alone: SchemaParserTests cover it.
        var tested = s_cases.Keys.Append("DK0021").Append("DK0032").Append("DK0038");
        Assert.Equal(DiagnosticRules.All.Select(r => r.Id).Order(), tested.Order());

        var releases = File.ReadAllText(Path.Combine(RepositoryRoot(), "generators/DomainKit.Generators/Diagnostics/AnalyzerReleases.Unshipped.md"));
        var rows = releases.Split('\n').Where(l => l.StartsWith("DK", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            DiagnosticRules.All.Select(r => $"{r.Id} | DomainKit.Corpus | {r.Severity} | {r.Title}"),
            rows);
    }

    [Fact]
    public void Every_rule_has_a_documented_section_with_its_message_an_example_and_a_fix()
    {
        var sections = System.Text.RegularExpressions.Regex.Split(
            File.ReadAllText(Path.Combine(RepositoryRoot(), "docs/diagnostics.md")), @"^## (DK\d{4})\s*$", System.Text.RegularExpressions.RegexOptions.Multiline);
        var documented = new Dictionary<string, string>();
        for (var i = 1; i + 1 < sections.Length; i += 2)
        {
            documented.Add(sections[i], sections[i + 1]);
        }

        Assert.Equal(DiagnosticRules.All.Select(r => r.Id), documented.Keys);
        foreach (var rule in DiagnosticRules.All)
        {
            var section = documented[rule.Id];
            Assert.Contains($"**{rule.Title}**. Severity: {rule.Severity}.", section, StringComparison.Ordinal);
            Assert.Contains($"Message: `{rule.MessageFormat}`", section, StringComparison.Ordinal);
            Assert.Contains("\n```", section, StringComparison.Ordinal);
            Assert.Contains("\nFix: ", section, StringComparison.Ordinal);
        }
    }

    internal static string RepositoryRoot([System.Runtime.CompilerServices.CallerFilePath] string path = "")
        => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", ".."));
}
