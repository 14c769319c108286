using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DomainKit.Generators.Corpus;
using DomainKit.Generators.Diagnostics;
using DomainKit.Generators.Generation;
using DomainKit.Generators.Generation.Emit;
using Xunit.Abstractions;

namespace DomainKit.Generators.Tests;

/// <summary>
/// Mutates the bundled corpus (truncated lines, swapped fields, random code points, huge and negative numbers,
/// overlapping offsets, duplicated ids, CRLF, BOM, empty files, 10 MB lines) and runs parse, limits, link and emit on
/// each case. Properties: nothing throws; every diagnostic is in the catalogue and points inside its file; every
/// line is exported or diagnosed; and, for a sample, the real generator reports no crash and its output compiles.
/// Reproducible: DOMAINKIT_FUZZ_SEED (printed, and in every failure message), DOMAINKIT_FUZZ_CASES (default 1500),
/// DOMAINKIT_FUZZ_COMPILE_EVERY (default 300), DOMAINKIT_FUZZ_SECONDS (default 90: no new case starts after it). Each
/// case has its own random generator from (seed, case), so a failing case replays alone and on any machine.
/// </summary>
public class FuzzTests(ITestOutputHelper output)
{
    private const int DefaultSeed = 20261123;
    private const string Folder = "/fuzz/Corpus/";

    private static readonly Lazy<Dictionary<string, string>> s_bundled = new(() => CorpusPipeline.BundledFiles()
        .ToDictionary(f => Folder + Path.GetFileName(f.Key), f => f.Value, StringComparer.Ordinal));

    private static readonly Regex s_id = new(@"\b([TEANR])\d+\b");
    private static readonly Regex s_textBoundOrEventId = new(@"\b[TE](\d+)\b");
    private static readonly Regex s_offsets = new(@"(\d+) (\d+)");

    private static readonly Lazy<string> s_hugeLine = new(() => "T1\tActor 0 5\t" + new string('x', 10 * 1024 * 1024));

    private static readonly CorpusDeclaration s_declaration = new("Consumer", "TestCorpus", "public", "Corpus", true, CorpusPipeline.Vocabulary);

    private static readonly string[] s_oddText =
    [
        "\0", "\t", "\n", "\r", "\r\n", " ", "\uFEFF", "\uD800", "\uDFFF", "\U0001F600", "\u202E", "\uFFFF", "\"", "\\", "{", "}", "*/",
        "#", ":", ";", "|", "-", "0", "-1", "2147483647", "2147483648", "99999999999999999999", "E1", "T1", "A1", "N1", "R1", "Τ1",
    ];

    private delegate string Mutation(Random random, string content);

    private static readonly (string Name, Mutation Apply)[] s_mutations =
    [
        ("truncate a line", (r, c) => EditLine(r, c, line => line[..r.Next(line.Length + 1)])),
        ("swap two fields", (r, c) => EditLine(r, c, line => Swap(r, line, '\t'))),
        ("swap two tokens", (r, c) => EditLine(r, c, line => Swap(r, line, ' '))),
        ("insert odd text", (r, c) => c.Insert(r.Next(c.Length + 1), s_oddText[r.Next(s_oddText.Length)])),
        ("insert a random code point", (r, c) => c.Insert(r.Next(c.Length + 1), RandomCodePoint(r))),
        ("replace a number", (r, c) => ReplaceNumber(r, c, r.Next(4) switch { 0 => "-5", 1 => "2147483648", 2 => "99999999999999999999", _ => r.Next(5000).ToString(CultureInfo.InvariantCulture) })),
        ("reverse offsets", (r, c) => EditLine(r, c, ReverseOffsets)),
        ("overlap fragments", (r, c) => EditLine(r, c, line => s_offsets.Replace(line, m => m.Value + ";" + m.Value, 1))),
        ("duplicate a line", (r, c) => EditLine(r, c, line => line + "\n" + line)),
        ("delete a line", (r, c) => EditLine(r, c, _ => string.Empty)),
        ("reuse an id", (r, c) => EditLine(r, c, line => s_id.Replace(line, m => m.Groups[1].Value + r.Next(1, 40).ToString(CultureInfo.InvariantCulture), 1))),
        ("point at another kind of line", (r, c) => EditLine(r, c, line => s_textBoundOrEventId.Replace(line, m => "ANR"[r.Next(3)] + m.Groups[1].Value))),
        ("CRLF", (_, c) => c.Replace("\n", "\r\n")),
        ("BOM", (_, c) => "\uFEFF" + c),
        ("empty file", (_, _) => string.Empty),
        ("random bytes", (r, c) => c.Insert(r.Next(c.Length + 1), RandomBytes(r))),
    ];

