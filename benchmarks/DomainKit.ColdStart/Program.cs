using System.Diagnostics;
using System.Globalization;
using DomainKit.ColdStart;
using DomainKit.Synthetic;

// dotnet run -c Release --project benchmarks/DomainKit.ColdStart -- [--scale 100] [--runs 11] [--work DIR]
var options = new Dictionary<string, string>(StringComparer.Ordinal) { ["--scale"] = "100", ["--runs"] = "11", ["--seed"] = "1" };
for (var i = 0; i + 1 < args.Length; i += 2)
{
    options[args[i]] = args[i + 1];
}

var repository = RepositoryRoot();
var work = Path.GetFullPath(options.GetValueOrDefault("--work") ?? Path.Combine(repository, ".artifacts", "coldstart"));
var shape = SyntheticCorpusShape.AtScale(int.Parse(options["--scale"], CultureInfo.InvariantCulture));
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

string[] apps = ["Empty", "Generated", "Json", "Sqlite"];
var executables = new Dictionary<string, string>(StringComparer.Ordinal);
foreach (var app in apps)
{
    var output = Path.Combine(work, "bin", app);
    var build = Stopwatch.StartNew();
    Run("dotnet", ["build", Path.Combine(repository, "benchmarks", "ColdStart", app, $"ColdStart.{app}.csproj"), "-c", "Release", $"-p:ColdStartData={work}", "-o", output, "-nologo", "-v:q"]);
    Console.WriteLine($"Built {app} in {build.Elapsed.TotalSeconds:F1} s");
    executables[app] = Path.Combine(output, OperatingSystem.IsWindows() ? $"ColdStart.{app}.exe" : $"ColdStart.{app}");
}

// One unmeasured run each (disk cache, SQLite extraction), then the apps take turns so load on a shared machine hits all alike.
var times = apps.ToDictionary(app => app, _ => new List<double>(), StringComparer.Ordinal);
for (var run = -1; run < runs; run++)
{
    foreach (var app in apps)
    {
        var clock = Stopwatch.StartNew();
        var printed = Run(executables[app], [target.Name, target.Id]).Trim();
        var elapsed = clock.Elapsed.TotalMilliseconds;
        if (printed != target.Id)
        {
            throw new InvalidOperationException($"{app} printed '{printed}', expected '{target.Id}'.");
        }

        if (run >= 0)
        {
            times[app].Add(elapsed);
        }
    }
}

// Ratios as the targets state them (generated over each alternative), on whole-process time and on the time
// above the empty app, which is .NET start-up that every approach pays alike.
var generated = Median(times["Generated"]);
var floor = Median(times["Empty"]);
Console.WriteLine();
Console.WriteLine($"| App | Median wall time (ms, {runs} runs) | Min (ms) | Above Empty (ms) | Generated / App | Generated / App, above Empty |");
Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: |");
foreach (var app in apps)
{
    var median = Median(times[app]);
    Console.WriteLine(string.Create(
        CultureInfo.InvariantCulture,
        $"| {app} | {median:F1} | {times[app].Min():F1} | {median - floor:F1} | {generated / median:F2} | {(app == "Empty" ? "–" : ((generated - floor) / (median - floor)).ToString("F2", CultureInfo.InvariantCulture))} |"));
}

return 0;

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
}

static string Run(string fileName, string[] arguments)
{
    var start = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
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
