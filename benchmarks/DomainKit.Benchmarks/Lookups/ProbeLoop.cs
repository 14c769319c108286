using System.Diagnostics;
using System.Globalization;

namespace DomainKit.Benchmarks.Lookups;

/// <summary>
/// A key lookup benchmark's own methods in a plain loop, for profiling (<c>perf</c> with the JIT's perf map, the JIT's
/// disassembly) and for quick comparisons of one cell: the benchmark is set up as BenchmarkDotNet sets it up, then one
/// of its methods runs for a number of seconds, and the mean time a lookup is printed. BenchmarkDotNet stays the
/// instrument for the figures docs/benchmarks.md reports.
/// </summary>
internal static class ProbeLoop
{
    /// <summary>
    /// Runs <c>probe-loop [ids|names] [corpus] [Spread64|Random4096] [DomainKit|FrozenDictionary|Dictionary] [seconds]</c>
    /// (defaults: ids, Catalog100k, Random4096, DomainKit, 3); returns the process's exit code.
    /// </summary>
    public static int Run(IReadOnlyList<string> args)
    {
        var lookup = args.Count > 0 ? args[0] : "ids";
        if (!Enum.TryParse<CorpusSize>(args.Count > 1 ? args[1] : nameof(CorpusSize.Catalog100k), out var corpus)
            || !Enum.TryParse<ProbeSet>(args.Count > 2 ? args[2] : nameof(ProbeSet.Random4096), out var probes))
        {
            return Usage($"unknown corpus or probe set (corpora: {string.Join(", ", Enum.GetNames<CorpusSize>())})");
        }

        var method = args.Count > 3 ? args[3] : "DomainKit";
        var seconds = args.Count > 4 ? double.Parse(args[4], CultureInfo.InvariantCulture) : 3;
        if (!Methods.Contains(method))
        {
            return Usage($"unknown method '{method}'");
        }

        Func<int> call;
        int lookupsPerCall;
        switch (lookup)
        {
            case "ids":
                var ids = new IdLookupBenchmarks { Corpus = corpus, ProbeSet = probes };
                ids.Setup();
                call = method switch { "FrozenDictionary" => ids.FrozenDictionary, "Dictionary" => ids.Dictionary, _ => ids.DomainKit };
                lookupsPerCall = 2 * Probes.LookupsPerCall;
                break;
            case "names":
                var names = new NameLookupBenchmarks { Corpus = corpus, ProbeSet = probes };
                names.Setup();
                call = method switch { "FrozenDictionary" => names.FrozenDictionary, "Dictionary" => names.Dictionary, _ => names.DomainKit };
                lookupsPerCall = Probes.LookupsPerCall;
                break;
            default:
                return Usage($"unknown lookup '{lookup}'");
        }

        long calls = 0;
        var found = 0;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            found += call();
            calls++;
        }

        Console.WriteLine(FormattableString.Invariant($"{lookup} {corpus} {probes} {method}: {clock.Elapsed.TotalNanoseconds / (calls * lookupsPerCall):F2} ns a lookup ({calls} calls, {found} found)"));
        return 0;
    }

    private static readonly string[] Methods = ["DomainKit", "FrozenDictionary", "Dictionary"];

    private static int Usage(string problem)
    {
        Console.Error.WriteLine($"probe-loop: {problem}; usage: probe-loop [ids|names] [corpus] [Spread64|Random4096] [{string.Join('|', Methods)}] [seconds]");
        return 2;
    }
}
