using DomainKit.Generators.Corpus.Standoff;

namespace DomainKit.Generators.Tests;

/// <summary>
/// Normalizes a parsed .ann file to a set of keys that do not depend on annotation ids: a T line is its type,
/// fragments and text; an E line its type, trigger and sorted role=argument pairs; A, N, R, # and * lines what they
/// say about the annotations they point at. Two files with equal key sets say the same thing.
/// </summary>
internal sealed class StandoffKeys
{
    private readonly Dictionary<string, TextBoundAnnotation> _textBounds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EventAnnotation> _events = new(StringComparer.Ordinal);

    public StandoffKeys(StandoffDocument document)
    {
        // The first definition of an id counts, as in the linker (a later one is DK0008).
        foreach (var t in document.TextBounds)
        {
            _textBounds.TryAdd(t.Id, t);
        }

        foreach (var e in document.Events)
        {
            _events.TryAdd(e.Id, e);
        }

        Document = document;
    }

    public StandoffDocument Document { get; }

    /// <summary>Every annotation line of the file with its zero-based line number and key.</summary>
    public IEnumerable<(int Line, string Key, IReadOnlyList<string> References)> Lines()
    {
        foreach (var t in Document.TextBounds)
        {
            yield return (t.Span.Line, TextBoundKey(t), []);
        }

        foreach (var e in Document.Events)
        {
            yield return (e.Span.Line, EventKey(e, 0), [e.Trigger, .. e.Arguments.Select(a => a.Target)]);
        }

        foreach (var a in Document.Attributes)
        {
            yield return (a.Span.Line, $"A|{a.Name}|{Key(a.Target)}|{a.Value}", [a.Target]);
        }

        foreach (var n in Document.Normalizations)
        {
            yield return (n.Span.Line, $"N|{n.Type}|{Key(n.Target)}|{n.Database}:{n.Value}|{n.Label}", [n.Target]);
        }

        foreach (var r in Document.Relations)
        {
            yield return (r.Span.Line, $"R|{r.Type}|{Key(r.Arg1)}|{Key(r.Arg2)}", [r.Arg1, r.Arg2]);
        }

        foreach (var note in Document.Notes)
        {
            yield return (note.Span.Line, $"#|{note.Type}|{Key(note.Target)}|{note.Text}", [note.Target]);
        }

        foreach (var q in Document.Equivalences)
        {
            yield return (q.Span.Line, $"*|{q.Type}|{string.Join(",", q.Members.Select(m => Key(m)).Order(StringComparer.Ordinal))}", q.Members.ToList());
        }
    }

    public HashSet<string> Keys() => Lines().Select(l => l.Key).ToHashSet(StringComparer.Ordinal);

    /// <summary>The line an id is (first) defined on, if it is a T or E.</summary>
    public int? DefinitionLine(string id)
        => _textBounds.TryGetValue(id, out var t) ? t.Span.Line : _events.TryGetValue(id, out var e) ? e.Span.Line : null;

    private string Key(string id, int depth = 0)
    {
        if (_textBounds.TryGetValue(id, out var t))
        {
            return TextBoundKey(t);
        }

        return _events.TryGetValue(id, out var e) ? EventKey(e, depth) : "?" + id;
    }

    /// <summary>
    /// A T line's type, fragments and text. brat accepts whitespace and further tab fields after the span text, and the
    /// export writes the span text alone: the key stops at the first tab and ignores trailing whitespace.
    /// </summary>
    private static string TextBoundKey(TextBoundAnnotation t)
        => $"T|{t.Type}|{string.Join(";", t.Fragments.Select(f => $"{f.Start} {f.End}"))}|{t.Text.Split('\t')[0].TrimEnd()}";

    private string EventKey(EventAnnotation e, int depth)
        => depth > 8
            ? "E|(deep)"
            : $"E|{e.Type}|{Key(e.Trigger, depth + 1)}|{string.Join(",", e.Arguments.Select(a => a.Role + "=" + Key(a.Target, depth + 1)).Order(StringComparer.Ordinal))}";
}
