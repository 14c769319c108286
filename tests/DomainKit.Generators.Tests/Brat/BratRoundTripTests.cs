using System.Globalization;
using DomainKit.Cli.Data;
using DomainKit.Generators.Corpus.Linking;
using DomainKit.Standoff;
using Xunit.Abstractions;

namespace DomainKit.Generators.Tests.Brat;

/// <summary>
/// Every third-party corpus of <c>shared/external-brat</c>, written back with the brat export and compiled: the export
/// holds every annotation line of the input (normalized, <see cref="LineAccounting"/>) unless the line or one it
/// depends on has a diagnostic, and the compiled dataset's standoff layer holds every annotation the export holds.
/// </summary>
public class BratRoundTripTests(ITestOutputHelper output)
{
    [Fact]
    public void Every_external_corpus_exports_and_compiles_every_annotation_line()
    {
        var verdict = ExternalBratCorpora.Verdict();
        var lost = new List<string>();
        var compiled = 0;
        foreach (var corpus in verdict.Corpora.GroupBy(ExternalBratCorpora.CorpusRoot, StringComparer.Ordinal).OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            var files = ExternalBratCorpora.Files(corpus.Key, corpus.Select(c => c.Folder));
            var (linked, diagnostics, _) = CorpusPipeline.LinkFolder(ExternalBratCorpora.Folder(corpus.Key), files);
            lost.AddRange(LineAccounting.Unaccounted(files, linked, diagnostics).Select(line => corpus.Key + ": " + line));
            Assert.NotNull(linked);

            var dataset = CorpusDataset.From(linked);
            var byFolder = new SortedDictionary<string, int>(StringComparer.Ordinal);
            foreach (var layer in linked.Standoff)
            {
                var expected = Lines(layer);
                var actual = Lines(dataset.Documents[layer.Document].Standoff);
                Assert.Equal(expected, actual);
                var folder = Path.GetDirectoryName(corpus.Key + "/" + linked.Documents[layer.Document].Id)!.Replace('\\', '/');
                byFolder[folder] = byFolder.GetValueOrDefault(folder) + expected.Count;
            }

            Assert.Equal(byFolder.Values.Sum(), Count(dataset.Standoff));
            foreach (var (folder, annotations) in byFolder)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{folder}: {annotations} annotations compiled"));
            }

            compiled += byFolder.Values.Sum();
        }

        Assert.Empty(lost);
        // The "annotations compiled" total of docs/brat-compatibility.md: every line of a document with its text,
        // less the lines with an error (or depending on one). It changes only with shared/external-brat.
        Assert.Equal(59_571, compiled);
    }

    /// <summary>A layer of the linked model as normalized lines: ids, types, spans and what each annotation points at, by id.</summary>
    private static List<string> Lines(StandoffLayerModel layer)
    {
        string Id(AnnotationRef target) => target.Kind switch
        {
            Corpus.Linking.AnnotationKind.TextBound => layer.TextBounds[target.Index].Id,
            Corpus.Linking.AnnotationKind.Event => layer.Events[target.Index].Id,
            _ => layer.Relations[target.Index].Id,
        };

        return
        [
            .. layer.TextBounds.Select(t => TextBound(t.Id, t.Type, t.Span.Start, t.Span.End, t.Span.Text, t.Span.Fragments.Select(f => (f.Start, f.End)))),
            .. layer.Events.Select(e => Event(e.Id, e.Type, layer.TextBounds[e.Trigger].Id, e.Arguments.Select(a => (a.Role, Id(a.Target))))),
            .. layer.Relations.Select(r => Relation(r.Id, r.Type, r.Role1, Id(r.Arg1), r.Role2, Id(r.Arg2))),
            .. layer.Attributes.Select(a => Attribute(a.Id, a.Name, Id(a.Target), a.Value)),
            .. layer.Normalizations.Select(n => Normalization(n.Id, n.Type, Id(n.Target), n.Database, n.Value, n.Label)),
            .. layer.Notes.Select(n => Note(n.Id, n.Type, Id(n.Target), n.Text)),
            .. layer.Equivalences.Select(q => Equivalence(q.Type, q.Members.Select(Id))),
        ];
    }

    /// <summary>The same lines from the compiled layer; every id is also found by the layer's id lookup.</summary>
    private static List<string> Lines(StandoffLayer layer)
    {
        var lines = new List<string>();
        lines.AddRange(layer.TextBounds.Select(t => TextBound(Found(layer, t), t.Type, t.Start, t.End, t.Text, t.Fragments.Select(f => (f.Start, f.End)))));
        lines.AddRange(layer.Events.Select(e => Event(Found(layer, e), e.Type, e.Trigger.Id, e.Arguments.Select(a => (a.Role, a.Target.Id)))));
        lines.AddRange(layer.Relations.Select(r => Relation(Found(layer, r), r.Type, r.Arg1.Role, r.Arg1.Target.Id, r.Arg2.Role, r.Arg2.Target.Id)));
        lines.AddRange(layer.Attributes.Select(a => Attribute(Found(layer, a), a.Type, a.Target.Id, a.Value)));
        lines.AddRange(layer.Normalizations.Select(n => Normalization(Found(layer, n), n.Type, n.Target.Id, n.Database, n.EntryId, n.Label)));
        lines.AddRange(layer.Notes.Select(n => Note(Found(layer, n), n.Type, n.Target.Id, n.Text)));
        lines.AddRange(layer.Equivalences.Select(q => Equivalence(q.Type, q.Members.Select(m => m.Id))));
        return lines;
    }

    private static string Found(StandoffLayer layer, Annotation annotation)
    {
        Assert.True(layer.TryGet(annotation.Id, out var found), annotation.Id);
        Assert.Same(annotation, found);
        return annotation.Id;
    }

    private static int Count(StandoffTables standoff)
        => standoff.TextBounds.Count + standoff.Events.Count + standoff.Relations.Count + standoff.Attributes.Count + standoff.Normalizations.Count
            + standoff.Notes.Count + standoff.Equivalences.Count;

    private static string TextBound(string id, string type, int start, int end, string text, IEnumerable<(int Start, int End)> fragments)
        => $"{id}\t{type} {start} {end} [{string.Join(";", fragments)}]\t{text}";

    private static string Event(string id, string type, string trigger, IEnumerable<(string Role, string Target)> arguments)
        => $"{id}\t{type}:{trigger} {string.Join(" ", arguments.Select(a => a.Role + ":" + a.Target))}";

    private static string Relation(string id, string type, string role1, string arg1, string role2, string arg2) => $"{id}\t{type} {role1}:{arg1} {role2}:{arg2}";

    private static string Attribute(string id, string type, string target, string? value) => $"{id}\t{type} {target} {value ?? "(binary)"}";

    private static string Normalization(string id, string type, string target, string database, string value, string label) => $"{id}\t{type} {target} {database}:{value}\t{label}";

    private static string Note(string id, string type, string target, string text) => $"{id}\t{type} {target}\t{text}";

    private static string Equivalence(string type, IEnumerable<string> members) => $"*\t{type} {string.Join(" ", members)}";
}
