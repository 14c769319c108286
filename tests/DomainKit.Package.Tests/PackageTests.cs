using System.Collections.Immutable;
using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace DomainKit.Package.Tests;

/// <summary>
/// The package as a user gets it: packed, added to a fresh console project through a local folder, built, run
/// and published with NativeAOT. Minutes long: skip locally with <c>--filter "Category!=Package"</c>.
/// </summary>
[Trait("Category", "Package")]
public sealed partial class PackageTests(PackageFixture package) : IClassFixture<PackageFixture>
{
    /// <summary>What a ReadyToRun image for Linux or macOS XORs into its machine number (Windows images use none).</summary>
    private const int LinuxMachineMask = 0x7B79;
    private const int OsxMachineMask = 0x4644;

    /// <summary>The platforms src/DomainKit/DomainKit.csproj precompiles the runtime for.</summary>
    private static readonly string[] PrecompiledRuntimes = ["linux-x64", "linux-arm64", "win-x64", "osx-arm64"];

    /// <summary>What samples/Consumer/Program.cs prints about samples/Consumer/MyCorpus.</summary>
    private static readonly string[] OwnCorpusLines =
    [
        "Mine: actor sahin Mohammad Sohail Sahin",
        "Mine: actor tajikistan Tajikistan",
        "Mine: actor taliban Taliban",
        "Mine: actor tass TASS",
        "Mine: 'talibs' is taliban",
        "Mine: statement taliban-border-pledge by taliban, Assurance, in 2 documents",
        "Mine: border event Retreat AFG-TJK on 2021-07-05, MoreThan 1000 Person to Tajikistan",
    ];

    [Fact]
    public void Package_holds_the_library_the_generator_and_the_msbuild_files()
    {
        using var archive = ZipFile.OpenRead(package.PackagePath);
        var entries = archive.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
        Assert.Superset(
            new HashSet<string>(StringComparer.Ordinal)
            {
                "lib/net10.0/DomainKit.dll",
                "lib/net10.0/DomainKit.xml",
                "analyzers/dotnet/cs/DomainKit.Generators.dll",
                "buildTransitive/DomainKit.props",
                "buildTransitive/DomainKit.targets",
                "README.md",
                "docs/diagnostics.md",
            },
            entries);

        var nuspec = XDocument.Load(archive.Entries.Single(e => e.FullName == "DomainKit.nuspec").Open());
        var metadata = nuspec.Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string Value(string name) => metadata.Elements().Single(e => e.Name.LocalName == name).Value;
        Assert.Equal("DomainKit", Value("id"));
        Assert.Equal(package.Version, Value("version"));
        Assert.EndsWith("-" + PackageFixture.VersionSuffix, package.Version, StringComparison.Ordinal);
        Assert.Equal("MIT", Value("license"));
        Assert.Equal("README.md", Value("readme"));
        Assert.NotEmpty(Value("description"));
        Assert.Contains("source-generator", Value("tags"), StringComparison.Ordinal);
        // The generator travels inside the package: no dependency on a DomainKit.Generators package.
        Assert.DoesNotContain(metadata.Descendants(), e => e.Name.LocalName == "dependency");

        using var symbols = ZipFile.OpenRead(Path.ChangeExtension(package.PackagePath, ".snupkg"));
        Assert.Contains(symbols.Entries, e => e.FullName == "lib/net10.0/DomainKit.pdb");
    }

    /// <summary>
    /// The runtime precompiled for each platform the package names (runtimes/RID/lib): a ReadyToRun image for that
    /// operating system and processor, compiled from the very IL in lib/ (same module id, same symbols).
    /// </summary>
    [Theory]
    [InlineData("linux-x64", Machine.Amd64, LinuxMachineMask)]
    [InlineData("linux-arm64", Machine.Arm64, LinuxMachineMask)]
    [InlineData("win-x64", Machine.Amd64, 0)]
    [InlineData("osx-arm64", Machine.Arm64, OsxMachineMask)]
    public void Package_carries_the_runtime_precompiled_for_each_platform_from_the_same_il(string runtime, Machine processor, int machineMask)
    {
        using var archive = ZipFile.OpenRead(package.PackagePath);
        using var portable = ReadImage(archive, "lib/net10.0/DomainKit.dll");
        using var compiled = ReadImage(archive, $"runtimes/{runtime}/lib/net10.0/DomainKit.dll");

        Assert.Equal(0, portable.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size);
        Assert.NotEqual(0, compiled.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size);
        // A ReadyToRun image names its operating system by a mask over the processor's machine number.
        Assert.Equal((int)processor ^ machineMask, (int)compiled.PEHeaders.CoffHeader.Machine);
        Assert.Equal(ModuleId(portable), ModuleId(compiled));
        Assert.Equal(CodeView(portable), CodeView(compiled));

        static PEReader ReadImage(ZipArchive archive, string path)
        {
            using var entry = archive.Entries.Single(e => e.FullName == path).Open();
            var bytes = new MemoryStream();
            entry.CopyTo(bytes);
            return new PEReader(bytes.ToArray().ToImmutableArray());
        }

        static Guid ModuleId(PEReader image)
        {
            var metadata = image.GetMetadataReader();
            return metadata.GetGuid(metadata.GetModuleDefinition().Mvid);
        }

        static (Guid Guid, int Age, string Path) CodeView(PEReader image)
        {
            var entry = image.ReadDebugDirectory().Single(e => e.Type == DebugDirectoryEntryType.CodeView);
            var codeView = image.ReadCodeViewDebugDirectoryData(entry);
            return (codeView.Guid, codeView.Age, codeView.Path);
        }
    }

