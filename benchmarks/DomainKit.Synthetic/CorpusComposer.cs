using System.Globalization;
using System.Text;

namespace DomainKit.Synthetic;

/// <summary>
/// Lays out a synthetic corpus of a <see cref="SyntheticCorpusShape"/>: the actors, then statements, border events
/// and filler mentions dealt round-robin over the documents, so every count is exact at every scale.
/// </summary>
internal sealed class CorpusComposer
{
    /// <summary>Actor kinds per scale unit, in the bundled corpus's proportions (109 in all); earlier kinds are what later ones are members of.</summary>
    private static readonly (string Kind, int Count)[] s_kinds =
    [
        ("Country", 11), ("Intergovernmental", 9), ("GovernmentBody", 18), ("Military", 7), ("ArmedGroup", 2),
        ("Media", 17), ("Ngo", 4), ("Group", 15), ("Person", 26),
    ];

    /// <summary>Relations in relations.tsv per scale unit, as in the bundled corpus.</summary>
    private const int CrossDocumentRelations = 10;

    /// <summary>Mentions made by one statement (speaker, addressee) and by one border event (agent, via).</summary>
    private const int MentionsPerEvent = 2;

    private static readonly DateOnly s_firstDate = new(2021, 1, 1);

    private readonly SyntheticCorpusShape _shape;
    private readonly SyntheticRandom _random;
    private readonly List<SyntheticActor> _actors = [];

    /// <summary>Actors beyond the scale's own (a shape with more actors than its scale gives): listed, never mentioned.</summary>
    private readonly List<SyntheticActor> _catalog = [];
    private readonly List<SyntheticActor> _media = [];
    private readonly List<string> _statementIds = [];

    public CorpusComposer(SyntheticCorpusShape shape, int seed)
    {
        _shape = shape;
        _random = new SyntheticRandom(unchecked((ulong)seed * 0x9E3779B97F4A7C15UL) ^ (ulong)shape.Scale);
    }

    public IReadOnlyList<SyntheticFile> Compose()
    {
        CreateActors();
        var documents = Enumerable.Range(0, _shape.Documents).Select(CreateDocument).ToList();
        var files = new List<SyntheticFile>(4 + (2 * documents.Count))
        {
            new("annotation.conf", SyntheticCorpus.Schema),
            new("actors.tsv", ActorsTable()),
            new("documents.tsv", DocumentsTable(documents)),
            new("relations.tsv", RelationsTable()),
        };
        foreach (var document in documents)
        {
            files.Add(new($"{document.Id}.txt", document.Text));
            files.Add(new($"{document.Id}.ann", document.Annotations));
        }

        return files;
    }

    private void CreateActors()
    {
        var factory = new ActorFactory(_random);
        for (var unit = 0; unit < _shape.Scale; unit++)
        {
            var unitStart = _actors.Count;
            foreach (var (kind, count) in s_kinds)
            {
                for (var i = 0; i < count; i++)
                {
                    var actor = factory.Create(kind, MemberOf(kind, unitStart));
                    _actors.Add(actor);
                    if (kind == "Media")
                    {
                        _media.Add(actor);
                    }
                }
            }
        }

        // A catalog as users bring one: people with names in every script the name bank has, in no document.
        while (_actors.Count + _catalog.Count < _shape.Actors)
        {
            _catalog.Add(factory.Create("Person", ""));
        }
    }

    /// <summary>Officials and units belong to an organisation or country made earlier in the same unit, or to none.</summary>
    private string MemberOf(string kind, int unitStart)
    {
        string[] parents = kind switch
        {
            "GovernmentBody" or "Military" => ["Country"],
            "Person" => ["GovernmentBody", "Media", "Military", "ArmedGroup"],
            _ => [],
        };
        var candidates = _actors.Skip(unitStart).Where(a => parents.Contains(a.Kind)).ToList();
        return candidates.Count > 0 && _random.Chance(50) ? _random.Pick(candidates).Id : "";
    }

