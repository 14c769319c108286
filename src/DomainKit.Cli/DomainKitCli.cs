using System.CommandLine;
using System.CommandLine.Invocation;
using System.IO;
using DomainKit.Cli.Commands;

namespace DomainKit.Cli;

/// <summary>The <c>domainkit</c> command line: every command, parsing, and the exit codes.</summary>
internal static class DomainKitCli
{
    /// <summary>The root command; with no command it prints the bundled dataset's summary.</summary>
    public static RootCommand Create()
    {
        var root = new RootCommand("domainkit: query the DomainKit dataset or any brat corpus folder, check a corpus, export it as JSON Lines, CSV, Parquet or brat, and see it in an HTML report");
        // One line per command, each built in its own file.
        root.Subcommands.Add(SummaryCommand.Create());
        root.Subcommands.Add(CheckCommand.Create());
        root.Subcommands.Add(ActorsCommand.Create());
        root.Subcommands.Add(StatementsCommand.Create());
        root.Subcommands.Add(EventsCommand.Create());
        root.Subcommands.Add(MentionsCommand.Create());
        root.Subcommands.Add(ShowCommand.Create());
        root.Subcommands.Add(ExportCommand.Create());
        root.Subcommands.Add(ReportCommand.Create());
        root.SetAction(result => SummaryCommand.Write(Afghanistan2021.Dataset, result.InvocationConfiguration.Output));
        return root;
    }

    /// <summary>
    /// Parses and runs <paramref name="args"/>. A command line that does not parse prints its errors on
    /// <paramref name="error"/> and exits 2; otherwise the command's own exit code.
    /// </summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var result = Create().Parse(args);
        if (result.Action is ParseErrorAction)
        {
            foreach (var parseError in result.Errors)
            {
                error.WriteLine($"error: {parseError.Message}");
            }

            error.WriteLine("Run 'domainkit --help' (or 'domainkit COMMAND --help') for usage.");
            return ExitCodes.Usage;
        }

        return result.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
