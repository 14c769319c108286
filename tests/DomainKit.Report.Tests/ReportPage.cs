using System.Collections.Concurrent;
using PuppeteerSharp;

namespace DomainKit.Report.Tests;

/// <summary>An open report page that records every console error, script error, network request and dialog.</summary>
public sealed class ReportPage : IAsyncDisposable
{
    private readonly string _url;

    public ReportPage(IPage page, string url)
    {
        Page = page;
        _url = url;
        page.Console += (_, e) =>
        {
            if (e.Message.Type == ConsoleType.Error)
            {
                Errors.Add("console: " + e.Message.Text);
            }
        };
        page.PageError += (_, e) => Errors.Add("page: " + e.Message);
        page.Request += (_, e) =>
        {
            // data: URLs are decoded in place (Chromium's own date-picker icon is one), not fetched.
            if (!e.Request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                Requests.Add(e.Request.Url);
            }
        };
        page.Dialog += async (_, e) =>
        {
            Dialogs.Add(e.Dialog.Message);
            await e.Dialog.Dismiss();
        };
    }

    public IPage Page { get; }

    public ConcurrentBag<string> Errors { get; } = [];

    /// <summary>Every URL the page asked for, other than data: URLs.</summary>
    public ConcurrentBag<string> Requests { get; } = [];

    public ConcurrentBag<string> Dialogs { get; } = [];

    /// <summary>The report's own file: the one request a page that fetches nothing makes.</summary>
    public string Url => _url;

    public async Task LoadAsync(string fragment)
    {
        await Page.GoToAsync(fragment.Length == 0 ? _url : _url + "#" + fragment, WaitUntilNavigation.Load);
        await Page.WaitForFunctionAsync("() => document.documentElement.dataset.ready === 'true'", new WaitForFunctionOptions { Timeout = 10_000 });
    }

    /// <summary>Sets the URL fragment and waits until the page has drawn the new view.</summary>
    public Task<string> GoToFragmentAsync(string fragment) => Page.EvaluateFunctionAsync<string>(
        """
        fragment => new Promise(resolve => {
          addEventListener('hashchange', () => resolve(location.hash), { once: true });
          location.hash = fragment;
        })
        """,
        fragment);

    /// <summary>Runs <paramref name="interaction"/> and waits until the view it leads to is drawn; returns the new fragment.</summary>
    public async Task<string> AfterViewChangeAsync(Func<Task> interaction)
    {
        // The comma keeps the promise from being the expression's value, which the evaluation would wait for.
        await Page.EvaluateExpressionAsync("window.__nextView = new Promise(resolve => addEventListener('hashchange', () => resolve(location.hash), { once: true })), true");
        await interaction();
        return await Page.EvaluateExpressionAsync<string>("window.__nextView");
    }

    /// <summary>The distinct records the timeline shows, by type (<c>statement</c> or <c>border</c>).</summary>
    public async Task<(int Statements, int BorderEvents)> TimelineCountsAsync()
    {
        var types = await Page.EvaluateExpressionAsync<string[]>(
            "[...new Map([...document.querySelectorAll('#timeline .mark')].map(m => [m.dataset.id, m.dataset.type])).values()]");
        return (types.Count(t => t == "statement"), types.Count(t => t == "border"));
    }

    /// <summary>The highlighted passage of the evidence's attestation <paramref name="index"/>, as the reader sees it.</summary>
    public Task<string> PassageAsync(int index) => Page.EvaluateFunctionAsync<string>(
        "i => [...document.querySelectorAll('#evidence-body .doc-text')[i].querySelectorAll('.passage')].map(n => n.textContent).join('')",
        index);

    /// <summary>Quote <paramref name="quote"/> of attestation <paramref name="index"/>: each highlighted fragment's text, joined by one space.</summary>
    public Task<string> QuoteAsync(int index, int quote) => Page.EvaluateFunctionAsync<string>(
        """
        (i, q) => {
          const fragments = new Map();
          for (const mark of document.querySelectorAll('#evidence-body .doc-text')[i].querySelectorAll('mark[data-q]')) {
            for (const token of mark.dataset.q.split(' ')) {
              const [quoteIndex, fragmentIndex] = token.split('.').map(Number);
              if (quoteIndex === q) fragments.set(fragmentIndex, (fragments.get(fragmentIndex) || '') + mark.textContent);
            }
          }
          return [...fragments.entries()].sort((a, b) => a[0] - b[0]).map(entry => entry[1]).join(' ');
        }
        """,
        index,
        quote);

    public async ValueTask DisposeAsync() => await Page.CloseAsync();
}
