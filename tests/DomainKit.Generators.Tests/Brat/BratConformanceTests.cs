using System.Globalization;
using System.Text;
using DomainKit.Generators.Corpus.Schema;
using Xunit.Abstractions;

namespace DomainKit.Generators.Tests.Brat;

/// <summary>
/// DomainKit against brat's own verdict on every third-party corpus in <c>shared/external-brat</c>. A file brat reads
/// with no issue must get no DomainKit error; a file brat flags must get a DomainKit diagnostic on each line brat
/// flags, and DomainKit's errors only on lines where brat reports an error. Where brat falls back to its default
/// configuration (no annotation.conf) only the format is compared. The remaining differences are listed, each with
/// its reason, in <c>BratDifferences.txt</c>; the test fails when one appears or disappears.
/// </summary>
public class BratConformanceTests(ITestOutputHelper output)
{
    private static readonly Lazy<BratVerdict> s_verdict = new(ExternalBratCorpora.Verdict);

    [Fact]
    public void Every_file_gets_brats_verdict()
    {
        var verdict = s_verdict.Value;
        var ours = ExternalBratCorpora.Check(verdict);
        var differences = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var table = new StringBuilder();
        table.AppendLine("| Corpus | annotation.conf | files | brat: clean / flagged | DomainKit: no error / errors | agree | false errors | missed | annotations read |");
        table.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---:|");
        var total = new Tally();
        foreach (var corpus in verdict.Corpora)
        {
            var tally = new Tally();
            foreach (var file in corpus.Files)
            {
                var difference = tally.Add(file, ours[file.Key]);
                if (difference is not null)
                {
                    differences.Add(file.Key, difference);
                }
            }

            total.AddAll(tally);
            table.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {corpus.Folder} | {(corpus.FormatOnly ? "none (format only)" : corpus.SchemaPath)} | {tally.Row()} |"));
        }

        table.AppendLine(string.Create(CultureInfo.InvariantCulture, $"| **all** | | {total.Row()} |"));
        output.WriteLine(table.ToString());
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Pairs: {total.PairsAgreeing} of {total.Pairs} agree ({100.0 * total.PairsAgreeing / total.Pairs:F1}%), {total.FalseErrors} with false errors, {total.Missed} missed; ann-only files refused by both: {total.RefusedAgreeing} of {total.Refused}."));

        AssertSameDifferences("file", differences);
    }

    [Fact]
    public void Every_annotation_conf_parses_as_brat_parses_it()
    {
        var differences = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var expected in s_verdict.Value.Schemas)
        {
            var schema = SchemaParser.Parse(expected.Path, ExternalBratCorpora.ReadAsBrat(Path.Combine(ExternalBratCorpora.Root, expected.Path)));
            var counts = (schema.Entities.Count, schema.Relations.Count, schema.Events.Count, schema.Attributes.Count);
            var problems = new List<string>();
            if (counts != (expected.Entities, expected.Relations, expected.Events, expected.Attributes))
            {
                problems.Add($"types (entities, relations, events, attributes) {counts}, brat {(expected.Entities, expected.Relations, expected.Events, expected.Attributes)}");
            }

            if (schema.Diagnostics.Count > 0)
            {
                problems.Add($"{schema.Diagnostics.Count} diagnostics, first {schema.Diagnostics[0]}");
            }

            if (problems.Count > 0)
            {
                differences.Add(expected.Path, string.Join("; ", problems));
            }
        }

