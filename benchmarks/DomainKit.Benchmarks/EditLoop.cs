using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.CodeAnalysis;

namespace DomainKit.Benchmarks;

/// <summary>
/// <see cref="IncrementalEditBenchmarks"/>' edits in a plain loop, for profiling (<c>perf</c> with the JIT's perf map)
/// and for checking that a change to the generator leaves its output as it was: each edit timed after a forced
/// collection (fastest and median; the first edit's allocation; the GC's pauses and collections during the edits),
/// then a SHA-256 of every generated source. The hash depends on how many edits ran (an odd count leaves the edited
/// file in), so compare runs of one count. A profile of this loop also samples the forced collections between edits
/// (a full collection of the driver's whole state each): most of its time in the runtime's own library is theirs, not
/// the edits'. BenchmarkDotNet stays the instrument for the figures docs/benchmarks.md reports.
/// </summary>
internal static class EditLoop
{
    /// <summary>Runs <c>edit-loop [Note|Kind|Code] [edits] [documents]</c> (defaults: Kind, 15, 1,000); returns the process's exit code.</summary>
    public static int Run(IReadOnlyList<string> args)
    {
        var edit = args.Count > 0 ? args[0] : "Kind";
        var edits = args.Count > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 15;
        var documents = args.Count > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1000;
        var benchmark = new IncrementalEditBenchmarks { Edit = edit, Documents = documents };
        benchmark.Setup();
        const int WarmUp = 3;
        for (var i = 0; i < WarmUp; i++)
        {
            benchmark.RunAfterEdit();
        }

        var times = new List<double>();
        var pauses = TimeSpan.Zero;
        var collections = 0;
        GeneratorDriver driver = null!;
        for (var i = 0; i < edits; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var paused = GC.GetTotalPauseDuration();
            var collected = GC.CollectionCount(0);
            var clock = Stopwatch.StartNew();
            driver = benchmark.RunAfterEdit();
            times.Add(clock.Elapsed.TotalMilliseconds);
            pauses += GC.GetTotalPauseDuration() - paused;
            collections += GC.CollectionCount(0) - collected;
            if (i == 0)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{edit}: {(GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1e6:F1} MB allocated an edit"));
            }
        }

        times.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{edit}: fastest {times[0]:F1} ms, median {times[times.Count / 2]:F1} ms over {edits} edits"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{edit}: {pauses.TotalMilliseconds / edits:F1} ms an edit paused for the GC, {(double)collections / edits:F1} collections an edit"));
        var sources = driver.GetRunResult().GeneratedTrees.OrderBy(tree => tree.FilePath, StringComparer.Ordinal).ToList();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var tree in sources)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(tree.FilePath + "\n" + tree.GetText()));
        }

        Console.WriteLine($"{sources.Count} generated sources after {WarmUp + edits} edits, SHA-256 {Convert.ToHexString(hash.GetHashAndReset())}");
        return 0;
    }
}
