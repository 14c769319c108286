using DomainKit.Generators.Corpus.Linking;
using DomainKit.Standoff;

namespace DomainKit.Generators.Tests;

/// <summary>
/// A document's standoff layer as normalized lines (ids, types, spans, and what each annotation points at, by id), from
/// the linked model and from a compiled dataset, so that the two can be compared line for line.
/// </summary>
internal static class StandoffLayerLines
{
    /// <summary>A layer of the linked model as normalized lines: ids, types, spans and what each annotation points at, by id.</summary>
    public static List<string> Of(StandoffLayerModel layer)
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
    public static List<string> Of(StandoffLayer layer)
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
