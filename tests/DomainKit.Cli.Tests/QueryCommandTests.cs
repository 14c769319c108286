using System.Text.Json;

namespace DomainKit.Cli.Tests;

/// <summary>The query commands print exactly what the C# API answers, in each format.</summary>
public class QueryCommandTests
{
    private static readonly Dataset Data = Afghanistan2021.Dataset;

    [Fact]
    public void Statements_by_speaker_in_a_month_are_the_apis_answer()
    {
        var taliban = Afghanistan2021.Actors.Taliban;
        var expected = Data.Statements.BySpeaker(taliban)
            .Where(s => s.Date is { } d && d.Overlaps(new DateOnly(2021, 6, 1), new DateOnly(2021, 6, 30)))
            .Select(s => s.Id)
            .ToList();

        Assert.NotEmpty(expected);
        Assert.Equal(expected, Ids(Cli.Run("statements", "--speaker", "Islamic Emirate", "--from", "2021-06-01", "--to", "2021-06-30", "--format", "json")));
    }

    [Fact]
    public void Statements_filter_by_kind_addressee_and_document()
    {
        Assert.Equal(
            Data.Statements.OfKind(StatementKind.Assurance).Select(s => s.Id),
            Ids(Cli.Run("statements", "--kind", "assurance", "--format", "json")));

        var document = Data.Documents.All[0];
        Assert.Equal(Data.Statements.In(document).Select(s => s.Id), Ids(Cli.Run("statements", "--document", document.Id, "--format", "json")));

        var addressee = Data.Statements.All.SelectMany(s => s.Addressees).First();
        Assert.Equal(
            Data.Statements.All.Where(s => s.Addressees.Contains(addressee)).Select(s => s.Id),
            Ids(Cli.Run("statements", "--addressee", addressee.Id, "--format", "json")));
    }

