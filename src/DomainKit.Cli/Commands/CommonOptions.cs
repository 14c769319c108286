using System;
using System.CommandLine;
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
}
