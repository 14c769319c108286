using System.Runtime.CompilerServices;

namespace DomainKit.Package.Tests;

/// <summary>
/// Packs src/DomainKit once for all the package tests, under a pre-release version unique to this run so that a
/// copy of an earlier pack in the NuGet cache cannot stand in for this one; removes the package, its cache entry
/// and every consumer folder afterwards. It packs a copy of the sources, as a fresh checkout has them (no bin/
/// or obj/): the restore and Release build of the pack then cannot collide with the solution's own build, which
/// `dotnet test DomainKit.sln` may still be running for the other test projects.
/// </summary>
public sealed class PackageFixture : IAsyncLifetime
{
    /// <summary>What packing src/DomainKit reads from the repository.</summary>
    private static readonly string[] PackInputs =
    [
        "Directory.Build.props", "Directory.Packages.props", "global.json", "nuget.config", "README.md", "docs/diagnostics.md",
        "src/DomainKit", "generators/DomainKit.Generators",
    ];

    private readonly DirectoryInfo root = Directory.CreateTempSubdirectory("domainkit-package-");

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The repository's version with this run's suffix, as the packed file names it.</summary>
    public string Version { get; private set; } = string.Empty;

    public static string VersionSuffix { get; } = $"test.{DateTime.UtcNow:yyyyMMddHHmmss}.{Environment.ProcessId}";

    /// <summary>The folder holding the packed <c>.nupkg</c> and <c>.snupkg</c>.</summary>
    public string PackageFolder => Path.Combine(root.FullName, "packages");

    public string PackagePath { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        var sources = Path.Combine(root.FullName, "sources");
        foreach (var input in PackInputs)
        {
            CopyWithoutBuildOutput(Path.Combine(RepositoryRoot, input), Path.Combine(sources, input));
        }

        var project = Path.Combine(sources, "src", "DomainKit", "DomainKit.csproj");
        (await DotnetCli.RunAsync(root.FullName, "pack", project, "-c", "Release", "-o", PackageFolder, "--version-suffix", VersionSuffix)).EnsureSuccess();
        PackagePath = Assert.Single(Directory.GetFiles(PackageFolder, "*.nupkg"));
        Version = Path.GetFileNameWithoutExtension(PackagePath)["DomainKit.".Length..];
    }

    /// <summary>A new, empty folder for one consumer project.</summary>
    public string NewFolder(string name) => Directory.CreateDirectory(Path.Combine(root.FullName, name)).FullName;

    public async Task DisposeAsync()
    {
        root.Delete(recursive: true);
        if (Version.Length == 0)
        {
            return;
        }

        var cached = Path.Combine(await GlobalPackagesFolder(), "domainkit", Version.ToLowerInvariant());
        if (Directory.Exists(cached))
        {
            Directory.Delete(cached, recursive: true);
        }
    }

    /// <summary>Copies a file, or a folder without its build output.</summary>
    internal static void CopyWithoutBuildOutput(string source, string target)
    {
        if (File.Exists(source))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(source, target, overwrite: true);
            return;
        }

        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            if (relative.Split(Path.DirectorySeparatorChar)[0] is "bin" or "obj")
            {
                continue;
            }

            CopyWithoutBuildOutput(file, Path.Combine(target, relative));
        }
    }

    internal static async Task<string> GlobalPackagesFolder()
    {
        var result = (await DotnetCli.RunAsync(Path.GetTempPath(), "nuget", "locals", "global-packages", "--list")).EnsureSuccess();
        const string Prefix = "global-packages:";
        var line = result.Output.Split('\n').Single(l => l.StartsWith(Prefix, StringComparison.Ordinal));
        return line[Prefix.Length..].Trim();
    }

    private static string FindRepositoryRoot([CallerFilePath] string path = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", ".."));
}
