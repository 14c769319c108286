using System.Text.Json;

namespace DomainKit.Generators.Tests.Brat;

/// <summary>
/// What brat itself says about one <c>.ann</c> file of <c>shared/external-brat</c>: the lines it could not parse or
/// reported an error on, and the lines it only warned about. <see cref="Refused"/> is a document brat cannot open at
/// all (an <c>.ann</c> without its <c>.txt</c>).
/// </summary>
internal sealed record BratFileVerdict(string Corpus, string Document, bool Refused, IReadOnlySet<int> ErrorLines, IReadOnlySet<int> WarningLines)
{
    public string Key => Corpus + "/" + Document;

    public bool Clean => !Refused && ErrorLines.Count == 0 && WarningLines.Count == 0;
}

/// <summary>One corpus folder as brat reads it: the annotation.conf it found (null: its built-in default) and its files.</summary>
internal sealed record BratCorpusVerdict(string Folder, string? SchemaPath, IReadOnlyList<BratFileVerdict> Files)
{
    /// <summary>brat's default configuration calls every type unknown, so only the format can be compared there.</summary>
    public bool FormatOnly => SchemaPath is null;
}

/// <summary>How brat parsed one annotation.conf: whether it kept it, and how many types each section declares.</summary>
internal sealed record BratSchemaVerdict(string Path, bool Parsed, int Entities, int Relations, int Events, int Attributes);

/// <summary>
/// brat's own verdict on the external corpora (<c>brat-verdict.json</c>, made by running brat's reader and
/// <c>verify_annotations</c>; <c>BRAT-VERDICT.md</c> says how). Lines are one-based, as there.
/// </summary>
internal sealed class BratVerdict
{
    private const string DefaultConfiguration = "[brat built-in default configuration]";

    private BratVerdict(IReadOnlyList<BratCorpusVerdict> corpora, IReadOnlyList<BratSchemaVerdict> schemas)
    {
        Corpora = corpora;
        Schemas = schemas;
    }

    public IReadOnlyList<BratCorpusVerdict> Corpora { get; }

    public IReadOnlyList<BratSchemaVerdict> Schemas { get; }

    public static BratVerdict Load(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(path));
        var corpora = new List<BratCorpusVerdict>();
        foreach (var corpus in json.RootElement.GetProperty("corpora").EnumerateArray())
        {
            var folder = corpus.GetProperty("path").GetString()!;
            var conf = corpus.GetProperty("annotation_conf").GetString()!;
            var formatOnly = conf == DefaultConfiguration;
            var files = corpus.GetProperty("files").EnumerateArray().Select(file => ReadFile(folder, file, formatOnly)).ToList();
            corpora.Add(new BratCorpusVerdict(folder, formatOnly ? null : conf, files));
        }

        var schemas = json.RootElement.GetProperty("confs").EnumerateArray().Select(conf =>
        {
            var counts = conf.GetProperty("counts");
            return new BratSchemaVerdict(
                conf.GetProperty("path").GetString()!,
                conf.GetProperty("parsed").GetBoolean(),
                counts.GetProperty("entities").GetInt32(),
                counts.GetProperty("relations").GetInt32(),
                counts.GetProperty("events").GetInt32(),
                counts.GetProperty("attributes").GetInt32());
        }).ToList();
        return new BratVerdict(corpora, schemas);
    }

    private static BratFileVerdict ReadFile(string folder, JsonElement file, bool formatOnly)
    {
        var errors = new SortedSet<int>();
        var warnings = new SortedSet<int>();
        AddLines(file, "failed_lines", errors);
        AddLines(file, "reader_errors", errors);
        AddLines(file, "reader_warnings", warnings);
        if (!formatOnly && file.TryGetProperty("issues", out var issues))
        {
            foreach (var issue in issues.EnumerateArray())
            {
                var line = issue.GetProperty("line").GetInt32();
                (issue.GetProperty("type").GetString() == "AnnotationError" ? errors : warnings).Add(line);
            }
        }

        warnings.ExceptWith(errors);
        return new BratFileVerdict(folder, file.GetProperty("doc").GetString()!, file.TryGetProperty("load_error", out _), errors, warnings);
    }

    private static void AddLines(JsonElement file, string property, ISet<int> lines)
    {
        if (file.TryGetProperty(property, out var entries))
        {
            foreach (var entry in entries.EnumerateArray())
            {
                lines.Add(entry.GetProperty("line").GetInt32());
            }
        }
    }
}
