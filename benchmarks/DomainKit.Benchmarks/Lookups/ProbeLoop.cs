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
    /// Runs <c>probe-loop [ids|names] [corpus] [Spread64|Random4096] [DomainKit|FrozenDictionary|Dictionary|GeneratedClass] [seconds]
    /// [--after corpus[:probes],...]</c> (defaults: ids, Catalog100k, Random4096, DomainKit, 3; GeneratedClass over the bundled corpus only); returns the process's exit code.
    /// <c>--after</c> first sets up the same lookup over each corpus named and runs its three methods a second each, as
    /// an in-process BenchmarkDotNet run over several corpora does before it reaches the last one (its heap and image).
    /// </summary>
    public static int Run(IReadOnlyList<string> args)
    {
        var after = new List<(CorpusSize Corpus, ProbeSet? Probes)>();
        var positional = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--after" && i + 1 < args.Count)
            {
                foreach (var cell in args[++i].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    var parts = cell.Split(':');
                    var earlierProbes = default(ProbeSet);
                    if (!Enum.TryParse<CorpusSize>(parts[0], out var earlier)
                        || (parts.Length > 1 && !Enum.TryParse(parts[1], out earlierProbes)))
                    {
                        return Usage($"unknown corpus or probe set '{cell}' after --after");
                    }

                    after.Add((earlier, parts.Length > 1 ? earlierProbes : null));
                }
            }
            else
            {
                positional.Add(args[i]);
            }
        }

        var lookup = positional.Count > 0 ? positional[0] : "ids";
        if (!Enum.TryParse<CorpusSize>(positional.Count > 1 ? positional[1] : nameof(CorpusSize.Catalog100k), out var corpus)
            || !Enum.TryParse<ProbeSet>(positional.Count > 2 ? positional[2] : nameof(ProbeSet.Random4096), out var probes))
        {
            return Usage($"unknown corpus or probe set (corpora: {string.Join(", ", Enum.GetNames<CorpusSize>())})");
        }

        var method = positional.Count > 3 ? positional[3] : "DomainKit";
        var seconds = positional.Count > 4 ? double.Parse(positional[4], CultureInfo.InvariantCulture) : 3;
        if (!(Methods.Contains(method) || method == GeneratedClass) || lookup is not ("ids" or "names"))
        {
            return Usage($"unknown lookup '{lookup}' or method '{method}'");
        }

        if (method == GeneratedClass && corpus != CorpusSize.Bundled)
        {
            return Usage($"{GeneratedClass} is measured on the bundled corpus only (GeneratedClassLookupBenchmarks)");
        }

        foreach (var earlier in after)
        {
            foreach (var other in Methods)
            {
                Loop(Cell(lookup, earlier.Corpus, earlier.Probes ?? probes, other).Call, seconds: 1, out _, out _);
            }
        }

        var (call, lookupsPerCall) = Cell(lookup, corpus, probes, method);
        var elapsed = Loop(call, seconds, out var calls, out var found);
        Console.WriteLine(FormattableString.Invariant($"{lookup} {corpus} {probes} {method}{(after.Count > 0 ? $" after {string.Join(',', after.Select(cell => $"{cell.Corpus}:{cell.Probes ?? probes}"))}" : "")}: {elapsed.TotalNanoseconds / (calls * lookupsPerCall):F2} ns a lookup ({calls} calls, {found} found)"));
        return 0;
    }

    /// <summary>The bundled corpus's lookups through its generated class (<see cref="GeneratedClassLookupBenchmarks"/>).</summary>
    private const string GeneratedClass = "GeneratedClass";

    /// <summary>The methods every corpus has (what <c>--after</c> runs).</summary>
    private static readonly string[] Methods = ["DomainKit", "FrozenDictionary", "Dictionary"];

    /// <summary>One benchmark method, set up over <paramref name="corpus"/>, and how many lookups a call makes.</summary>
    private static (Func<int> Call, int LookupsPerCall) Cell(string lookup, CorpusSize corpus, ProbeSet probes, string method)
    {
        if (method == GeneratedClass)
        {
            var generated = new GeneratedClassLookupBenchmarks { ProbeSet = probes };
            generated.Setup();
            return lookup == "ids" ? (generated.IdsGeneratedClass, 2 * Probes.LookupsPerCall) : (generated.NamesGeneratedClass, Probes.LookupsPerCall);
        }

        if (lookup == "ids")
        {
            var ids = new IdLookupBenchmarks { Corpus = corpus, ProbeSet = probes };
            ids.Setup();
            return (method switch { "FrozenDictionary" => ids.FrozenDictionary, "Dictionary" => ids.Dictionary, _ => ids.DomainKit }, 2 * Probes.LookupsPerCall);
        }

        var names = new NameLookupBenchmarks { Corpus = corpus, ProbeSet = probes };
        names.Setup();
        return (method switch { "FrozenDictionary" => names.FrozenDictionary, "Dictionary" => names.Dictionary, _ => names.DomainKit }, Probes.LookupsPerCall);
    }

    private static TimeSpan Loop(Func<int> call, double seconds, out long calls, out int found)
    {
        calls = 0;
        found = 0;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            found += call();
            calls++;
        }

        return clock.Elapsed;
    }

    private static int Usage(string problem)
    {
        Console.Error.WriteLine($"probe-loop: {problem}; usage: probe-loop [ids|names] [corpus] [Spread64|Random4096] [{string.Join('|', Methods)}|{GeneratedClass}] [seconds] [--after corpus[:probes],...]");
        return 2;
    }
}
