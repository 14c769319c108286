namespace DomainKit.Report.Tests;

/// <summary>The report of a corpus whose strings are script and markup: every one shows as text, none runs.</summary>
[Trait("Category", "Browser")]
public sealed class HostileCorpusBrowserTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    private static readonly Lazy<Dataset> Hostile = new(HostileCorpus.Load);

    [Fact]
    public async Task No_payload_runs_and_each_shows_as_text()
    {
        await using var report = await chromium.OpenAsync(Hostile.Value, "Hostile", "record=" + HostileCorpus.StatementId);

        Assert.Empty(report.Dialogs);
        Assert.Equal("undefined", await report.Page.EvaluateExpressionAsync<string>($"typeof window.{HostileCorpus.Sentinel}"));
        Assert.Empty(report.Errors);
        Assert.Equal([report.Url + "#record=" + HostileCorpus.StatementId], report.Requests);

        var text = await report.Page.EvaluateExpressionAsync<string>("document.body.innerText");
        Assert.Contains(HostileCorpus.Title, text, StringComparison.Ordinal);
        Assert.Contains(HostileCorpus.ActorName, text, StringComparison.Ordinal);
        Assert.Equal(0, await report.Page.EvaluateExpressionAsync<int>("document.querySelectorAll('img, iframe, object, embed, a[href^=\"javascript\" i], body script:not(#dk-data)').length - 1"));
    }

    [Fact]
    public async Task A_discontinuous_quote_after_an_astral_character_is_highlighted_at_its_code_point_span()
    {
        var statement = Hostile.Value.Statements.All.Single();
        await using var report = await chromium.OpenAsync(Hostile.Value, "Hostile", "record=" + HostileCorpus.StatementId);

        var quote = statement.Attestations[0].Quotes.Single();
        Assert.Equal(2, quote.Fragments.Length);
        Assert.Equal(statement.Attestations[0].Text, await report.PassageAsync(0));
        Assert.Equal(quote.Text, await report.QuoteAsync(0, 0));
        Assert.Equal((1, 1), await report.TimelineCountsAsync());
    }
}
