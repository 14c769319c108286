using DomainKit.Generators.Common;
using DomainKit.Generators.Corpus;
using DomainKit.Generators.Corpus.Catalogs;
using DomainKit.Generators.Corpus.Export;
using DomainKit.Generators.Corpus.Linking;
using DomainKit.Generators.Corpus.Standoff;
using DomainKit.Generators.Corpus.Values;
using DomainKit.Generators.Diagnostics;

namespace DomainKit.Generators.Tests;

/// <summary>
/// Proves "nothing is lost": every line of every .ann and .tsv file is in the brat/TSV export of the linked corpus,
/// or has a diagnostic, or depends on an annotation whose line has one (an attribute of a span that does not match
/// the text goes with it). A whole-file diagnostic (such as DK0014 or DK0034) accounts for every line of its file.
/// </summary>
internal static class LineAccounting
{
    private static readonly Dictionary<(string, string), (StandoffKeys, Dictionary<int, (int, string, IReadOnlyList<string>)>)> s_parsed = new();

    /// <summary>The lines that are neither exported nor diagnosed, as "file(line): text".</summary>
    public static List<string> Unaccounted(IReadOnlyDictionary<string, string> input, LinkResult linked)
    {
        var (corpus, diagnostics) = linked;
        var diagnosed = diagnostics.Select(d => (d.Span.Path, d.Span.Line)).ToHashSet();
        var wholeFiles = diagnostics.Where(d => d.Span is { Line: 0, Column: 0, Length: 0 }).Select(d => d.Span.Path).ToHashSet(StringComparer.Ordinal);
        if (corpus is null)
        {
            // Only a limit stops linking, and its diagnostics say which files (or the whole corpus) were not read.
            return diagnostics.Any(d => d.Id == "DK0034") ? [] : ["the corpus was not linked and no DK0034 says why"];
        }

        var exported = CorpusWriter.Write(corpus, linked.Extras!).ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var (path, content) in input.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            var kind = CorpusFileParser.Classify(path);
            if (kind is not (CorpusFileKind.Annotations or CorpusFileKind.Actors or CorpusFileKind.Documents or CorpusFileKind.Relations)
                || wholeFiles.Contains(path))
            {
                continue;
            }

            var name = Path.GetFileName(path);
            exported.TryGetValue(kind == CorpusFileKind.Annotations ? ExportedName(corpus, path) : name, out var export);
            var lines = kind == CorpusFileKind.Annotations
                ? UnaccountedAnnotations(path, content, export, diagnosed)
                : UnaccountedRows(path, content, kind.Value, export, diagnosed);
            missing.AddRange(lines.Select(line => $"{name}({line + 1}): {Line(content, line)}"));
        }

