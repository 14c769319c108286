namespace DomainKit.Cli.Tests;

/// <summary>The command line itself: help, version, option syntax, usage errors on stderr with exit code 2.</summary>
public class ParserTests
{
    public static TheoryData<string> Commands() => [.. DomainKitCli.Create().Subcommands.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Commands))]
    public void Every_command_has_help_on_stdout_with_exit_code_0(string command)
    {
        var (exit, output, error) = Cli.Run(command, "--help");

        Assert.Equal(0, exit);
        Assert.Contains($"Usage:", output, StringComparison.Ordinal);
        Assert.Contains(command, output, StringComparison.Ordinal);
        Assert.Empty(error);
    }

    [Fact]
    public void Root_help_lists_every_command_and_version_prints_a_version()
    {
        var (exit, output, _) = Cli.Run("--help");
        Assert.Equal(0, exit);
        foreach (var command in Commands())
        {
            Assert.Contains("  " + command, output, StringComparison.Ordinal);
        }

        // In process the version is the test host's; the package test checks the tool's own.
        (exit, output, var error) = Cli.Run("--version");
        Assert.Equal(0, exit);
        Assert.NotEmpty(output.Trim());
        Assert.Empty(error);
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("statements", "--colour", "red")]
    [InlineData("statements", "--kind", "Gossip")]
    [InlineData("statements", "--from", "yesterday")]
    [InlineData("events", "--border", "AFG-AFG")]
    [InlineData("events", "--border", "Afghanistan")]
    [InlineData("mentions")]
    [InlineData("show")]
    [InlineData("show", "taliban", "--format", "csv")]
    [InlineData("export")]
    [InlineData("export", "out", "--format", "xlsx")]
    [InlineData("export", "out", "--format", "csv", "--partition-by", "year")]
    public void A_bad_command_line_prints_its_error_on_stderr_and_exits_2(params string[] args)
    {
        var (exit, output, error) = Cli.Run(args);

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
        Assert.Contains("--help", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("statements", "--speaker", "nobody-at-all")]
    [InlineData("mentions", "nobody-at-all")]
    [InlineData("show", "no-such-record")]
    [InlineData("statements", "--document", "no-such-document")]
    [InlineData("summary", "--corpus", "/no/such/folder")]
    public void A_record_or_folder_that_does_not_exist_is_a_usage_error_on_stderr(params string[] args)
    {
        var (exit, output, error) = Cli.Run(args);

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.StartsWith("error: no ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_take_their_value_after_a_space_or_an_equals_sign()
    {
        var spaced = Cli.Run("statements", "--speaker", "taliban", "--from", "2021-06-01", "--format", "csv");
        var joined = Cli.Run("statements", "--speaker=taliban", "--from=2021-06-01", "--format=csv");

        Assert.Equal(0, spaced.Exit);
        Assert.Equal(spaced, joined);
        Assert.Contains("taliban-2021-06-07-assurance-to-collaborators", spaced.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void No_command_prints_the_bundled_summary()
    {
        var (exit, output, error) = Cli.Run();

        Assert.Equal(0, exit);
        Assert.Equal(Cli.Run("summary").Output, output);
        Assert.StartsWith($"DomainKit dataset: 5 documents, {Afghanistan2021.Actors.All.Length} actors", output, StringComparison.Ordinal);
        Assert.Empty(error);
    }
}