    [Fact]
    public async Task Consumer_builds_without_warnings_and_queries_the_bundled_dataset_and_its_own_corpus()
    {
        var consumer = await ConsumerProject.CreateAsync(package, "consumer-run");

        var build = (await consumer.RunAsync("build")).EnsureSuccess();
        Assert.DoesNotMatch(WarningOrError(), build.Output);

        var run = (await consumer.RunAsync("run", "--no-build")).EnsureSuccess();
        AssertConsumerOutput(run.Output);

        // On a platform the package precompiles (CI's), the runtime loads that image: none of DomainKit's own
        // methods (the bundled dataset's included) is compiled by the JIT, which lists what it compiles in a file.
        if (!PrecompiledRuntimes.Contains(RuntimeInformation.RuntimeIdentifier))
        {
            return;
        }

        var (logged, compiled) = await RunListingJitCompiledAsync(consumer);
        AssertConsumerOutput(logged.Output);
        AssertNoDomainKitMethodJitCompiled(compiled);
    }

    [Fact]
    public async Task Names_past_the_generated_dispatch_are_found_through_the_key_index_with_its_comparison_precompiled()
    {
        var consumer = await ConsumerProject.CreateAsync(package, "consumer-index");

        // 300 more actors, 900 more names and aliases: more than the 255 a generated perfect hash takes, so the names go
        // to the key index, whose case-ignoring comparison is in vectors where a key has 8 to 24 code units, a vector at a
        // time past 24 (a long name's rest), in words below 8 (EA007, X7).
        File.AppendAllLines(
            Path.Combine(consumer.CorpusFolder, "actors.tsv"),
            Enumerable.Range(0, 300).Select(i => $"extra-{i:D3}\tExtra Actor Number {i:D3} of the Consumer's Long List of Actors\tPerson\t\t\t\tExtra {i:D3}|EA{i:D3}|X{i}"));
        File.WriteAllText(
            Path.Combine(consumer.Directory, "Program.cs"),
            "foreach (var name in args) System.Console.WriteLine($\"{name}: {(Consumer.MyCorpus.Actors.TryFind(name, out var actor) ? actor.Id : \"none\")}\");\n");
        var build = (await consumer.RunAsync("build")).EnsureSuccess();
        Assert.DoesNotMatch(WarningOrError(), build.Output);

        var (run, compiled) = await RunListingJitCompiledAsync(consumer, "extra actor number 007 of the consumer's long list of actors", "EXTRA 042", "ea299", "x7", "TALIBS", "Extra 300", "X");
        Assert.Equal(
            ["extra-007", "extra-042", "extra-299", "extra-007", "taliban", "none", "none"],
            run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(line => line[(line.LastIndexOf(": ", StringComparison.Ordinal) + 2)..]));

        // On a platform the package precompiles, the index's probe and comparison (vectors included) run precompiled.
        if (PrecompiledRuntimes.Contains(RuntimeInformation.RuntimeIdentifier))
        {
            AssertNoDomainKitMethodJitCompiled(compiled);
        }
    }

    /// <summary>Runs the built consumer with <paramref name="arguments"/>; returns what it printed and the JIT's list of the methods it compiled.</summary>
    private static async Task<(CommandResult Run, string[] Compiled)> RunListingJitCompiledAsync(ConsumerProject consumer, params string[] arguments)
    {
        var jitLog = Path.Combine(consumer.Directory, "jit.txt");
        var run = (await DotnetCli.RunAsync(
            "dotnet",
            consumer.Directory,
            DotnetCli.DefaultTimeout,
            new Dictionary<string, string> { ["DOTNET_JitStdOutFile"] = jitLog, ["DOTNET_JitDisasmSummary"] = "1" },
            [Path.Combine("bin", "Debug", "net10.0", "Consumer.dll"), .. arguments])).EnsureSuccess();
        return (run, File.ReadAllLines(jitLog));
    }

