using System.IO;

namespace DomainKit.Cli.Report;

/// <summary>The page's stylesheet and script, embedded in the assembly from report.css and report.js beside this file.</summary>
internal static class ReportAssets
{
    /// <summary>The inline stylesheet.</summary>
    public static string Style { get; } = Read("DomainKit.Cli.Report.report.css");

    /// <summary>The inline script.</summary>
    public static string Script { get; } = Read("DomainKit.Cli.Report.report.js");

    private static string Read(string name)
    {
        using var stream = typeof(ReportAssets).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidDataException($"The report asset '{name}' is not embedded in the assembly.");
        using var reader = new StreamReader(stream);

        // Line endings are normalised so the CSP hash does not depend on how git checked the file out.
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    }
}
