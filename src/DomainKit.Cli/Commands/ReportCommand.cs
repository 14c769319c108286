using System.CommandLine;
using System.IO;
using System.Text;
using DomainKit.Cli.Report;

namespace DomainKit.Cli.Commands;

/// <summary><c>report --out FILE [--corpus DIR]</c>: one self-contained HTML page over the dataset.</summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var file = new Option<string>("--out")
        {
            Description = "The HTML file to write (its folder is created when missing; an existing file is replaced)",
            HelpName = "FILE",
            Required = true,
        };
        var corpus = CommonOptions.Corpus();
        var command = new Command("report", "Write one self-contained HTML page: a timeline of statements and border events, who said what to whom, and each record's evidence in its article")
        {
            file,
            corpus,
        };
        command.SetDatasetAction(corpus, (result, dataset) =>
        {
            var folder = result.GetValue(corpus);
            var name = folder is null ? nameof(Afghanistan2021) : Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)));
            return Write(dataset, name, result.GetRequiredValue(file), result.InvocationConfiguration.Output);
        });
        return command;
    }

    private static int Write(Dataset dataset, string name, string path, TextWriter output)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        using (var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
        {
            HtmlReport.Write(dataset, name, writer);
        }

        output.WriteLine($"wrote {path}: {dataset.Statements.Count} statements, {dataset.BorderEvents.Count} border events, {dataset.Documents.Count} documents");
        return ExitCodes.Ok;
    }
}
