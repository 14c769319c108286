using System.Diagnostics;
using System.Text;

namespace DomainKit.Package.Tests;

/// <summary>Runs the <c>dotnet</c> CLI as a child process, as a user's shell would, and captures what it prints.</summary>
internal static class DotnetCli
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(8);

    public static Task<CommandResult> RunAsync(string workingDirectory, params string[] arguments) =>
        RunAsync("dotnet", workingDirectory, DefaultTimeout, arguments);

    public static Task<CommandResult> RunAsync(string fileName, string workingDirectory, TimeSpan timeout, params string[] arguments) =>
        RunAsync(fileName, workingDirectory, timeout, new Dictionary<string, string>(), arguments);

    /// <summary>Runs a command with <paramref name="environment"/> added to what every command gets.</summary>
    public static async Task<CommandResult> RunAsync(
        string fileName, string workingDirectory, TimeSpan timeout, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        // No MSBuild nodes or compiler server outlive the command: the test leaves no processes behind.
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["UseSharedCompilation"] = "false";
        // The test host's MSBuild settings describe the test run, not the consumer's build.
        foreach (var inherited in new[] { "MSBuildSDKsPath", "MSBuildExtensionsPath", "MSBUILD_EXE_PATH", "MSBuildLoadMicrosoftTargetsReadOnly" })
        {
            start.Environment.Remove(inherited);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = new Process { StartInfo = start };
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var timer = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(timer.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            throw new TimeoutException($"'{fileName} {string.Join(' ', arguments)}' did not finish within {timeout}:\n{Text(output)}");
        }

        // The parameterless wait also drains the redirected output.
        await process.WaitForExitAsync();
        return new CommandResult($"{fileName} {string.Join(' ', arguments)}", process.ExitCode, Text(output));
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static string Text(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }
}

/// <summary>A finished command: its exit code and its standard output and error, interleaved.</summary>
internal sealed record CommandResult(string Command, int ExitCode, string Output)
{
    /// <summary>Fails with the whole output when the command did not succeed.</summary>
    public CommandResult EnsureSuccess()
    {
        Assert.True(ExitCode == 0, $"'{Command}' exited with {ExitCode}:\n{Output}");
        return this;
    }
}
