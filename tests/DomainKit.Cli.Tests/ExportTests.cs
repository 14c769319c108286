using System.Text.Json;

namespace DomainKit.Cli.Tests;

/// <summary>Every export format: files, shapes, and that every exported span can be checked against its document.</summary>
public sealed class ExportTests : IDisposable
{
    private readonly string _directory = Cli.TempDirectory("export");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Jsonl_writes_one_record_a_line_through_the_librarys_json_contract()
    {
        var (exit, output, _) = Cli.Run("export", _directory, "--format", "jsonl");

        Assert.Equal(0, exit);
        Assert.Equal($"wrote 6 files to {_directory}" + Environment.NewLine, output);
        var data = Afghanistan2021.Dataset;
        Assert.Equal(data.Statements.All.Select(s => JsonSerializer.Serialize(s, DomainKitJson.Default.Statement)), File.ReadAllLines(Path.Combine(_directory, "statements.jsonl")));
        Assert.Equal(data.Actors.Count, Lines("actors.jsonl").Count());
        Assert.Equal(data.Mentions.Count, Lines("mentions.jsonl").Count());
        Assert.Equal(data.Relations.Length, Lines("relations.jsonl").Count());
        Assert.Equal("relation", Lines("relations.jsonl").First().EnumerateObject().ElementAt(1).Name);

        var retreat = Lines("borderEvents.jsonl").Single(e => e.GetProperty("kind").GetString() == "retreat" && e.GetProperty("date").GetProperty("start").GetString() == "2021-07-04");
        Assert.Equal(["AFG", "TJK"], retreat.GetProperty("border").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(1000m, retreat.GetProperty("quantity").GetProperty("value").GetDecimal());
        Assert.Equal("moreThan", retreat.GetProperty("quantity").GetProperty("bound").GetString());
        Assert.Equal("range", retreat.GetProperty("date").GetProperty("precision").GetString());
        Assert.Equal("afghan-security-forces", retreat.GetProperty("actors")[0].GetString());
        var statement = Lines("statements.jsonl").First();
        Assert.Equal(JsonValueKind.String, statement.GetProperty("speaker").ValueKind);
        Assert.Equal(JsonValueKind.String, statement.GetProperty("attestations")[0].GetProperty("document").ValueKind);
    }

    [Fact]
    public void Every_jsonl_span_is_its_documents_text_or_its_fragments_joined_by_one_space()
    {
        Assert.Equal(0, Cli.Run("export", _directory, "--format", "jsonl").Exit);
        var documents = Lines("documents.jsonl").ToDictionary(d => d.GetProperty("id").GetString()!, d => d.GetProperty("text").GetString()!);

        var spans = 0;
        var discontinuous = 0;
        foreach (var mention in Lines("mentions.jsonl"))
        {
            discontinuous += Verify(documents[mention.GetProperty("document").GetString()!], mention);
            spans++;
        }

        foreach (var record in Lines("statements.jsonl").Concat(Lines("borderEvents.jsonl")))
        {
            foreach (var attestation in record.GetProperty("attestations").EnumerateArray())
            {
                var text = documents[attestation.GetProperty("document").GetString()!];
                Assert.Equal(attestation.GetProperty("text").GetString(), Cli.Slice(text, attestation.GetProperty("start").GetInt32(), attestation.GetProperty("end").GetInt32()));
                spans++;
                foreach (var quote in attestation.GetProperty("quotes").EnumerateArray())
                {
                    discontinuous += Verify(text, quote);
                    spans++;
                }
            }
        }

        Assert.True(spans > 500, $"{spans} spans");
        Assert.True(discontinuous > 0, "the bundled corpus has discontinuous spans");
    }

    [Fact]
    public void Brat_writes_the_bundled_corpus_back_as_a_corpus_that_checks_clean()
    {
        Assert.Equal(0, Cli.Run("export", _directory, "--format", "brat").Exit);

        Assert.Equal(
            Directory.GetFiles(Cli.BundledCorpus).Select(Path.GetFileName).Order(StringComparer.Ordinal),
            Directory.GetFiles(_directory).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (var ann in Directory.GetFiles(Cli.BundledCorpus, "*.ann"))
        {
            Assert.Equal(File.ReadAllLines(ann).Count(l => l.Length > 0), File.ReadAllLines(Path.Combine(_directory, Path.GetFileName(ann))).Length);
        }

        var (exit, output, _) = Cli.Run("check", _directory);
        Assert.Equal(0, exit);
        Assert.Contains($"{Afghanistan2021.Statements.All.Length} statements", output, StringComparison.Ordinal);
        Assert.Contains("0 errors, 0 warnings", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_corpus_with_errors_exports_nothing_and_exits_1()
    {
        var broken = QueryCommandTests.BrokenCorpus();
        try
        {
            Assert.Equal(1, Cli.Run("export", _directory, "--format", "jsonl", "--corpus", broken).Exit);
            Assert.Equal(1, Cli.Run("export", _directory, "--format", "brat", "--corpus", broken).Exit);
            Assert.Empty(Directory.GetFiles(_directory));
        }
        finally
        {
            Directory.Delete(broken, recursive: true);
        }
    }

    /// <summary>Checks a span with optional fragments against its document; 1 when it is discontinuous.</summary>
    [Fact]
    public void Spans_on_and_around_astral_characters_export_code_point_offsets()
    {
        // Code points: 😀=0, ' '=1, Taliban=2-8, ' and '=9-13, 😀😀=14-15, ' the '=16-20, Taliban=21-27, "'s "=28-30,
        // fighters=31-38. Each mention's UTF-16 length differs from its code-point length, or it is discontinuous.
        var corpus = Cli.TempDirectory("astral");
        try
        {
            File.Copy(Path.Combine(Cli.BundledCorpus, "annotation.conf"), Path.Combine(corpus, "annotation.conf"));
            File.WriteAllText(Path.Combine(corpus, "actors.tsv"), "id\tname\tkind\tcountry\tmemberOf\trole\taliases\ntaliban\tTaliban\tArmedGroup\tAFG\t\t\t\n");
            File.WriteAllText(Path.Combine(corpus, "doc.txt"), "\U0001F600 Taliban and \U0001F600\U0001F600 the Taliban's fighters \U0001F600.");
            File.WriteAllText(Path.Combine(corpus, "doc.ann"), string.Join("\n",
                "T1\tActor 2 9\tTaliban",
                "T2\tActor 21 28;31 39\tTaliban fighters",
                "T3\tActor 0 1;2 9\t\U0001F600 Taliban",
                "T4\tActor 14 28\t\U0001F600\U0001F600 the Taliban",
                "N1\tReference T1 actor:taliban\tTaliban",
                "N2\tReference T2 actor:taliban\tTaliban",
                "N3\tReference T3 actor:taliban\tTaliban",
                "N4\tReference T4 actor:taliban\tTaliban",
                ""));

            Assert.Equal(0, Cli.Run("export", _directory, "--format", "jsonl", "--corpus", corpus).Exit);

            var text = Lines("documents.jsonl").Single().GetProperty("text").GetString()!;
            var mentions = Lines("mentions.jsonl").ToList();
            Assert.Equal(
                [(0, 9), (2, 9), (14, 28), (21, 39)],
                mentions.Select(m => (m.GetProperty("start").GetInt32(), m.GetProperty("end").GetInt32())).Order());
            Assert.Equal(2, mentions.Sum(m => Verify(text, m)));
        }
        finally
        {
            Directory.Delete(corpus, recursive: true);
        }
    }

    /// <summary>
    /// Checks a span against its document: a contiguous one is its slice; a discontinuous one is its fragments'
    /// slices joined by one space, and its start and end are its first and last code point.
    /// </summary>
    private static int Verify(string text, JsonElement span)
    {
        var fragments = span.GetProperty("fragments").EnumerateArray()
            .Select(f => (Start: f.GetProperty("start").GetInt32(), End: f.GetProperty("end").GetInt32())).ToList();
        var (start, end) = (span.GetProperty("start").GetInt32(), span.GetProperty("end").GetInt32());
        var expected = fragments.Count == 0
            ? Cli.Slice(text, start, end)
            : string.Join(" ", fragments.Select(f => Cli.Slice(text, f.Start, f.End)));
        Assert.Equal(expected, span.GetProperty("text").GetString());
        if (fragments.Count > 0)
        {
            Assert.Equal((fragments.Min(f => f.Start), fragments.Max(f => f.End)), (start, end));
        }

        return fragments.Count == 0 ? 0 : 1;
    }

    private IEnumerable<JsonElement> Lines(string name)
        => File.ReadAllLines(Path.Combine(_directory, name)).Select(line => JsonDocument.Parse(line).RootElement);
}
