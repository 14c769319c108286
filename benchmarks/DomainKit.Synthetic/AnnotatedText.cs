using System.Text;

namespace DomainKit.Synthetic;

/// <summary>
/// Builds a document text and its brat standoff lines together, so every span's offsets (in code points, as
/// brat counts them) and text are right by construction.
/// </summary>
internal sealed class AnnotatedText
{
    private readonly StringBuilder _text = new();
    private readonly StringBuilder _ann = new();
    private int _codePoints;
    private int _spans;
    private int _events;
    private int _attributes;
    private int _normalizations;
    private int _relations;

    public string Text => _text.ToString();

    public string Annotations => _ann.ToString();

    /// <summary>Appends unannotated text.</summary>
    public AnnotatedText Append(string text)
    {
        _text.Append(text);
        _codePoints += CodePoints(text);
        return this;
    }

    /// <summary>Appends <paramref name="text"/> as a <c>T</c> span of <paramref name="type"/> and returns its id.</summary>
    public string Span(string type, string text)
    {
        var start = _codePoints;
        Append(text);
        var id = $"T{++_spans}";
        _ann.Append($"{id}\t{type} {start} {_codePoints}\t{text}\n");
        return id;
    }

    /// <summary>Appends an <c>Actor</c> span normalised to <paramref name="actor"/>: one mention.</summary>
    public string Mention(SyntheticActor actor, string surface)
    {
        var id = Span("Actor", surface);
        Normalize(id, "actor", actor.Id, actor.Name);
        return id;
    }

    public string Event(string type, string trigger, IEnumerable<(string Role, string Target)> arguments)
    {
        var id = $"E{++_events}";
        _ann.Append($"{id}\t{type}:{trigger}");
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (role, target) in arguments)
        {
            // Repeated roles are numbered brat-style: Content, Content2, Content3.
            var count = seen[role] = seen.GetValueOrDefault(role) + 1;
            _ann.Append($" {role}{(count == 1 ? "" : count.ToString(System.Globalization.CultureInfo.InvariantCulture))}:{target}");
        }

        _ann.Append('\n');
        return id;
    }

    public void Attribute(string name, string target, string? value = null)
        => _ann.Append($"A{++_attributes}\t{name} {target}{(value is null ? "" : " " + value)}\n");

    public void Normalize(string target, string database, string value, string label)
        => _ann.Append($"N{++_normalizations}\tReference {target} {database}:{value}\t{label}\n");

    public void Relate(string type, string from, string to) => _ann.Append($"R{++_relations}\t{type} Arg1:{from} Arg2:{to}\n");

    private static int CodePoints(string text)
    {
        var count = text.Length;
        foreach (var c in text)
        {
            if (char.IsLowSurrogate(c))
            {
                count--;
            }
        }

        return count;
    }
}
