using System.Diagnostics;
using System.Globalization;
using DomainKit.ColdStart;
using DomainKit.Synthetic;

// dotnet run -c Release --project benchmarks/DomainKit.ColdStart -- [--scale 100] [--actors N] [--runs 11] [--work DIR]
// --actors makes actors.tsv a catalog of N actors (the scale's own, then people no document mentions).
var options = new Dictionary<string, string>(StringComparer.Ordinal) { ["--scale"] = "100", ["--runs"] = "11", ["--seed"] = "1" };
for (var i = 0; i + 1 < args.Length; i += 2)
{
    options[args[i]] = args[i + 1];
}

var repository = RepositoryRoot();
var work = Path.GetFullPath(options.GetValueOrDefault("--work") ?? Path.Combine(repository, ".artifacts", "coldstart"));
var shape = SyntheticCorpusShape.AtScale(int.Parse(options["--scale"], CultureInfo.InvariantCulture));
if (options.TryGetValue("--actors", out var catalogActors))
{
    shape = shape with { Actors = Math.Max(shape.Actors, int.Parse(catalogActors, CultureInfo.InvariantCulture)) };
}

var runs = int.Parse(options["--runs"], CultureInfo.InvariantCulture);

var corpus = Path.Combine(work, "Synthetic");
if (Directory.Exists(corpus))
{
    Directory.Delete(corpus, recursive: true);
}

SyntheticCorpus.Write(corpus, shape, int.Parse(options["--seed"], CultureInfo.InvariantCulture));
var actors = ActorsTable.Read(Path.Combine(corpus, "actors.tsv"));
BaselineData.WriteJson(Path.Combine(work, "actors.json"), actors);
BaselineData.WriteSqlite(Path.Combine(work, "actors.db"), actors);

// One name from the middle of the table; every app must print this actor's id.
var target = actors[actors.Length / 2];
Console.WriteLine($"Corpus: scale {shape.Scale} ({shape.Documents} documents, {shape.Actors} actors, {shape.Statements} statements, {shape.Mentions} mentions) in {corpus}");
Console.WriteLine($"Lookup: \"{target.Name}\" -> {target.Id}");

// The generated apps reference the package as a user would: packed here under a version of this run's own, so that
// no earlier pack in the NuGet cache stands in for it (its cache entry is removed at the end).
var packages = Path.Combine(work, "packages");
if (Directory.Exists(packages))
{
    Directory.Delete(packages, recursive: true);
}

var suffix = $"coldstart.{DateTime.UtcNow:yyyyMMddHHmmss}";
Run("dotnet", ["pack", Path.Combine(repository, "src", "DomainKit", "DomainKit.csproj"), "-c", "Release", "-o", packages, "--version-suffix", suffix, "-nologo", "-v:q"]);
var packageVersion = Path.GetFileNameWithoutExtension(Directory.GetFiles(packages, "DomainKit.*.nupkg").Single(p => !p.EndsWith(".snupkg", StringComparison.Ordinal)))["DomainKit.".Length..];
Console.WriteLine($"Package: DomainKit {packageVersion}");

// Each variant: the app, and how it is made (a build for JIT, a publish for ReadyToRun and NativeAOT). The published
// variants have floors made the same way: an empty self-contained ReadyToRun app, an empty native process.
(string Name, string App, string[] Publish)[] variants =
[
    ("Empty", "Empty", []),
    ("Empty ReadyToRun", "Empty", ["-p:PublishReadyToRun=true"]),
    ("Empty NativeAOT", "Empty", ["-p:ColdStartNativeAot=true"]),
    ("Generated JIT", "Generated", []),
    ("Generated ReadyToRun", "Generated", ["-p:PublishReadyToRun=true"]),
    ("Generated NativeAOT", "Generated", ["-p:ColdStartNativeAot=true"]),
    ("Json", "Json", []),
    ("Sqlite", "Sqlite", []),
];
var executables = new Dictionary<string, string>(StringComparer.Ordinal);
var sizes = new Dictionary<string, long>(StringComparer.Ordinal);
foreach (var (name, app, publish) in variants)
{
    var output = Path.Combine(work, "bin", name.Replace(' ', '-'));
    var project = Path.Combine(repository, "benchmarks", "ColdStart", app, $"ColdStart.{app}.csproj");
    var build = Stopwatch.StartNew();
    Run("dotnet", publish.Length == 0
        ? ["build", project, "-c", "Release", $"-p:ColdStartData={work}", $"-p:ColdStartPackageVersion={packageVersion}", "-o", output, "-nologo", "-v:q"]
        : ["publish", project, "-c", "Release", "-r", "linux-x64", "--self-contained", $"-p:ColdStartData={work}", $"-p:ColdStartPackageVersion={packageVersion}", .. publish, "-o", output, "-nologo", "-v:q"]);
    Console.WriteLine($"Built {name} in {build.Elapsed.TotalSeconds:F1} s");
    executables[name] = Path.Combine(output, $"ColdStart.{app}");
    // What carries the data: the managed assembly, or the native executable for NativeAOT.
    var assembly = Path.Combine(output, $"ColdStart.{app}.dll");
    sizes[name] = new FileInfo(File.Exists(assembly) ? assembly : executables[name]).Length;
}