        AssertSameDifferences("conf", differences);
    }

    [Theory]
    [InlineData("rured", "rured/sample", "14044", "30,31,33,34,35", "")]
    [InlineData("nerel", "nerel/train-sample", "21013_text", "52", "")]
    [InlineData("ct-ebm-sp-v2", "ct-ebm-sp-v2/set1", "caso_112", "17,19,22,24,25,26,27", "18,20,21,23")]
    [InlineData("medkit/tests-data-brat", "medkit/tests-data-brat", "2_augmented_entities", "1,4,5", "")]
    public void A_genuinely_broken_file_gets_a_diagnostic_on_each_line_brat_rejects_and_the_rest_still_links(
        string root, string folder, string document, string errorLines, string warningLines)
    {
        var (diagnostics, parsed) = ExternalBratCorpora.Link(root, [folder]);

        var ann = ExternalBratCorpora.Normalize(Path.Combine(ExternalBratCorpora.Root, folder, document + ".ann"));
        var ofFile = diagnostics.Where(d => d.Span.Path == ann).ToList();
        Assert.Equal(errorLines, string.Join(",", ofFile.Where(d => d.Rule.Severity == Diagnostics.DiagnosticSeverityLevel.Error).Select(d => d.Span.Line + 1).Distinct().Order()));
        Assert.Equal(warningLines, string.Join(",", ofFile.Where(d => d.Rule.Severity == Diagnostics.DiagnosticSeverityLevel.Warning).Select(d => d.Span.Line + 1).Distinct().Order()));
        Assert.True(parsed.Single(p => p.Path == ann).Annotations!.TextBounds.Count > 0);
    }

    /// <summary>The differences found must be exactly those listed for <paramref name="kind"/> in BratDifferences.txt.</summary>
    private void AssertSameDifferences(string kind, SortedDictionary<string, string> found)
    {
        var listed = KnownDifferences(kind);
        var unexpected = found.Where(f => !listed.Contains(f.Key)).Select(f => $"{f.Key}: {f.Value}").ToList();
        var resolved = listed.Where(key => !found.ContainsKey(key)).ToList();
        foreach (var line in found.Select(f => $"{f.Key}: {f.Value}"))
        {
            output.WriteLine(line);
        }

        Assert.True(unexpected.Count == 0 && resolved.Count == 0,
            $"New differences with brat ({unexpected.Count}):\n{string.Join("\n", unexpected.Take(40))}\nListed in BratDifferences.txt but now agreeing ({resolved.Count}):\n{string.Join("\n", resolved.Take(40))}");
    }

    private static HashSet<string> KnownDifferences(string kind)
    {
        var path = Path.Combine(ExternalBratCorpora.RepositoryRoot, "tests", "DomainKit.Generators.Tests", "Brat", "BratDifferences.txt");
        return File.ReadAllLines(path)
            .Where(line => line.StartsWith(kind + "\t", StringComparison.Ordinal))
            .Select(line => line.Split('\t')[1])
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Counts for one row of the agreement table.</summary>
    private sealed class Tally
    {
        public int Pairs { get; private set; }

        public int BratClean { get; private set; }

        public int OursClean { get; private set; }

        public int PairsAgreeing { get; private set; }

        public int FalseErrors { get; private set; }

        public int Missed { get; private set; }

        public int Refused { get; private set; }

        public int RefusedAgreeing { get; private set; }

        public int Annotations { get; private set; }

        /// <summary>Adds one file; returns how DomainKit's verdict differs from brat's, or null when they agree.</summary>
        public string? Add(BratFileVerdict brat, DomainKitFileVerdict ours)
        {
            Annotations += ours.Annotations;
            if (brat.Refused)
            {
                Refused++;
                if (ours.ErrorLines.Count > 0)
                {
                    RefusedAgreeing++;
                    return null;
                }

                return "brat cannot open it (no .txt), DomainKit reports no error";
            }

            Pairs++;
            BratClean += brat.ErrorLines.Count == 0 ? 1 : 0;
            OursClean += ours.ErrorLines.Count == 0 ? 1 : 0;
            var falseErrors = ours.ErrorLines.Where(line => !brat.ErrorLines.Contains(line)).ToList();
            var missed = brat.ErrorLines.Concat(brat.WarningLines).Where(line => !ours.DiagnosticLines.Contains(line)).ToList();
            FalseErrors += falseErrors.Count > 0 ? 1 : 0;
            Missed += missed.Count > 0 ? 1 : 0;
            if (falseErrors.Count == 0 && missed.Count == 0)
            {
                PairsAgreeing++;
                return null;
            }

            return $"DomainKit errors on lines brat accepts [{Lines(falseErrors)}]; brat flags lines DomainKit does not [{Lines(missed)}]";
        }

        public void AddAll(Tally other)
        {
            Pairs += other.Pairs;
            BratClean += other.BratClean;
            OursClean += other.OursClean;
            PairsAgreeing += other.PairsAgreeing;
            FalseErrors += other.FalseErrors;
            Missed += other.Missed;
            Refused += other.Refused;
            RefusedAgreeing += other.RefusedAgreeing;
            Annotations += other.Annotations;
        }

        public string Row()
        {
            var files = Refused == 0 ? $"{Pairs}" : $"{Pairs} (+{Refused} without .txt)";
            var agree = Refused == 0 ? $"{PairsAgreeing}" : $"{PairsAgreeing} (+{RefusedAgreeing})";
            return string.Create(CultureInfo.InvariantCulture,
                $"{files} | {BratClean} / {Pairs - BratClean} | {OursClean} / {Pairs - OursClean} | {agree} | {FalseErrors} | {Missed} | {Annotations:N0}");
        }

        private static string Lines(List<int> lines) => string.Join(",", lines.Take(8)) + (lines.Count > 8 ? $",... ({lines.Count})" : string.Empty);
    }
}
