using System.Globalization;
using DomainKit.Synthetic;

// dotnet run --project benchmarks/DomainKit.Synthetic.Cli -- FOLDER [--scale N | --statements N] [--seed N]
if (args.Length == 0 || args[0].StartsWith("--", StringComparison.Ordinal) || args.Length % 2 == 0)
{
    Console.Error.WriteLine("usage: DomainKit.Synthetic.Cli FOLDER [--scale N | --statements N] [--seed N]");
    return 2;
}

var options = new Dictionary<string, int>(StringComparer.Ordinal) { ["--scale"] = 1, ["--seed"] = 1 };
for (var i = 1; i < args.Length; i += 2)
{
    if (args[i] is not ("--scale" or "--statements" or "--seed") || !int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < 1)
    {
        Console.Error.WriteLine($"invalid option: {args[i]} {args[i + 1]}");
        return 2;
    }

    options[args[i]] = value;
}

var shape = options.TryGetValue("--statements", out var statements) ? SyntheticCorpusShape.WithAtLeast(statements) : SyntheticCorpusShape.AtScale(options["--scale"]);
var written = SyntheticCorpus.Write(args[0], shape, options["--seed"]);
Console.WriteLine($"{written} files in {args[0]}: scale {shape.Scale}, {shape.Documents} documents, {shape.Actors} actors, {shape.Statements} statements, {shape.BorderEvents} border events, {shape.Mentions} mentions");
return 0;
