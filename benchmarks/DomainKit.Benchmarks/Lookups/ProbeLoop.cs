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
    /// [--after corpus[:probes],...] [--against method]</c> (defaults: ids, Catalog100k, Random4096, DomainKit, 3; GeneratedClass over the bundled corpus only); returns the process's exit code.
    /// <c>--after</c> first sets up the same lookup over each corpus named and runs its three methods a second each, as
    /// an in-process BenchmarkDotNet run over several corpora does before it reaches the last one (its heap and image).
    /// <c>--against</c> runs the method and another of the same cell in turns (<see cref="Interleave"/>) and prints their
    /// ratio as well as their times.
    /// </summary>
    public static int Run(IReadOnlyList<string> args)
    {
        var after = new List<(CorpusSize Corpus, ProbeSet? Probes)>();
        var positional = new List<string>();
        string? against = null;
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
            else if (args[i] == "--against" && i + 1 < args.Count)
            {
                against = args[++i];
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

        if (against is not null && !(Methods.Contains(against) || against == GeneratedClass))
        {
            return Usage($"unknown method '{against}' after --against");
        }

        if ((method == GeneratedClass || against == GeneratedClass) && corpus != CorpusSize.Bundled)
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
        if (against is not null)
        {
            var turns = Interleave(call, Cell(lookup, corpus, probes, against).Call, lookupsPerCall, seconds);
            Console.WriteLine(FormattableString.Invariant($"{lookup} {corpus} {probes} {method} against {against}: {turns.First:F2} and {turns.Second:F2} ns a lookup, ratio {turns.Ratio:F2} (quartiles {turns.LowerRatio:F2}-{turns.UpperRatio:F2}; medians of {turns.Count} turns)"));
            return 0;
        }

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

    /// <summary>
    /// Runs <paramref name="first"/> and <paramref name="second"/> in turns of <see cref="TurnMilliseconds"/> each, one
    /// after the other, for <paramref name="seconds"/> (at least one turn) after <see cref="WarmUpSeconds"/> of the same
    /// turns, in which the JIT compiles both at their last tier: both see the machine in the same state, where two
    /// processes measured apart may not (this machine's lookups run at one of two speeds for seconds at a time, both
    /// methods alike: docs/benchmarks.md, "Both methods in one process").
    /// </summary>
    private static Turns Interleave(Func<int> first, Func<int> second, int lookupsPerCall, double seconds)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed.TotalSeconds < WarmUpSeconds)
        {
            Turn(first, lookupsPerCall);
            Turn(second, lookupsPerCall);
        }

        var firstTimes = new List<double>();
        var secondTimes = new List<double>();
        do
        {
            firstTimes.Add(Turn(first, lookupsPerCall));
            secondTimes.Add(Turn(second, lookupsPerCall));
        }
        while (clock.Elapsed.TotalSeconds < WarmUpSeconds + seconds);

        var ratios = firstTimes.Zip(secondTimes, (a, b) => a / b).Order().ToList();
        return new Turns(Median(firstTimes), Median(secondTimes), ratios[ratios.Count / 2], ratios[ratios.Count / 4], ratios[3 * ratios.Count / 4], ratios.Count);
    }

    private const double WarmUpSeconds = 2;

    /// <summary>How long each method runs in a turn of <see cref="Interleave"/>: many calls, and many turns in a few seconds.</summary>
    private const int TurnMilliseconds = 100;

    /// <summary>One turn: <paramref name="call"/> for <see cref="TurnMilliseconds"/>, its time a lookup in nanoseconds.</summary>
    private static double Turn(Func<int> call, int lookupsPerCall)
    {
        var elapsed = Loop(call, TurnMilliseconds / 1000.0, out var calls, out _);
        return elapsed.TotalNanoseconds / (calls * lookupsPerCall);
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    /// <summary>
    /// What <see cref="Interleave"/> measured: the median time a lookup of each method (ns), the median of the turns'
    /// ratios (first ÷ second) with its lower and upper quartiles, and the number of turns.
    /// </summary>
    private readonly record struct Turns(double First, double Second, double Ratio, double LowerRatio, double UpperRatio, int Count);

    private static int Usage(string problem)
    {
        Console.Error.WriteLine($"probe-loop: {problem}; usage: probe-loop [ids|names] [corpus] [Spread64|Random4096] [{string.Join('|', Methods)}|{GeneratedClass}] [seconds] [--after corpus[:probes],...] [--against method]");
        return 2;
    }
}