        return missing;
    }

    /// <summary>The rows of a catalog as keys that ignore what the linker normalizes (order, trimming, defaults).</summary>
    public static HashSet<string> RowKeys(string path, string content, CorpusFileKind kind)
        => Rows(TsvTable.Parse(path, content), kind).Select(r => r.Key).ToHashSet(StringComparer.Ordinal);

    private static IEnumerable<int> UnaccountedAnnotations(string path, string content, string? export, HashSet<(string, int)> diagnosed)
    {
        var (keys, byLine) = Parse(path, content);
        var exportedKeys = export is null ? [] : Parse("export.ann", export).Keys.Keys();
        var parsedLines = new HashSet<int>();
        foreach (var (line, key, _) in byLine.Values)
        {
            parsedLines.Add(line);
            if (!exportedKeys.Contains(key) && !Diagnosed(line, 0))
            {
                yield return line;
            }
        }

        // A line the parser could not read must carry its DK0001.
        foreach (var line in SourceLine.Split(path, content))
        {
            if (line.Text.Trim().Length > 0 && !parsedLines.Contains(line.Number) && !diagnosed.Contains((path, line.Number)))
            {
                yield return line.Number;
            }
        }

        bool Diagnosed(int line, int depth)
            => diagnosed.Contains((path, line))
                || (depth < 16 && byLine.TryGetValue(line, out var entry)
                    && entry.References.Any(id => keys.DefinitionLine(id) is not { } defined || (defined != line && Diagnosed(defined, depth + 1))));
    }

    /// <summary>
    /// Parsed files by path and content, because the fuzz test accounts for the same unchanged files case after case.
    /// Bounded: cleared when full.
    /// </summary>
    private static (StandoffKeys Keys, Dictionary<int, (int Line, string Key, IReadOnlyList<string> References)> ByLine) Parse(string path, string content)
    {
        lock (s_parsed)
        {
            if (s_parsed.TryGetValue((path, content), out var cached))
            {
                return cached;
            }
        }

        var keys = new StandoffKeys(StandoffParser.Parse(path, content));
        var parsed = (keys, keys.Lines().ToDictionary(l => l.Line));
        lock (s_parsed)
        {
            if (s_parsed.Count >= 64)
            {
                s_parsed.Clear();
            }

            s_parsed[(path, content)] = parsed;
        }

        return parsed;
    }

    private static IEnumerable<int> UnaccountedRows(string path, string content, CorpusFileKind kind, string? export, HashSet<(string, int)> diagnosed)
    {
        var table = TsvTable.Parse(path, content);
        var header = SourceLine.Split(path, content).FirstOrDefault(l => l.Text.Trim().Length > 0);
        if (header.Text is null || diagnosed.Contains((path, header.Number)))
        {
            yield break;
        }

        var exportedKeys = export is null ? [] : RowKeys("export.tsv", export, kind);
        foreach (var (line, key) in Rows(table, kind))
        {
            if (!exportedKeys.Contains(key) && !diagnosed.Contains((path, line)))
            {
                yield return line;
            }
        }
    }

    private static IEnumerable<(int Line, string Key)> Rows(TsvTable table, CorpusFileKind kind)
    {
        var known = kind switch
        {
            CorpusFileKind.Actors => CorpusFileParser.ActorColumns,
            CorpusFileKind.Documents => CorpusFileParser.DocumentColumns,
            _ => CorpusFileParser.RelationColumns,
        };
        foreach (var row in table.Rows)
        {
            string Field(string column) => table.Column(column) is var i and >= 0 ? row[i].Trim() : string.Empty;
            var others = table.Header.Select((name, i) => (name, i)).Where(c => !known.Contains(c.name)).Select(c => c.name + "=" + row[c.i]);
            var key = kind switch
            {
                CorpusFileKind.Actors => string.Join("|", Field("id"), Field("name"), Field("kind"), Field("country"), Field("memberOf"), Field("role"),
                    string.Join(",", Field("aliases").Split('|').Select(a => a.Trim()).Where(a => a.Length > 0 && a != Field("name")).Distinct())),
                CorpusFileKind.Documents => string.Join("|", Field("id"), Field("title") is { Length: > 0 } title ? title : Field("id"), Field("outlet"),
                    DateValue.TryParse(Field("published"), out var date) ? date.ToIsoString() : Field("published")),
                _ => string.Join("|", Field("from"), Field("relation"), Field("to")),
            };
            yield return (row.Line.Line, key + "|" + string.Join("|", others));
        }
    }

    /// <summary>The exported .ann of an input .ann: its document id (the path under the corpus folder, subfolders included) + ".ann".</summary>
    private static string ExportedName(LinkedCorpus corpus, string path)
        => corpus.Documents.Select(d => d.Id + ".ann").Where(name => path.EndsWith("/" + name, StringComparison.Ordinal)).MaxBy(name => name.Length)
            ?? Path.GetFileNameWithoutExtension(path) + ".ann";

    private static string Line(string content, int number)
    {
        var text = content.Split('\n').ElementAtOrDefault(number) ?? string.Empty;
        return text.Length > 80 ? text[..80] + "..." : text;
    }
}
