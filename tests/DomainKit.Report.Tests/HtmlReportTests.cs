using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using DomainKit.Cli;
using DomainKit.Cli.Report;

namespace DomainKit.Report.Tests;

public sealed partial class HtmlReportTests
{
    private static readonly Lazy<string> HostileHtml = new(() => Write(HostileCorpus.Load(), "Hostile"));

    [Fact]
    public void No_corpus_string_can_close_the_data_block_or_add_markup()
    {
        var html = HostileHtml.Value;

        // The data block's and the script's own closing tags, and no other.
        Assert.Equal(2, Regex.Count(html, "</script", RegexOptions.IgnoreCase));
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<!--", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_data_block_holds_every_corpus_string_verbatim()
    {
        var data = DataBlock().Match(HostileHtml.Value).Groups[1].Value;

        using var json = System.Text.Json.JsonDocument.Parse(data);
        var root = json.RootElement;
        Assert.Equal(HostileCorpus.Title, root.GetProperty("documents")[0].GetProperty("title").GetString());
        Assert.Equal(HostileCorpus.Text, root.GetProperty("documents")[0].GetProperty("text").GetString());
        Assert.Contains(root.GetProperty("actors").EnumerateArray(), a => a.GetProperty("name").GetString() == HostileCorpus.ActorName);
    }

    [Fact]
    public void The_policy_allows_exactly_the_inline_style_and_script_and_nothing_remote()
    {
        var html = Write(Afghanistan2021.Dataset, "Afghanistan2021");

        var policy = Policy().Match(html).Groups[1].Value;
        Assert.StartsWith("default-src 'none';", policy, StringComparison.Ordinal);
        Assert.Contains($"script-src '{Hash(InlineScript().Match(html).Groups[1].Value)}';", policy, StringComparison.Ordinal);
        Assert.Contains($"style-src '{Hash(InlineStyle().Match(html).Groups[1].Value)}';", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe", policy, StringComparison.Ordinal);
        Assert.DoesNotMatch("(src|href)=\"(https?:)?//", html);
    }

    [Fact]
    public void Attestation_offsets_are_given_in_code_points_and_in_UTF16_units()
    {
        var statement = HostileCorpus.Load().Statements.All.Single();
        var attestation = statement.Attestations[0];
        var data = DataBlock().Match(HostileHtml.Value).Groups[1].Value;

        using var json = System.Text.Json.JsonDocument.Parse(data);
        var written = json.RootElement.GetProperty("records")[0].GetProperty("attestations")[0];
        Assert.Equal((attestation.Start, attestation.End), (written.GetProperty("start").GetInt32(), written.GetProperty("end").GetInt32()));
        var (from, to) = (written.GetProperty("from").GetInt32(), written.GetProperty("to").GetInt32());
        Assert.Equal(attestation.Text, HostileCorpus.Text[from..to]);
        Assert.Equal(attestation.Start + 1, from);
    }

    [Fact]
    public void Utf16_offsets_count_a_surrogate_pair_as_one_code_point()
    {
        var offsets = new Utf16Offsets("a\U0001F600b");

        Assert.Equal([0, 1, 3, 4], Enumerable.Range(0, 4).Select(i => offsets[i]));
        Assert.Throws<ArgumentOutOfRangeException>(() => offsets[4]);
    }

    [Fact]
    public void The_report_command_writes_the_page_and_rejects_a_missing_file()
    {
        var folder = Directory.CreateTempSubdirectory("domainkit-report-command-").FullName;
        try
        {
            var path = Path.Combine(folder, "nested", "corpus.html");
            var output = new StringWriter();
            var error = new StringWriter();

            Assert.Equal(0, DomainKitCli.Run(["report", "--out", path], output, error));
            Assert.StartsWith("<!DOCTYPE html>", File.ReadAllText(path), StringComparison.Ordinal);
            Assert.Contains($"{Afghanistan2021.Statements.All.Length} statements", output.ToString(), StringComparison.Ordinal);
            Assert.Equal(2, DomainKitCli.Run(["report"], TextWriter.Null, error));
            Assert.Contains("--out", error.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Write(Dataset dataset, string name)
    {
        var output = new StringWriter();
        HtmlReport.Write(dataset, name, output);
        return output.ToString();
    }

    private static string Hash(string block) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(block)));

    [GeneratedRegex("<script type=\"application/json\" id=\"dk-data\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex DataBlock();

    [GeneratedRegex("<script>(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex InlineScript();

    [GeneratedRegex("<style>(.*?)</style>", RegexOptions.Singleline)]
    private static partial Regex InlineStyle();

    [GeneratedRegex("http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\"")]
    private static partial Regex Policy();
}
