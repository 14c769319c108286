using System;
using System.IO;
using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace DomainKit.Cli.Report;

/// <summary>
/// Writes one self-contained HTML page over a dataset: a timeline of statements and border events, the
/// who-said-what-to-whom graph with the relations between records, and each record's evidence highlighted in its
/// documents. Nothing is fetched: style and script are inline, and the page's Content-Security-Policy allows
/// exactly those two blocks (by hash) and nothing remote.
/// </summary>
internal static class HtmlReport
{
    /// <summary>Writes the page for <paramref name="dataset"/>, titled <paramref name="name"/>.</summary>
    /// <param name="dataset">The records to show.</param>
    /// <param name="name">The corpus's name, shown in the title and heading.</param>
    /// <param name="output">Where the HTML goes.</param>
    public static void Write(Dataset dataset, string name, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(output);

        var style = ReportAssets.Style;
        var script = ReportAssets.Script;
        var title = WebUtility.HtmlEncode("DomainKit report: " + name);

        // The data block is JSON, not script (the browser never runs it), and ReportData escapes '<' in it, so no
        // corpus string can end the block early.
        var json = Encoding.UTF8.GetString(ReportData.ToJson(dataset, name));

        output.Write($"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src '{Hash(script)}'; style-src '{Hash(style)}'; img-src 'none'; connect-src 'none'; font-src 'none'; object-src 'none'; frame-src 'none'; base-uri 'none'; form-action 'none'">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="referrer" content="no-referrer">
            <title>{title}</title>
            <style>
            """);
        output.Write(style);
        output.Write("""
            </style>
            </head>
            <body>
            <script type="application/json" id="dk-data">
            """);
        output.Write(json);
        output.Write("""
            </script>
            <noscript><p class="noscript">This report draws its views with JavaScript; enable it to see them.</p></noscript>
            <script>
            """);
        output.Write(script);
        output.Write("""
            </script>
            </body>
            </html>

            """);
    }

    private static string Hash(string block) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(block)));
}
