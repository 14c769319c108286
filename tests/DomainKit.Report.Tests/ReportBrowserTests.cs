namespace DomainKit.Report.Tests;

/// <summary>The report of the bundled dataset in a real browser (headless Debian Chromium).</summary>
[Trait("Category", "Browser")]
public sealed class ReportBrowserTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    private static readonly Dataset Bundled = Afghanistan2021.Dataset;

    [Fact]
    public async Task The_page_loads_with_no_console_error_and_no_network_request()
    {
        await using var report = await chromium.OpenAsync(Bundled, nameof(Afghanistan2021), "record=taliban-2021-06-07-assurance-to-collaborators");

        Assert.Empty(report.Errors);
        Assert.Equal([report.Url + "#record=taliban-2021-06-07-assurance-to-collaborators"], report.Requests);
        Assert.Empty(report.Dialogs);
    }

    [Theory]
    [InlineData("")]
    [InlineData("lanes=border")]
    public async Task The_timeline_shows_every_statement_and_border_event_of_the_dataset(string fragment)
    {
        await using var report = await chromium.OpenAsync(Bundled, nameof(Afghanistan2021), fragment);

        Assert.Equal((Bundled.Statements.Count, Bundled.BorderEvents.Count), await report.TimelineCountsAsync());
    }

    [Fact]
    public async Task A_kind_chosen_in_the_form_goes_in_the_fragment_and_leaves_the_records_of_that_kind()
    {
        await using var report = await chromium.OpenAsync(Bundled, nameof(Afghanistan2021));

        var fragment = await report.AfterViewChangeAsync(() => report.Page.SelectAsync("#f-kind", "statement:Assurance"));

        Assert.Equal("#kind=statement%3AAssurance", fragment);
        Assert.Equal((Bundled.Statements.OfKind(StatementKind.Assurance).Count, 0), await report.TimelineCountsAsync());

        await report.AfterViewChangeAsync(() => report.Page.SelectAsync("#f-kind", "border:Retreat"));
        Assert.Equal((0, Bundled.BorderEvents.OfKind(BorderEventKind.Retreat).Count), await report.TimelineCountsAsync());
    }

    [Fact]
    public async Task Document_border_and_date_filters_leave_the_records_the_API_finds()
    {
        await using var report = await chromium.OpenAsync(Bundled, nameof(Afghanistan2021));

        foreach (var document in Bundled.Documents)
        {
            await report.GoToFragmentAsync("doc=" + Uri.EscapeDataString(document.Id));
            Assert.Equal((Bundled.Statements.In(document).Count, Bundled.BorderEvents.In(document).Count), await report.TimelineCountsAsync());
        }

        var afghanTajik = Border.Between("AFG", "TJK");
        await report.GoToFragmentAsync("border=AFG-TJK");
        Assert.Equal((0, Bundled.BorderEvents.On(afghanTajik).Count), await report.TimelineCountsAsync());

        DateOnly from = new(2021, 7, 1), to = new(2021, 7, 31);
        await report.GoToFragmentAsync("from=2021-07-01&to=2021-07-31");
        Assert.Equal((Bundled.Statements.Between(from, to).Count(), Bundled.BorderEvents.Between(from, to).Count()), await report.TimelineCountsAsync());
    }

    [Fact]
    public async Task Opening_a_record_highlights_each_attestation_and_quote_at_its_exact_span()
    {
        await using var report = await chromium.OpenAsync(Bundled, nameof(Afghanistan2021));
        var records = Bundled.Statements.All.Select(s => (s.Id, s.Attestations))
            .Concat(Bundled.BorderEvents.All.Select(e => (e.Id, e.Attestations)));

        foreach (var (id, attestations) in records)
        {
            await report.GoToFragmentAsync("record=" + Uri.EscapeDataString(id));
            for (var i = 0; i < attestations.Length; i++)
            {
                Assert.Equal(attestations[i].Text, await report.PassageAsync(i));
                for (var q = 0; q < attestations[i].Quotes.Length; q++)
                {
                    Assert.Equal(attestations[i].Quotes[q].Text, await report.QuoteAsync(i, q));
                }
            }
        }
    }

    [Fact]
    public async Task A_mark_reached_by_keyboard_opens_its_record_with_Enter()
    {
        await using var report = await chromium.OpenAsync(Bundled, nameof(Afghanistan2021));
        var statement = Bundled.Statements.All.First(s => s.Date is not null);

        await report.Page.FocusAsync($"#timeline .mark[data-id=\"{statement.Id}\"]");
        var fragment = await report.AfterViewChangeAsync(() => report.Page.Keyboard.PressAsync("Enter"));

        Assert.Equal("#record=" + Uri.EscapeDataString(statement.Id), fragment);
        Assert.Equal(statement.Attestations[0].Text, await report.PassageAsync(0));
        Assert.Equal("evidence", await report.Page.EvaluateExpressionAsync<string>("document.activeElement.id"));
    }

    [Fact]
    public async Task On_a_phone_sized_viewport_the_page_fits_the_width()
    {
        await using var report = await chromium.OpenAsync(Bundled, nameof(Afghanistan2021), "record=taliban-2021-06-07-assurance-to-collaborators", width: 390, height: 844);

        Assert.True(await report.Page.EvaluateExpressionAsync<bool>("document.documentElement.scrollWidth <= innerWidth"), "the page scrolls sideways on a phone");
        Assert.Equal((Bundled.Statements.Count, Bundled.BorderEvents.Count), await report.TimelineCountsAsync());
    }
}