    private SyntheticDocument CreateDocument(int index)
    {
        var outlet = _random.Pick(_media);
        var published = s_firstDate.AddDays(_random.Next(3 * 365));
        var id = $"{Iso(published)}-{outlet.Id}-{index + 1:D5}";
        var text = new AnnotatedText();
        var title = $"{_random.Pick(NameBank.Regions).Latin}: {Format(_random.Pick(Phrases.FillerPairs))}";
        text.Append(title).Append("\n\n");

        var statements = Dealt(_shape.Statements, index);
        var borderEvents = Dealt(_shape.BorderEvents, index);
        var fillerMentions = Dealt(_shape.Mentions - (MentionsPerEvent * (_shape.Statements + _shape.BorderEvents)), index);
        var statementEvents = new List<string>();
        for (int s = 0, b = 0, f = 0; s < statements.Count || b < borderEvents.Count || f < fillerMentions.Count;)
        {
            if (s < statements.Count)
            {
                statementEvents.Add(AppendStatement(text, statements[s++], published));
            }

            if (b < borderEvents.Count)
            {
                AppendBorderEvent(text, borderEvents[b++], published);
            }

            // Fillers come in pairs ("A and B met ..."), with a single mention when one is left over.
            var pair = Math.Min(fillerMentions.Count - f, 2);
            if (pair > 0)
            {
                AppendFiller(text, pair);
                f += pair;
            }
        }

        if (statementEvents.Count >= 2)
        {
            text.Relate("RespondsTo", statementEvents[1], statementEvents[0]);
        }

        return new SyntheticDocument(id, title, outlet.Id, Iso(published), text.Text, text.Annotations);
    }

    /// <summary>The global indexes of <paramref name="total"/> items that fall to document <paramref name="document"/>.</summary>
    private List<int> Dealt(int total, int document)
    {
        var items = new List<int>();
        for (var i = document; i < total; i += _shape.Documents)
        {
            items.Add(i);
        }

        return items;
    }

    private string AppendStatement(AnnotatedText text, int index, DateOnly published)
    {
        var (kind, verb, plover) = _random.Pick(Phrases.StatementKinds);
        var speaker = _random.Pick(_actors);
        var addressee = OtherThan(speaker);
        var date = published.AddDays(-_random.Next(6));
        var monthOnly = _random.Chance(20);

        text.Append(monthOnly ? "" : "On ");
        var time = text.Span("Date", monthOnly ? $"In {Phrases.MonthNames[date.Month - 1]} {date.Year}" : DayText(date));
        text.Append(", ");
        var speakerSpan = text.Mention(speaker, Surface(speaker));
        text.Append(" ");
        var trigger = text.Span("Statement", verb);
        text.Append(" ");
        var addresseeSpan = text.Mention(addressee, Surface(addressee));
        text.Append(": “");
        var arguments = new List<(string, string)> { ("Speaker", speakerSpan), ("Addressee", addresseeSpan), ("Time", time) };
        var quotes = new List<string> { text.Span("Quote", Quote()) };
        if (_random.Chance(30))
        {
            text.Append(",” and added: “");
            quotes.Add(text.Span("Quote", Quote()));
        }

        text.Append(".”\n\n");
        arguments.AddRange(quotes.Select(q => ("Content", q)));
        var e = text.Event("Statement", trigger, arguments);
        var canonical = $"{speaker.Id}-{Iso(date)}-{kind.ToLowerInvariant()}-{index + 1}";
        _statementIds.Add(canonical);

        text.Attribute("StatementKind", e, kind);
        text.Attribute("Plover", e, plover);
        foreach (var quote in quotes.Where(_ => _random.Chance(50)))
        {
            text.Attribute("Direct", quote);
        }

        var dateValue = monthOnly ? $"{date.Year:D4}-{date.Month:D2}" : Iso(date);
        text.Normalize(time, "date", dateValue, dateValue);
        text.Normalize(e, "statement", canonical, canonical);
        text.Normalize(e, "cameo", _random.Pick(Phrases.Cameo), "CAMEO");
        return e;
    }

