using System;
using System.IO;
using Spectre.Console;

namespace DomainKit.Cli.Output;

/// <summary>
/// Spectre.Console consoles over the command's writers: colour and live progress only on a terminal, never when
/// the stream is redirected or <c>NO_COLOR</c> is set, so pipes and files get plain text.
/// </summary>
internal static class Terminal
{
    /// <summary>A console writing to <paramref name="writer"/>, with colour when it is an interactive terminal.</summary>
    public static IAnsiConsole Over(TextWriter writer)
    {
        var interactive = IsTerminal(writer);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Yes : InteractionSupport.No,
        });

        // Redirected output has no width of its own: COLUMNS sets it, as for other command-line tools, else 80.
        if (!interactive && int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), out var columns) && columns > 0)
        {
            console.Profile.Width = columns;
        }

        return console;
    }

    /// <summary>Whether <paramref name="writer"/> is the process's own console stream, not redirected, with colour allowed.</summary>
    public static bool IsTerminal(TextWriter writer)
        => string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"))
            && ((ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected) || (ReferenceEquals(writer, Console.Error) && !Console.IsErrorRedirected));

    /// <summary>Runs <paramref name="work"/>, showing <paramref name="label"/> with a spinner on <paramref name="error"/> when it is a terminal.</summary>
    public static T WithProgress<T>(TextWriter error, string label, Func<T> work)
    {
        if (!IsTerminal(error))
        {
            return work();
        }

        return Over(error).Status().Start(Markup.Escape(label), _ => work());
    }
}
