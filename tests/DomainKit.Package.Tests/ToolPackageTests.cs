namespace DomainKit.Package.Tests;

/// <summary>
/// The <c>domainkit</c> tool as a user gets it: packed, installed with <c>dotnet tool install</c> into a tool path,
/// and run as the README shows. Minutes long: skip locally with <c>--filter "Category!=Package"</c>.
/// </summary>
[Trait("Category", "Package")]
public sealed class ToolPackageTests : IAsyncLifetime
{
    /// <summary>What packing src/DomainKit.Cli reads from the repository.</summary>
    private static readonly string[] PackInputs =
    [
        "Directory.Build.props", "Directory.Packages.props", "global.json", "nuget.config", "README.md",
        "src/DomainKit", "src/DomainKit.Cli", "generators/DomainKit.Generators",
    ];

    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("domainkit-tool-");
    private string _version = string.Empty;

    public Task InitializeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_packed_tool_installs_into_a_tool_path_and_runs_summary_statements_a_parquet_export_and_check()
    {
        var sources = Path.Combine(_root.FullName, "sources");
        foreach (var input in PackInputs)
        {
            PackageFixture.CopyWithoutBuildOutput(Path.Combine(PackageFixture.RepositoryRoot, input), Path.Combine(sources, input));
        }

        var packages = Path.Combine(_root.FullName, "packages");
        var project = Path.Combine(sources, "src", "DomainKit.Cli", "DomainKit.Cli.csproj");
        (await DotnetCli.RunAsync(_root.FullName, "pack", project, "-c", "Release", "-o", packages, "--version-suffix", PackageFixture.VersionSuffix)).EnsureSuccess();
        var package = Assert.Single(Directory.GetFiles(packages, "*.nupkg"));
        _version = Path.GetFileNameWithoutExtension(package)["DomainKit.Cli.".Length..];

        var tools = Path.Combine(_root.FullName, "tools");
        (await DotnetCli.RunAsync(_root.FullName, "tool", "install", "DomainKit.Cli", "--tool-path", tools, "--add-source", packages, "--version", _version)).EnsureSuccess();
        var domainkit = Path.Combine(tools, OperatingSystem.IsWindows() ? "domainkit.exe" : "domainkit");

        var version = (await Run(domainkit, "--version")).EnsureSuccess();
        Assert.StartsWith(_version, version.Output.Trim(), StringComparison.Ordinal);

        var summary = (await Run(domainkit, "summary")).EnsureSuccess();
        Assert.StartsWith("DomainKit dataset: 5 documents, ", summary.Output, StringComparison.Ordinal);

        var statements = (await Run(domainkit, "statements", "--speaker", "taliban", "--from", "2021-06-01", "--to", "2021-06-30")).EnsureSuccess();
        Assert.Contains("taliban-2021-06-07-assurance-to-collaborators", FirstColumn(statements.Output), StringComparison.Ordinal);

        var export = (await Run(domainkit, "export", "out", "--format", "parquet")).EnsureSuccess();
        Assert.Contains("wrote 6 files to out", export.Output, StringComparison.Ordinal);
        Assert.Equal(
            ["actors.parquet", "border_events.parquet", "documents.parquet", "mentions.parquet", "relations.parquet", "statements.parquet"],
            Directory.GetFiles(Path.Combine(_root.FullName, "out")).Select(Path.GetFileName).Order(StringComparer.Ordinal));

        // The bundled corpus's files travel with the tool: check and the brat export read them.
        var check = (await Run(domainkit, "check")).EnsureSuccess();
        Assert.Contains("0 errors, 0 warnings", check.Output, StringComparison.Ordinal);

        var usage = await Run(domainkit, "statements", "--kind", "Gossip");
        Assert.Equal(2, usage.ExitCode);
    }

    public async Task DisposeAsync()
    {
        _root.Delete(recursive: true);
        if (_version.Length == 0)
        {
            return;
        }

        var cached = Path.Combine(await PackageFixture.GlobalPackagesFolder(), "domainkit.cli", _version.ToLowerInvariant());
        if (Directory.Exists(cached))
        {
            Directory.Delete(cached, recursive: true);
        }
    }

    /// <summary>The first column of a table, its wrapped cell lines joined: the ids, however narrow the table.</summary>
    private static string FirstColumn(string table) => string.Concat(table
        .Split('\n')
        .Where(line => line.StartsWith('│'))
        .Select(line => line.Split('│')[1].Trim()));

    private Task<CommandResult> Run(string tool, params string[] arguments) => DotnetCli.RunAsync(tool, _root.FullName, DotnetCli.DefaultTimeout, arguments);
}