    /// <summary>The JIT compiled the consumer's own code (the list is real) and none of DomainKit's: the package's precompiled image ran.</summary>
    private static void AssertNoDomainKitMethodJitCompiled(string[] compiled)
    {
        Assert.Contains(compiled, line => line.Contains(" Program:", StringComparison.Ordinal));
        Assert.DoesNotContain(compiled, line => line.Contains("JIT compiled DomainKit.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Annotation_error_fails_the_consumer_build_with_its_code_at_the_ann_line()
    {
        var consumer = await ConsumerProject.CreateAsync(package, "consumer-error");
        var annotations = Path.Combine(consumer.CorpusFolder, "pledge.ann");
        var lines = File.ReadAllLines(annotations);
        var line = Array.FindIndex(lines, l => l.StartsWith("T3\t", StringComparison.Ordinal));
        Assert.EndsWith("\tTASS", lines[line], StringComparison.Ordinal);
        lines[line] = lines[line][..^"TASS".Length] + "Tass";
        File.WriteAllText(annotations, string.Join('\n', lines) + "\n");

        var build = await consumer.RunAsync("build");

        Assert.NotEqual(0, build.ExitCode);
        var textColumn = lines[line].LastIndexOf('\t') + 2;
        Assert.Contains($"{annotations}({line + 1},{textColumn}): error DK0002: T3 says 'Tass' but the text at 17 21 is 'TASS'", build.Output, StringComparison.Ordinal);
        // Reported as a diagnostic, not as a generator crash.
        Assert.DoesNotContain("CS8785", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("AD0001", build.Output, StringComparison.Ordinal);

        // The generator is told where the package's diagnostics reference is, for the help links.
        var editorConfig = File.ReadAllText(Directory.GetFiles(consumer.Directory, "*.GeneratedMSBuildEditorConfig.editorconfig", SearchOption.AllDirectories).Single());
        var help = editorConfig.Split('\n').Single(l => l.StartsWith("build_property.DomainKitDiagnosticsHelp = ", StringComparison.Ordinal))
            .Split(" = ", 2)[1].Trim();
        Assert.EndsWith("docs/diagnostics.md", help.Replace('\\', '/'), StringComparison.Ordinal);
        Assert.Contains("## DK0002", File.ReadAllText(help), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NativeAot_publish_has_no_trimming_or_aot_warnings_and_the_native_binary_runs()
    {
        var consumer = await ConsumerProject.CreateAsync(package, "consumer-aot");
        var runtime = RuntimeInformation.RuntimeIdentifier;

        var publish = (await consumer.RunAsync("publish", "-c", "Release", "-r", runtime, "-p:PublishAot=true")).EnsureSuccess();
        Assert.DoesNotMatch(TrimmingOrAotWarning(), publish.Output);
        Assert.DoesNotMatch(WarningOrError(), publish.Output);

        var binary = Path.Combine(consumer.Directory, "bin", "Release", "net10.0", runtime, "publish", "Consumer");
        // A native executable: no DomainKit.dll or Consumer.dll beside it to load.
        Assert.False(File.Exists(Path.Combine(Path.GetDirectoryName(binary)!, "Consumer.dll")));
        var run = (await DotnetCli.RunAsync(binary, consumer.Directory, DotnetCli.DefaultTimeout)).EnsureSuccess();
        AssertConsumerOutput(run.Output);
    }

    private static void AssertConsumerOutput(string output)
    {
        var lines = output.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Contains("Bundled: 'Islamic Emirate' is Taliban (ArmedGroup)", lines);
        var attestation = BundledAttestation().Match(Assert.Single(lines, l => l.StartsWith("Bundled: taliban-", StringComparison.Ordinal)));
        Assert.True(attestation.Success, output);
        var document = File.ReadAllText(Path.Combine(PackageFixture.RepositoryRoot, "src", "DomainKit", "Corpus", attestation.Groups["document"].Value + ".txt"));
        var start = int.Parse(attestation.Groups["start"].Value);
        var end = int.Parse(attestation.Groups["end"].Value);
        Assert.Equal(CodePointSlice(document, start, end).ReplaceLineEndings(" "), attestation.Groups["text"].Value);

        Assert.Equal(OwnCorpusLines, lines.Where(l => l.StartsWith("Mine: ", StringComparison.Ordinal)));
    }

    private static string CodePointSlice(string text, int start, int end) =>
        string.Concat(text.EnumerateRunes().Skip(start).Take(end - start).Select(r => r.ToString()));

    [GeneratedRegex(@"^Bundled: (?<statement>\S+) in (?<document>\S+) \[(?<start>\d+), (?<end>\d+)\): (?<text>.*)$")]
    private static partial Regex BundledAttestation();

    [GeneratedRegex(@"\b(warning|error) [A-Z]+\d+")]
    private static partial Regex WarningOrError();

    [GeneratedRegex(@"\bwarning IL[23]\d{3}")]
    private static partial Regex TrimmingOrAotWarning();
}
