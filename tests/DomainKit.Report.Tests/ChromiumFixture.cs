using DomainKit.Cli.Report;
using PuppeteerSharp;

namespace DomainKit.Report.Tests;

/// <summary>
/// One headless Debian Chromium for the browser tests, started with a fresh profile and everything that could
/// reach the network turned off. The reports it opens are written to a temporary folder.
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    /// <summary>Where Debian's <c>chromium</c> package installs the browser (.ci/run installs it when missing).</summary>
    public const string ExecutablePath = "/usr/bin/chromium";

    private readonly string _folder = Directory.CreateTempSubdirectory("domainkit-report-").FullName;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        Assert.True(File.Exists(ExecutablePath), $"{ExecutablePath} is missing: install Debian's chromium package (apt-get install chromium), as .ci/run does.");
        _browser = await Puppeteer.LaunchAsync(new LaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            ProtocolTimeout = 30_000,
            UserDataDir = Path.Combine(_folder, "profile"),
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
            ],
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>Writes the report of <paramref name="dataset"/> and opens it at <paramref name="fragment"/>, once the page has drawn.</summary>
    public async Task<ReportPage> OpenAsync(Dataset dataset, string name, string fragment = "", int width = 1280, int height = 900)
    {
        var path = Path.Combine(_folder, name + ".html");
        if (!File.Exists(path))
        {
            using var writer = new StreamWriter(path);
            HtmlReport.Write(dataset, name, writer);
        }

        var page = await _browser!.NewPageAsync();
        page.DefaultTimeout = 15_000;
        await page.SetViewportAsync(new ViewPortOptions { Width = width, Height = height });
        var report = new ReportPage(page, new Uri(path).AbsoluteUri);
        await report.LoadAsync(fragment);
        return report;
    }
}
