namespace DomainKit.Package.Tests;

/// <summary>
/// A console project made the way the README's quickstart makes it: <c>dotnet new console</c>, the package in a
/// local folder next to it, the files of <c>samples/Consumer</c> (nuget.config, Program.cs, MyCorpus.cs and the
/// MyCorpus/ corpus) copied in, then <c>dotnet add package DomainKit</c>.
/// </summary>
internal sealed class ConsumerProject
{
    private ConsumerProject(string directory) => Directory = directory;

    public static string SampleFolder { get; } = Path.Combine(PackageFixture.RepositoryRoot, "samples", "Consumer");

    public string Directory { get; }

    public string CorpusFolder => Path.Combine(Directory, "MyCorpus");

    public static async Task<ConsumerProject> CreateAsync(PackageFixture package, string name)
    {
        var directory = package.NewFolder(name);
        (await DotnetCli.RunAsync(directory, "new", "console", "--name", "Consumer", "--output", ".")).EnsureSuccess();

        var packages = System.IO.Directory.CreateDirectory(Path.Combine(directory, "packages")).FullName;
        File.Copy(package.PackagePath, Path.Combine(packages, Path.GetFileName(package.PackagePath)));
        PackageFixture.CopyWithoutBuildOutput(SampleFolder, directory);

        (await DotnetCli.RunAsync(directory, "add", "package", "DomainKit", "--version", package.Version)).EnsureSuccess();
        return new ConsumerProject(directory);
    }

    public Task<CommandResult> RunAsync(params string[] arguments) => DotnetCli.RunAsync(Directory, arguments);
}
