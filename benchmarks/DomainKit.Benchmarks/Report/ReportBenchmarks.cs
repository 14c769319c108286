using BenchmarkDotNet.Attributes;
using DomainKit.Benchmarks.Lookups;
using DomainKit.Cli.Report;
using PuppeteerSharp;

namespace DomainKit.Benchmarks.Report;

/// <summary>
/// Writing a corpus's HTML report, and opening it in headless Debian Chromium until the page has drawn its timeline,
/// graph and evidence (a fresh tab each time, the browser already running).
/// </summary>
public class ReportBenchmarks : CorpusBenchmark
{
    private string _folder = null!;
    private string _url = null!;
    private IBrowser _browser = null!;

    [GlobalSetup]
    public async Task Setup()
    {
        LoadCorpus();
        _folder = Directory.CreateTempSubdirectory("domainkit-report-bench-").FullName;
        var path = Path.Combine(_folder, "report.html");
        using (var writer = new StreamWriter(path))
        {
            HtmlReport.Write(Data, Corpus.ToString(), writer);
        }

        _url = new Uri(path).AbsoluteUri;
        _browser = await Puppeteer.LaunchAsync(new LaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            UserDataDir = Path.Combine(_folder, "profile"),
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        await _browser.CloseAsync();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>Writes the report to memory.</summary>
    [Benchmark]
    public long Write()
    {
        var output = new StringWriter();
        HtmlReport.Write(Data, Corpus.ToString(), output);
        return output.GetStringBuilder().Length;
    }

    /// <summary>Opens the report in a new tab and waits until it has drawn.</summary>
    [Benchmark]
    public async Task<double> OpenInBrowser()
    {
        var page = await _browser.NewPageAsync();
        try
        {
            await page.SetViewportAsync(new ViewPortOptions { Width = 1400, Height = 1000 });
            await page.GoToAsync(_url, WaitUntilNavigation.Load);
            await page.WaitForFunctionAsync("() => document.documentElement.dataset.ready === 'true'");

            // Milliseconds from navigation start to the end of the first drawing, as the page measures it.
            return await page.EvaluateExpressionAsync<double>("performance.getEntriesByName('domainkit-report-ready')[0].startTime");
        }
        finally
        {
            await page.CloseAsync();
        }
    }
}
