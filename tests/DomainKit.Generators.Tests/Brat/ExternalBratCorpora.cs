using System.Text;
using DomainKit.Generators.Corpus;
using DomainKit.Generators.Diagnostics;

namespace DomainKit.Generators.Tests.Brat;

/// <summary>DomainKit's verdict on one <c>.ann</c> file: the one-based lines of its errors and of all its diagnostics.</summary>
internal sealed record DomainKitFileVerdict(IReadOnlySet<int> ErrorLines, IReadOnlySet<int> DiagnosticLines, int Annotations);

/// <summary>
/// The third-party brat corpora of <c>shared/external-brat</c> (beside the repository; never copied into it), read as
/// DomainKit corpora. A corpus is the folder of the annotation.conf brat uses, with every folder of .ann files that
/// uses it; a folder brat reads with its built-in default is a corpus of its own. Files are decoded as brat decodes
/// them: UTF-8, keeping a byte order mark and carriage returns.
/// </summary>
internal static class ExternalBratCorpora
{
    public static string Root => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "external-brat"));

    public static string RepositoryRoot => Path.GetFullPath(Path.Combine(SourceFolder(), "..", "..", ".."));

    public static BratVerdict Verdict() => BratVerdict.Load(Path.Combine(Root, "brat-verdict.json"));

    /// <summary>Reads a file as brat does: UTF-8, and a byte order mark stays the first character.</summary>
    public static string ReadAsBrat(string path) => new UTF8Encoding(false).GetString(File.ReadAllBytes(path));

    /// <summary>Links every corpus and returns DomainKit's verdict per brat file, keyed like <see cref="BratFileVerdict.Key"/>.</summary>
    public static Dictionary<string, DomainKitFileVerdict> Check(BratVerdict verdict)
    {
        var results = new Dictionary<string, DomainKitFileVerdict>(StringComparer.Ordinal);
        foreach (var corpus in verdict.Corpora.GroupBy(CorpusRoot, StringComparer.Ordinal))
        {
            var (diagnostics, parsed) = Link(corpus.Key, corpus.Select(c => c.Folder));
            var byPath = diagnostics.ToLookup(d => d.Span.Path, StringComparer.Ordinal);
            var annotationsByPath = parsed.Where(p => p.Annotations is not null).ToDictionary(p => p.Path, p => p.Annotations!, StringComparer.Ordinal);
            foreach (var file in corpus.SelectMany(c => c.Files))
            {
                var ann = Normalize(Path.Combine(Root, file.Corpus, file.Document + ".ann"));
                var txt = Normalize(Path.Combine(Root, file.Corpus, file.Document + ".txt"));
                var errors = new SortedSet<int>();
                var all = new SortedSet<int>();
                foreach (var diagnostic in byPath[ann].Concat(byPath[txt]))
                {
                    // A problem with the text file itself has no .ann line: line 0, which brat never flags.
                    var line = diagnostic.Span.Path == ann ? diagnostic.Span.Line + 1 : 0;
                    all.Add(line);
                    if (diagnostic.Rule.Severity == DiagnosticSeverityLevel.Error)
                    {
                        errors.Add(line);
                    }
                }

                results.Add(file.Key, new DomainKitFileVerdict(errors, all, annotationsByPath.TryGetValue(ann, out var annotations) ? AnnotationCount(annotations) : 0));
            }
        }

        return results;
    }

    /// <summary>Links the corpus at <paramref name="root"/> made of the files of <paramref name="folders"/> (relative to <see cref="Root"/>).</summary>
    public static (IReadOnlyList<CorpusDiagnostic> Diagnostics, IReadOnlyList<ParsedFile> Parsed) Link(string root, IEnumerable<string> folders)
    {
        var ((_, diagnostics), parsed) = CorpusPipeline.LinkFolder(Folder(root), Files(root, folders));
        return (diagnostics, parsed);
    }

    /// <summary>The corpus files of <paramref name="root"/> and <paramref name="folders"/> (relative to <see cref="Root"/>), by path, read as brat reads them.</summary>
    public static Dictionary<string, string> Files(string root, IEnumerable<string> folders)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var folder in folders.Append(root).Distinct(StringComparer.Ordinal))
        {
            foreach (var path in Directory.EnumerateFiles(Path.Combine(Root, folder)))
            {
                if (CorpusFileParser.Classify(path) is not null)
                {
                    files[Normalize(path)] = ReadAsBrat(path);
                }
            }
        }

        return files;
    }

    /// <summary>The full path of a corpus folder given relative to <see cref="Root"/>.</summary>
    public static string Folder(string root) => Normalize(Path.Combine(Root, root));

    private static int AnnotationCount(Corpus.Standoff.StandoffDocument d)
        => d.TextBounds.Count + d.Events.Count + d.Attributes.Count + d.Normalizations.Count + d.Relations.Count + d.Notes.Count + d.Equivalences.Count;

    /// <summary>The folder a corpus is compiled from: where its annotation.conf is, else its own folder.</summary>
    public static string CorpusRoot(BratCorpusVerdict corpus)
        => corpus.SchemaPath is null ? corpus.Folder : Path.GetDirectoryName(corpus.SchemaPath)!.Replace('\\', '/');

    private static string SourceFolder([System.Runtime.CompilerServices.CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;

    public static string Normalize(string path) => path.Replace('\\', '/');
}
