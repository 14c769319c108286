using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using DomainKit.Cli.Data;
using DomainKit.Cli.Export;
using DomainKit.Cli.Output;

namespace DomainKit.Cli.Commands;

/// <summary><c>export DIR --format jsonl|csv|parquet|brat</c>: the dataset in files analysts and curators load directly.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var directory = new Argument<string>("DIR") { Description = "The folder to write to (created when missing; files of the same name are replaced)" };
        var format = new Option<ExportFormat>("--format")
        {
            Description = "jsonl (JSON Lines), csv (RFC 4180, event-data columns), parquet (typed, nested) or brat (standoff and TSV, what the linker kept)",
            DefaultValueFactory = _ => ExportFormat.Jsonl,
        };
        var partitionBy = new Option<PartitionBy>("--partition-by")
        {
            Description = "With --format parquet: split each record type into Hive partitions by year or by document",
            DefaultValueFactory = _ => PartitionBy.None,
        };
        var corpus = CommonOptions.Corpus();
        var command = new Command("export", "Write the dataset as JSON Lines, CSV, Parquet or brat files, one per record type") { directory, format, partitionBy, corpus };
        command.Validators.Add(result =>
        {
            if (result.GetValue(partitionBy) != PartitionBy.None && result.GetValue(format) != ExportFormat.Parquet)
            {
                result.AddError("--partition-by applies to --format parquet only");
            }
        });
        command.SetAction(result =>
        {
            var output = result.InvocationConfiguration.Output;
            var error = result.InvocationConfiguration.Error;
            var target = result.GetRequiredValue(directory);
            var chosen = result.GetValue(format);
            IReadOnlyList<string> written;
            if (chosen == ExportFormat.Brat)
            {
                var folder = result.GetValue(corpus) ?? CorpusFolder.Bundled;
                if (!DatasetSource.TryLink(folder, error, out var linked, out var linkExit))
                {
                    return linkExit;
                }

                Directory.CreateDirectory(target);
                written = BratExport.Write(linked.Corpus!, linked.Extras!, folder, target);
            }
            else
            {
                if (!DatasetSource.TryOpen(result.GetValue(corpus), error, out var dataset, out var exit))
                {
                    return exit;
                }

                Directory.CreateDirectory(target);
                written = Terminal.WithProgress(error, $"Writing {target}", () => chosen switch
                {
                    ExportFormat.Csv => CsvExport.Write(dataset, target),
                    ExportFormat.Parquet => ParquetExport.Write(dataset, target, result.GetValue(partitionBy)),
                    _ => JsonlExport.Write(dataset, target),
                });
            }

            output.WriteLine($"wrote {written.Count} files to {target}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