    private void AppendBorderEvent(AnnotatedText text, int index, DateOnly published)
    {
        var (kind, verb, plover) = _random.Pick(Phrases.BorderEventKinds);
        var (borderText, borderCode) = _random.Pick(Phrases.Borders);
        var (bound, before) = _random.Pick(Phrases.Bounds);
        var (unit, noun) = _random.Pick(Phrases.Units);
        var agent = _random.Pick(_actors);
        var via = _random.Pick(_media);
        var date = published.AddDays(-_random.Next(6));
        var count = 10 * (1 + _random.Next(300));

        text.Append("On ");
        var time = text.Span("Date", DayText(date));
        text.Append(", ");
        var quantity = text.Span("Quantity", before + count.ToString("N0", CultureInfo.InvariantCulture));
        text.Append($" {noun} of ");
        var agentSpan = text.Mention(agent, Surface(agent));
        text.Append(" ");
        var trigger = text.Span("BorderEvent", verb);
        text.Append(" the ");
        var border = text.Span("Border", borderText);
        text.Append(" border near ");
        var location = text.Span("Location", _random.Pick(NameBank.LatinOnlyPlaces));
        text.Append(", according to ");
        var viaSpan = text.Mention(via, Surface(via));
        text.Append(".\n\n");

        var e = text.Event("BorderEvent", trigger,
            [("Border", border), ("Agent", agentSpan), ("Time", time), ("Count", quantity), ("Location", location), ("Via", viaSpan)]);
        var canonical = $"{agent.Id}-{Iso(date)}-{kind.ToLowerInvariant()}-{index + 1}";
        text.Attribute("BorderEventKind", e, kind);
        text.Attribute("Plover", e, plover);
        text.Attribute("Bound", quantity, bound);
        text.Attribute("Unit", quantity, unit);
        text.Normalize(time, "date", Iso(date), Iso(date));
        text.Normalize(quantity, "qty", count.ToString(CultureInfo.InvariantCulture), count.ToString(CultureInfo.InvariantCulture));
        text.Normalize(border, "border", borderCode, borderText);
        text.Normalize(e, "event", canonical, canonical);
        text.Normalize(e, "cameo", _random.Pick(Phrases.Cameo), "CAMEO");
    }

    private void AppendFiller(AnnotatedText text, int mentions)
    {
        var first = _random.Pick(_actors);
        text.Mention(first, Surface(first));
        if (mentions == 2)
        {
            var second = OtherThan(first);
            text.Append(" and ");
            text.Mention(second, Surface(second));
            text.Append($" {Format(_random.Pick(Phrases.FillerPairs))}.\n\n");
        }
        else
        {
            text.Append($" {Format(_random.Pick(Phrases.FillerSingles))}.\n\n");
        }
    }

    private SyntheticActor OtherThan(SyntheticActor actor)
    {
        var other = _random.Pick(_actors);
        return other == actor ? _actors[(_actors.IndexOf(actor) + 1) % _actors.Count] : other;
    }

    /// <summary>How the text names an actor: usually its name, sometimes one of its aliases.</summary>
    private string Surface(SyntheticActor actor) => actor.Aliases.Count > 0 && _random.Chance(30) ? _random.Pick(actor.Aliases) : actor.Name;

    private string Quote()
    {
        var quote = $"{_random.Pick(Phrases.QuoteOpenings)} {_random.Pick(Phrases.QuoteVerbs)} {_random.Pick(Phrases.QuoteObjects)}{_random.Pick(Phrases.QuoteEndings)}";
        return Format(quote);
    }

    private string Format(string pattern) => string.Format(CultureInfo.InvariantCulture, pattern, _random.Pick(NameBank.LatinOnlyPlaces));

    private static string DayText(DateOnly date) => $"{date.Day} {Phrases.MonthNames[date.Month - 1]} {date.Year}";

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private string ActorsTable()
    {
        var table = new StringBuilder("id\tname\tkind\tcountry\tmemberOf\trole\taliases\n");
        foreach (var a in _actors.Concat(_catalog))
        {
            table.Append($"{a.Id}\t{a.Name}\t{a.Kind}\t{a.Country}\t{a.MemberOf}\t{a.Role}\t{string.Join('|', a.Aliases)}\n");
        }

        return table.ToString();
    }

    private string DocumentsTable(List<SyntheticDocument> documents)
    {
        var table = new StringBuilder("id\ttitle\toutlet\tpublished\tnote\n");
        for (var i = 0; i < documents.Count; i++)
        {
            var d = documents[i];
            table.Append($"{d.Id}\t{d.Title}\t{d.Outlet}\t{d.Published}\tSynthetic document {i + 1} of {documents.Count}.\n");
        }

        return table.ToString();
    }

    /// <summary>Cross-document relations between consecutive statements, which the round-robin puts in different documents.</summary>
    private string RelationsTable()
    {
        string[] kinds = ["Corroborates", "Contradicts", "RespondsTo"];
        var table = new StringBuilder("from\trelation\tto\n");
        for (var r = 0; r < CrossDocumentRelations * _shape.Scale && r + 1 < _statementIds.Count; r++)
        {
            table.Append($"{_statementIds[r + 1]}\t{kinds[r % kinds.Length]}\t{_statementIds[r]}\n");
        }

        return table.ToString();
    }

    private sealed record SyntheticDocument(string Id, string Title, string Outlet, string Published, string Text, string Annotations);
}
