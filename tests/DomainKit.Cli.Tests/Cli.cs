using System.Runtime.CompilerServices;

namespace DomainKit.Cli.Tests;

/// <summary>Runs the tool in process, through its parser, and finds the repository's files.</summary>
internal static class Cli
{
    public static string RepositoryRoot { get; } = Root();

    public static string BundledCorpus => Path.Combine(RepositoryRoot, "src", "DomainKit", "Corpus");

    public static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = DomainKitCli.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    /// <summary>Code points <paramref name="start"/> to <paramref name="end"/> of <paramref name="text"/>, as Python slices.</summary>
    public static string Slice(string text, int start, int end)
        => string.Concat(text.EnumerateRunes().Skip(start).Take(end - start).Select(r => r.ToString()));

    public static string TempDirectory(string name) => Directory.CreateTempSubdirectory("domainkit-" + name).FullName;

    private static string Root([CallerFilePath] string path = "") => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", ".."));
}