    [Fact]
    public void Events_on_a_border_of_a_kind_and_in_a_date_range()
    {
        var border = Border.Between("AFG", "TJK");
        Assert.Equal(Data.BorderEvents.On(border).Select(e => e.Id), Ids(Cli.Run("events", "--border", "tjk-afg", "--format", "json")));
        Assert.Equal(
            Data.BorderEvents.On(border).Where(e => e.Kind == BorderEventKind.Retreat).Select(e => e.Id),
            Ids(Cli.Run("events", "--border", "AFG-TJK", "--kind", "Retreat", "--format", "json")));
        Assert.Equal(
            Data.BorderEvents.Between(new DateOnly(2021, 7, 1), new DateOnly(2021, 7, 31)).Select(e => e.Id).Order(StringComparer.Ordinal),
            Ids(Cli.Run("events", "--from", "2021-07-01", "--to", "2021-07-31", "--format", "json")).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Actors_lists_all_or_finds_one_by_alias()
    {
        Assert.Equal(Data.Actors.All.Select(a => a.Id), Ids(Cli.Run("actors", "--format", "json")));
        Assert.Equal(["taliban"], Ids(Cli.Run("actors", "TALIBS", "--format", "json")));
    }

    [Fact]
    public void Mentions_as_csv_give_each_span_with_its_offsets()
    {
        var (exit, output, _) = Cli.Run("mentions", "taliban", "--format", "csv");

        Assert.Equal(0, exit);
        var lines = output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("document,start,end,text", lines[0]);
        var mentions = Data.Mentions.Of(Afghanistan2021.Actors.Taliban);
        Assert.Equal(mentions.Count, lines.Length - 1);
        Assert.Equal($"{mentions[0].Document.Id},{mentions[0].Start},{mentions[0].End},{mentions[0].Text}", lines[1]);
    }

    [Fact]
    public void A_table_fits_the_width_and_has_no_colour_when_redirected()
    {
        var (exit, output, _) = Cli.Run("statements", "--speaker", "taliban");

        Assert.Equal(0, exit);
        Assert.DoesNotContain('\u001b', output);
        var width = int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), out var columns) && columns > 0 ? columns : 80;
        Assert.All(output.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => Assert.True(line.Length <= width, line));
        Assert.Contains("taliban", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_prints_each_attestation_in_context_with_the_exact_quote_marked()
    {
        var statement = Data.Statements.BySpeaker(Afghanistan2021.Actors.Taliban)[0];
        var (exit, output, _) = Cli.Run("show", statement.Id);

        Assert.Equal(0, exit);
        Assert.StartsWith($"statement {statement.Id}", output, StringComparison.Ordinal);
        foreach (var attestation in statement.Attestations)
        {
            Assert.Contains($"{attestation.Document.Id} [{attestation.Start}, {attestation.End})", output, StringComparison.Ordinal);
            foreach (var quote in attestation.Quotes.Where(q => q.Fragments.IsEmpty))
            {
                Assert.Contains("[[" + quote.Text + "]]", output, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Show_finds_border_events_documents_and_actors_and_prints_json_on_request()
    {
        var retreat = Data.BorderEvents.OfKind(BorderEventKind.Retreat)[0];
        var (exit, output, _) = Cli.Run("show", retreat.Id);
        Assert.Equal(0, exit);
        Assert.Contains("[[" + retreat.Attestations[0].Text + "]]", output, StringComparison.Ordinal);

        Assert.StartsWith("document " + Data.Documents.All[0].Id, Cli.Run("show", Data.Documents.All[0].Id).Output, StringComparison.Ordinal);
        Assert.StartsWith("actor taliban", Cli.Run("show", "Islamic Emirate").Output, StringComparison.Ordinal);
        Assert.Equal(JsonSerializer.Serialize(retreat, DomainKitJson.Default.BorderEvent) + Environment.NewLine, Cli.Run("show", retreat.Id, "--format", "json").Output);
    }

    [Fact]
    public void Queries_run_on_a_corpus_folder_as_on_the_bundled_dataset()
    {
        Assert.Equal(Cli.Run("statements", "--format", "json"), Cli.Run("statements", "--format", "json", "--corpus", Cli.BundledCorpus));
        Assert.Equal(Cli.Run("summary"), Cli.Run("summary", "--corpus", Cli.BundledCorpus));
    }

    [Fact]
    public void A_corpus_folder_with_errors_prints_them_on_stderr_and_exits_1()
    {
        var broken = BrokenCorpus();
        try
        {
            var (exit, output, error) = Cli.Run("statements", "--corpus", broken);

            Assert.Equal(1, exit);
            Assert.Empty(output);
            Assert.Contains("doc.ann(1,14): error DK0002: T1 says 'Hullo' but the text at 0 5 is 'Hello'", error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(broken, recursive: true);
        }
    }

    [Fact]
    public void Check_reports_the_bundled_corpus_clean_and_a_broken_one_with_locations()
    {
        var (exit, output, _) = Cli.Run("check", Cli.BundledCorpus);
        Assert.Equal(0, exit);
        Assert.Contains("0 errors, 0 warnings", output, StringComparison.Ordinal);

        var broken = BrokenCorpus();
        try
        {
            (exit, output, _) = Cli.Run("check", "--corpus", broken);

            Assert.Equal(1, exit);
            Assert.Contains("doc.ann(1,14): error DK0002: T1 says 'Hullo' but the text at 0 5 is 'Hello' (see ", output, StringComparison.Ordinal);
            Assert.Contains("doc.txt(1,1))", output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(broken, recursive: true);
        }
    }

    internal static string BrokenCorpus()
    {
        var broken = Cli.TempDirectory("broken");
        File.WriteAllText(Path.Combine(broken, "doc.txt"), "Hello world");
        File.WriteAllText(Path.Combine(broken, "doc.ann"), "T1\tActor 0 5\tHullo\n");
        return broken;
    }

    private static List<string> Ids((int Exit, string Output, string Error) run)
    {
        Assert.Equal(0, run.Exit);
        Assert.Empty(run.Error);
        return JsonDocument.Parse(run.Output).RootElement.EnumerateArray().Select(e => e.GetProperty("id").GetString()!).ToList();
    }
}
