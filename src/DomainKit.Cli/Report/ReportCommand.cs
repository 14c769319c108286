using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace DomainKit.Cli.Report;

/// <summary><c>report --out FILE</c>: writes the dataset's HTML report to one file.</summary>
internal static class ReportCommand
{
    public static int Run(Dataset dataset, string name, IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        if (args is not ["--out", var path])
        {
            error.WriteLine("usage: domainkit report --out FILE");
            return 2;
        }

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
        return 0;
    }
}
