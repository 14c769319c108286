using System.Text.Json;
using DomainKit.Cli;

namespace DomainKit.Tests;

public class CliTests
{
    [Fact]
    public void Summary_lists_counts_actors_statements_and_border_events()
    {
        var output = new StringWriter();

        Assert.Equal(0, SummaryCommand.Run(Afghanistan2021.Dataset, output));

        var text = output.ToString();
        Assert.StartsWith($"DomainKit dataset: 5 documents, {Afghanistan2021.Actors.All.Length} actors, {Afghanistan2021.Statements.All.Length} statements", text, StringComparison.Ordinal);
        Assert.Contains("Actors by kind", text, StringComparison.Ordinal);
        Assert.Contains("  Taliban (", text, StringComparison.Ordinal);
        Assert.Contains("2021-07-04/2021-07-05  AFG-TJK    Retreat", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_writes_one_json_object_a_line_with_code_point_offsets()
    {
        var directory = Directory.CreateTempSubdirectory("domainkit-export").FullName;
        try
        {
            Assert.Equal(0, ExportCommand.Run(Afghanistan2021.Dataset, ["--format", "jsonl", "--out", directory], TextWriter.Null, TextWriter.Null));

            var documents = Lines(directory, "documents.jsonl").ToDictionary(d => d.GetProperty("id").GetString()!, d => d.GetProperty("text").GetString()!);
            Assert.Equal(5, documents.Count);
            Assert.Equal(Afghanistan2021.Actors.All.Length, Lines(directory, "actors.jsonl").Count());
            Assert.Equal(Afghanistan2021.Mentions.All.Length, Lines(directory, "mentions.jsonl").Count());
            Assert.Equal(Afghanistan2021.Relations.Length, Lines(directory, "relations.jsonl").Count());

            var statements = Lines(directory, "statements.jsonl").ToList();
            Assert.Equal(Afghanistan2021.Statements.All.Length, statements.Count);
            var retreat = Lines(directory, "borderEvents.jsonl").Single(e => e.GetProperty("kind").GetString() == "retreat" && e.GetProperty("date").GetProperty("start").GetString() == "2021-07-04");
            Assert.Equal(["AFG", "TJK"], retreat.GetProperty("border").EnumerateArray().Select(c => c.GetString()));
            Assert.Equal(1000m, retreat.GetProperty("quantity").GetProperty("value").GetDecimal());
            Assert.Equal("range", retreat.GetProperty("date").GetProperty("precision").GetString());

            foreach (var attestation in statements.SelectMany(s => s.GetProperty("attestations").EnumerateArray()))
            {
                var text = documents[attestation.GetProperty("document").GetString()!];
                Assert.Equal(attestation.GetProperty("text").GetString(), BundledCorpusTests.Slice(text, attestation.GetProperty("start").GetInt32(), attestation.GetProperty("end").GetInt32()));
            }
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Brat_export_writes_the_bundled_corpus_back_as_a_corpus_that_checks_clean()
    {
        var directory = Directory.CreateTempSubdirectory("domainkit-brat").FullName;
        try
        {
            var corpus = Path.Combine(BundledCorpusTests.RepositoryRoot(), "src", "DomainKit", "Corpus");
            Assert.Equal(0, ExportCommand.Run(Afghanistan2021.Dataset, ["--format", "brat", "--out", directory, "--corpus", corpus], TextWriter.Null, TextWriter.Null));

            Assert.Equal(
                Directory.GetFiles(corpus).Select(Path.GetFileName).Order(StringComparer.Ordinal),
                Directory.GetFiles(directory).Select(Path.GetFileName).Order(StringComparer.Ordinal));
            foreach (var ann in Directory.GetFiles(corpus, "*.ann"))
            {
                Assert.Equal(File.ReadAllLines(ann).Count(l => l.Length > 0), File.ReadAllLines(Path.Combine(directory, Path.GetFileName(ann))).Length);
            }

            var output = new StringWriter();
            Assert.Equal(0, CheckCommand.Run(directory, output));
            Assert.Contains($"{Afghanistan2021.Statements.All.Length} statements", output.ToString(), StringComparison.Ordinal);
            Assert.Contains("0 errors, 0 warnings", output.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Export_rejects_unknown_arguments()
    {
        var error = new StringWriter();

        Assert.Equal(2, ExportCommand.Run(Afghanistan2021.Dataset, ["--format", "csv", "--out", "x"], TextWriter.Null, error));
        Assert.Equal(2, ExportCommand.Run(Afghanistan2021.Dataset, ["--format", "brat", "--out", "x", "--colour", "red"], TextWriter.Null, error));
        Assert.Contains("usage", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_reports_the_bundled_corpus_clean_and_a_broken_one_with_locations()
    {
        var corpus = Path.Combine(BundledCorpusTests.RepositoryRoot(), "src", "DomainKit", "Corpus");
        var output = new StringWriter();
        Assert.Equal(0, CheckCommand.Run(corpus, output));
        Assert.Contains("0 errors, 0 warnings", output.ToString(), StringComparison.Ordinal);

        var broken = Directory.CreateTempSubdirectory("domainkit-check").FullName;
        try
        {
            File.WriteAllText(Path.Combine(broken, "doc.txt"), "Hello world");
            File.WriteAllText(Path.Combine(broken, "doc.ann"), "T1\tActor 0 5\tHullo\n");
            output = new StringWriter();

            Assert.Equal(1, CheckCommand.Run(broken, output));
            Assert.Contains("doc.ann(1,14): error DK0002: T1 says 'Hullo' but the text at 0 5 is 'Hello' (see ", output.ToString(), StringComparison.Ordinal);
            Assert.Contains("doc.txt(1,1))", output.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(broken, recursive: true);
        }
    }

    private static IEnumerable<JsonElement> Lines(string directory, string name)
        => File.ReadAllLines(Path.Combine(directory, name)).Select(line => JsonDocument.Parse(line).RootElement);
}
