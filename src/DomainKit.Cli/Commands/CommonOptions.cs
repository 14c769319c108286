using System;
using System.CommandLine;
using DomainKit.Cli.Data;
using DomainKit.Cli.Output;

namespace DomainKit.Cli.Commands;

/// <summary>Options several commands share. Each call makes a new option, as each command owns its own.</summary>
internal static class CommonOptions
{
    public static Option<string?> Corpus() => new("--corpus")
    {
        Description = "A corpus folder (brat .txt/.ann files, TSV catalogs, annotation.conf) to read instead of the bundled dataset; parsed and linked as the build would, without compiling",
        HelpName = "DIR",
    };

    public static Option<OutputFormat> Format() => new("--format")
    {
        Description = "table (fits the terminal), json (an array of records) or csv (RFC 4180)",
        DefaultValueFactory = _ => OutputFormat.Table,
    };

    public static Option<DateOnly?> From() => new("--from") { Description = "Only records whose date overlaps this day or later (YYYY-MM-DD)", HelpName = "DATE" };

    public static Option<DateOnly?> To() => new("--to") { Description = "Only records whose date overlaps this day or earlier (YYYY-MM-DD)", HelpName = "DATE" };

    /// <summary>Whether a partial date overlaps the optional bounds; an undated record matches only when there are none.</summary>
    public static bool InRange(PartialDate? date, DateOnly? from, DateOnly? to)
        => (from is null && to is null) || (date is { } d && d.Overlaps(from ?? DateOnly.MinValue, to ?? DateOnly.MaxValue));

    /// <summary>
    /// Sets a command's action to open its dataset (<paramref name="corpus"/>, else the bundled one) and then run
    /// <paramref name="run"/>; a dataset that does not open ends the command with its exit code.
    /// </summary>
    public static void SetDatasetAction(this Command command, Option<string?> corpus, Func<ParseResult, Dataset, int> run)
        => command.SetAction(result => DatasetSource.TryOpen(result.GetValue(corpus), result.InvocationConfiguration.Error, out var dataset, out var exit)
            ? run(result, dataset)
            : exit);
}