    [Fact]
    public void Mutated_corpora_never_crash_the_pipeline_lose_nothing_and_compile()
    {
        var seed = Setting("DOMAINKIT_FUZZ_SEED", DefaultSeed);
        var cases = Setting("DOMAINKIT_FUZZ_CASES", 1500);
        var compileEvery = Setting("DOMAINKIT_FUZZ_COMPILE_EVERY", 300);
        var budget = TimeSpan.FromSeconds(Setting("DOMAINKIT_FUZZ_SECONDS", 90));
        output.WriteLine($"fuzz: DOMAINKIT_FUZZ_SEED={seed} DOMAINKIT_FUZZ_CASES={cases} DOMAINKIT_FUZZ_COMPILE_EVERY={compileEvery} DOMAINKIT_FUZZ_SECONDS={budget.TotalSeconds}");
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        var diagnosticCounts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var compiled = 0;
        var index = 0;

        // The budget bounds the run on a busy machine: it stops starting cases and asserts nothing about speed.
        for (; index < cases && stopwatch.Elapsed < budget; index++)
        {
            var (files, log) = Mutate(new Random(unchecked((seed * 1_000_003) + index)));
            var where = $"DOMAINKIT_FUZZ_SEED={seed}, case {index}: {string.Join("; ", log)}";
            var diagnostics = RunPipeline(files, where);
            foreach (var id in diagnostics.Select(d => d.Id).Distinct())
            {
                diagnosticCounts[id] = diagnosticCounts.GetValueOrDefault(id) + 1;
            }

            if (compileEvery > 0 && index % compileEvery == 0)
            {
                CompileWithTheGenerator(files, where);
                compiled++;
            }
        }

        output.WriteLine($"fuzz: {index} of {cases} cases ({compiled} compiled) in {stopwatch.Elapsed.TotalSeconds:F1} s; cases per diagnostic: "
            + string.Join(", ", diagnosticCounts.Select(p => $"{p.Key}={p.Value}")));
    }

    /// <summary>Parse, limits, link, emit and the export, in-process; returns the diagnostics.</summary>
    private static IReadOnlyList<CorpusDiagnostic> RunPipeline(Dictionary<string, string> files, string where)
    {
        try
        {
            var linked = CorpusPipeline.Link(files);
            var (corpus, diagnostics) = linked;
            foreach (var diagnostic in diagnostics)
            {
                Assert.True(DiagnosticRules.All.Any(r => r.Id == diagnostic.Id), $"{where}: {diagnostic.Id} is not in the catalogue");
                Assert.NotEmpty(diagnostic.Message);
                foreach (var span in diagnostic.AlsoAt.Prepend(diagnostic.Span))
                {
                    if (files.TryGetValue(span.Path, out var content))
                    {
                        Assert.True(span.Start >= 0 && span.Length >= 0 && span.Start + span.Length <= content.Length, $"{where}: {diagnostic} points outside {span.Path}");
                    }
                }
            }

            if (corpus is not null)
            {
                Assert.All(CorpusSources.Of(s_declaration, corpus), source => Assert.NotEmpty(source.Source));
            }

            var lost = LineAccounting.Unaccounted(files, linked);
            Assert.True(lost.Count == 0, $"{where}: lines neither exported nor diagnosed:\n{string.Join("\n", lost.Take(5))}");
            return diagnostics;
        }
        catch (Exception e) when (e is not Xunit.Sdk.XunitException)
        {
            Assert.Fail($"{where}: the pipeline threw {e}");
            throw;
        }
    }

