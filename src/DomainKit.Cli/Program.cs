using System;
using System.IO;
using DomainKit;
using DomainKit.Cli;
using DomainKit.Cli.Report;

// dotnet run --project src/DomainKit.Cli [-- export --format jsonl|brat --out DIR | check FOLDER | report --out FILE]
return args switch
{
    [] or ["summary"] => SummaryCommand.Run(Afghanistan2021.Dataset, Console.Out),
    ["export", .. var rest] => ExportCommand.Run(Afghanistan2021.Dataset, rest, Console.Out, Console.Error),
    ["check", var folder] => CheckCommand.Run(folder, Console.Out),
    ["report", .. var rest] => ReportCommand.Run(Afghanistan2021.Dataset, nameof(Afghanistan2021), rest, Console.Out, Console.Error),
    _ => Usage(Console.Error),
};

static int Usage(TextWriter error)
{
    error.WriteLine("""
        usage: domainkit                                   summary of the bundled dataset
               domainkit export --format jsonl --out DIR   write the dataset as JSON Lines
               domainkit export --format brat --out DIR [--corpus FOLDER]
                                                           write a corpus (default: the bundled one) back as
                                                           brat standoff and TSV catalogs from its linked model
               domainkit check FOLDER                      parse and link a corpus folder, print its diagnostics
               domainkit report --out FILE                 write one self-contained HTML page: timeline, who said
                                                           what to whom, and each record's evidence
        """);
    return 2;
}
