using System.Runtime.CompilerServices;

namespace DomainKit.Package.Tests;

/// <summary>
/// Packs src/DomainKit once for all the package tests, under a pre-release version unique to this run so that a
/// copy of an earlier pack in the NuGet cache cannot stand in for this one; removes the package, its cache entry
/// and every consumer folder afterwards.
/// </summary>
public sealed class PackageFixture : IAsyncLifetime
{
    private readonly DirectoryInfo root = Directory.CreateTempSubdirectory("domainkit-package-");

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public string Version { get; } = $"0.1.0-{VersionSuffix}";

    /// <summary>The folder holding the packed <c>.nupkg</c> and <c>.snupkg</c>.</summary>
    public string PackageFolder => Path.Combine(root.FullName, "packages");

    public string PackagePath => Path.Combine(PackageFolder, $"DomainKit.{Version}.nupkg");

    private static string VersionSuffix { get; } = $"test.{DateTime.UtcNow:yyyyMMddHHmmss}.{Environment.ProcessId}";

    public async Task InitializeAsync()
    {
        var project = Path.Combine(RepositoryRoot, "src", "DomainKit", "DomainKit.csproj");
        (await DotnetCli.RunAsync(root.FullName, "pack", project, "-c", "Release", "-o", PackageFolder, "--version-suffix", VersionSuffix)).EnsureSuccess();
    }

    /// <summary>A new, empty folder for one consumer project.</summary>
    public string NewFolder(string name) => Directory.CreateDirectory(Path.Combine(root.FullName, name)).FullName;

    public async Task DisposeAsync()
    {
        root.Delete(recursive: true);
        var cached = Path.Combine(await GlobalPackagesFolder(), "domainkit", Version.ToLowerInvariant());
        if (Directory.Exists(cached))
        {
            Directory.Delete(cached, recursive: true);
        }
    }

    private static async Task<string> GlobalPackagesFolder()
    {
        var result = (await DotnetCli.RunAsync(Path.GetTempPath(), "nuget", "locals", "global-packages", "--list")).EnsureSuccess();
        const string Prefix = "global-packages:";
        var line = result.Output.Split('\n').Single(l => l.StartsWith(Prefix, StringComparison.Ordinal));
        return line[Prefix.Length..].Trim();
    }

    private static string FindRepositoryRoot([CallerFilePath] string path = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", ".."));
}