    private static void CompileWithTheGenerator(Dictionary<string, string> files, string where)
    {
        var result = GeneratorHarness.Run(files);
        var run = result.RunResult.Results.Single();
        Assert.True(run.Exception is null, $"{where}: the generator threw {run.Exception}");
        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Id is "CS8785" or "AD0001");
        var errors = result.CompileErrors.ToList();
        Assert.True(errors.Count == 0, $"{where}: generated code does not compile: {string.Join("\n", errors.Take(5))}");
    }

    private static (Dictionary<string, string> Files, List<string> Log) Mutate(Random random)
    {
        var files = new Dictionary<string, string>(s_bundled.Value, StringComparer.Ordinal);
        var log = new List<string>();
        var paths = files.Keys.Order(StringComparer.Ordinal).ToArray();

        // Mostly annotations and catalogs; sometimes a text, the schema, a deleted file or a 10 MB line.
        for (var count = random.Next(1, 4); count > 0; count--)
        {
            var path = random.Next(10) < 7
                ? paths.Where(p => p.EndsWith(".ann", StringComparison.Ordinal) || p.EndsWith(".tsv", StringComparison.Ordinal)).ElementAt(random.Next(8))
                : paths[random.Next(paths.Length)];
            if (random.Next(200) == 0)
            {
                files[path] = files[path] + "\n" + s_hugeLine.Value;
                log.Add($"10 MB line in {Path.GetFileName(path)}");
                continue;
            }

            if (random.Next(100) == 0)
            {
                files.Remove(path);
                log.Add($"delete {Path.GetFileName(path)}");
                continue;
            }

            if (!files.TryGetValue(path, out var content))
            {
                continue;
            }

            var (name, apply) = s_mutations[random.Next(s_mutations.Length)];
            files[path] = apply(random, content);
            log.Add($"{name} in {Path.GetFileName(path)}");
        }

        return (files, log);
    }

    private static string EditLine(Random random, string content, Func<string, string> edit)
    {
        var lines = content.Split('\n');
        var i = random.Next(lines.Length);
        lines[i] = edit(lines[i]);
        return string.Join("\n", lines);
    }

    private static string Swap(Random random, string line, char separator)
    {
        var parts = line.Split(separator);
        if (parts.Length < 2)
        {
            return line;
        }

        int a = random.Next(parts.Length), b = random.Next(parts.Length);
        (parts[a], parts[b]) = (parts[b], parts[a]);
        return string.Join(separator, parts);
    }

    private static string ReverseOffsets(string line)
        => s_offsets.Replace(line, m => m.Groups[2].Value + " " + m.Groups[1].Value, 1);

    private static string ReplaceNumber(Random random, string content, string replacement)
    {
        var numbers = Regex.Matches(content, @"\d+");
        if (numbers.Count == 0)
        {
            return content;
        }

        var match = numbers[random.Next(numbers.Count)];
        return content[..match.Index] + replacement + content[(match.Index + match.Length)..];
    }

    private static string RandomCodePoint(Random random)
    {
        var codePoint = random.Next(3) switch { 0 => random.Next(0x20), 1 => random.Next(0xD800), _ => random.Next(0x10000, 0x110000) };
        return char.ConvertFromUtf32(codePoint);
    }

    /// <summary>Random bytes decoded as UTF-8, as a corrupted file would read (invalid sequences become U+FFFD).</summary>
    private static string RandomBytes(Random random)
    {
        var bytes = new byte[random.Next(1, 16)];
        random.NextBytes(bytes);
        return Encoding.UTF8.GetString(bytes);
    }

    private static int Setting(string name, int fallback)
        => int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;
}