// One unmeasured run each (disk cache, SQLite extraction), then the apps take turns so load on a shared machine hits all alike.
var times = variants.ToDictionary(v => v.Name, _ => new List<double>(), StringComparer.Ordinal);
for (var run = -1; run < runs; run++)
{
    foreach (var (name, _, _) in variants)
    {
        var clock = Stopwatch.StartNew();
        var printed = Run(executables[name], [target.Name, target.Id]).Trim();
        var elapsed = clock.Elapsed.TotalMilliseconds;
        if (printed != target.Id)
        {
            throw new InvalidOperationException($"{name} printed '{printed}', expected '{target.Id}'.");
        }

        if (run >= 0)
        {
            times[name].Add(elapsed);
        }
    }
}

// The managed heap after the first lookup (after a full collection: what the app keeps), one more run each.
var memory = variants.ToDictionary(
    v => v.Name,
    v => long.Parse(Run(executables[v.Name], [target.Name, target.Id], ("DOMAINKIT_COLDSTART_MEMORY", "1")).Split('\n')[1].Trim(), CultureInfo.InvariantCulture),
    StringComparer.Ordinal);

// Each generated variant's time above its floor (the empty app made the same way: built, published ReadyToRun, or
// NativeAOT), over the JSON and SQLite apps' time above the empty app: .NET start-up is what every approach pays alike.
double Above(string name) => Median(times[name]) - Median(times[Floor(name)]);
static string Floor(string name)
    => name.EndsWith("NativeAOT", StringComparison.Ordinal) ? "Empty NativeAOT"
        : name.EndsWith("ReadyToRun", StringComparison.Ordinal) ? "Empty ReadyToRun"
        : "Empty";
Console.WriteLine();
Console.WriteLine($"| App | Median wall time (ms, {runs} runs) | Min (ms) | Above its empty app (ms) | ÷ Json, above empty | ÷ Sqlite, above empty | Heap after lookup (KB) | Assembly (KB) |");
Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
foreach (var (name, _, _) in variants)
{
    var ratios = name.StartsWith("Generated", StringComparison.Ordinal)
        ? string.Create(CultureInfo.InvariantCulture, $"{Above(name) / Above("Json"):F3} | {Above(name) / Above("Sqlite"):F3}")
        : "– | –";
    Console.WriteLine(string.Create(
        CultureInfo.InvariantCulture,
        $"| {name} | {Median(times[name]):F1} | {times[name].Min():F1} | {Above(name):F1} | {ratios} | {memory[name] / 1024} | {sizes[name] / 1024} |"));
}

var cachedPackage = Path.Combine(Run("dotnet", ["nuget", "locals", "global-packages", "--list"]).Split(':', 2)[1].Trim(), "domainkit", packageVersion.ToLowerInvariant());
if (Directory.Exists(cachedPackage))
{
    Directory.Delete(cachedPackage, recursive: true);
}

return 0;

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
}

static string Run(string fileName, string[] arguments, params (string Name, string Value)[] environment)
{
    var start = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
    foreach (var (name, value) in environment)
    {
        start.Environment[name] = value;
    }

    foreach (var argument in arguments)
    {
        start.ArgumentList.Add(argument);
    }

    using var process = Process.Start(start)!;
    var stderr = process.StandardError.ReadToEndAsync();
    var stdout = process.StandardOutput.ReadToEnd();
    process.WaitForExit();
    if (process.ExitCode != 0)
    {
        throw new InvalidOperationException($"{fileName} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{stdout}\n{stderr.Result}");
    }

    return stdout;
}

static string RepositoryRoot()
{
    for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
    {
        if (File.Exists(Path.Combine(directory.FullName, "DomainKit.sln")))
        {
            return directory.FullName;
        }
    }

    throw new InvalidOperationException("Run the cold-start runner from inside the DomainKit repository.");
}
