using System.Globalization;

namespace DomainKit.Tests;

/// <summary>
/// The bundled dataset checked against the corpus files it was compiled from, read here by a reader of the test's
/// own: every mention and quote is a span of its <c>.ann</c> file (each fragment, its offsets in code points and
/// its text), and every actor is its row of <c>actors.tsv</c>, found by its id, its name and each alias.
/// </summary>
public class AnnotationGroundTruthTests
{
    private static readonly string CorpusFolder = Path.Combine(BundledCorpusTests.RepositoryRoot(), "src", "DomainKit", "Corpus");

    [Fact]
    public void Every_mention_is_an_actor_span_of_its_document_with_its_fragments_offsets_and_text()
    {
        var expected = new List<string>();
        foreach (var document in Afghanistan2021.Documents.All)
        {
            var ann = Ann.Read(document.Id);
            foreach (var span in ann.Spans.Values.Where(s => s.Type == "Actor"))
            {
                if (ann.ActorOf.TryGetValue(span.Id, out var actor))
                {
                    expected.Add(Describe(document.Id, span.Fragments, span.Text, actor));
                }
            }
        }

        var actual = Afghanistan2021.Mentions.All.Select(m =>
            Describe(m.Document.Id, m.Fragments.IsEmpty ? [(m.Start, m.End)] : m.Fragments.Select(f => (f.Start, f.End)).ToList(), m.Text, m.Actor.Id));

        Assert.Equal(expected.Order(StringComparer.Ordinal), actual.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_mentions_offsets_are_its_first_and_last_code_point_and_each_fragment_is_document_text()
    {
        var discontinuous = 0;
        foreach (var mention in Afghanistan2021.Mentions.All)
        {
            var fragments = mention.Fragments.IsEmpty ? [new CodePointRange(mention.Start, mention.End)] : mention.Fragments;
            Assert.Equal((fragments[0].Start, fragments[^1].End), (mention.Start, mention.End));
            Assert.Equal(mention.Text, string.Join(" ", fragments.Select(f => Slice(mention.Document.Text, f.Start, f.End))));
            Assert.True(mention.Fragments.Length != 1, "a contiguous span has no fragment list");
            discontinuous += mention.Fragments.IsEmpty ? 0 : 1;
        }

        Assert.True(discontinuous >= 2, $"the bundled corpus has discontinuous mentions; found {discontinuous}");
    }

    [Fact]
    public void Every_quote_of_an_attestation_is_a_quote_span_of_its_document_and_lies_inside_the_attestation()
    {
        var attestations = Afghanistan2021.Statements.All.SelectMany(s => s.Attestations).ToList();
        var quotes = 0;
        foreach (var attestation in attestations)
        {
            var ann = Ann.Read(attestation.Document.Id);
            foreach (var quote in attestation.Quotes)
            {
                var fragments = quote.Fragments.IsEmpty ? [(quote.Start, quote.End)] : quote.Fragments.Select(f => (f.Start, f.End)).ToList();
                var span = Assert.Single(ann.Spans.Values, s => s.Type == "Quote" && s.Text == quote.Text && s.Fragments.SequenceEqual(fragments));
                Assert.Equal(ann.Direct.Contains(span.Id), quote.Direct);
                Assert.Equal(quote.Text, string.Join(" ", fragments.Select(f => Slice(attestation.Document.Text, f.Start, f.End))));
                Assert.Equal((fragments[0].Start, fragments[^1].End), (quote.Start, quote.End));
                Assert.InRange(quote.Start, attestation.Start, attestation.End);
                Assert.InRange(quote.End, attestation.Start, attestation.End);
                quotes++;
            }

            Assert.Equal(attestation.Quotes.All(q => q.Direct), attestation.Direct);
        }

        Assert.Contains(attestations, a => a.Direct);
        Assert.Contains(attestations, a => !a.Direct);

        Assert.Equal(
            Afghanistan2021.Documents.All.Sum(d => Ann.Read(d.Id).Spans.Values.Count(s => s.Type == "Quote")),
            attestations.SelectMany(a => a.Quotes.Select(q => (a.Document.Id, q.Start, q.End))).Distinct().Count());
        Assert.True(quotes > 50, $"the bundled statements quote their speakers; found {quotes} quotes");
    }

    [Fact]
    public void Every_via_of_an_attestation_is_a_via_argument_of_its_document_and_records_collect_them()
    {
        var records = Afghanistan2021.Statements.All.Select(s => (s.Attestations, s.Via))
            .Concat(Afghanistan2021.BorderEvents.All.Select(e => (e.Attestations, e.Via))).ToList();
        var expected = Afghanistan2021.Documents.All.SelectMany(d => Ann.Read(d.Id).Vias.Select(v => $"{d.Id} {v}")).Distinct().Order(StringComparer.Ordinal);
        var actual = records.SelectMany(r => r.Attestations).Where(a => a.Via is not null).Select(a => $"{a.Document.Id} {a.Via!.Id}").Distinct().Order(StringComparer.Ordinal);

        Assert.Equal(expected, actual);
        Assert.All(records, r => Assert.Equal(
            r.Attestations.Where(a => a.Via is not null).Select(a => a.Via!.Id).Distinct().Order(StringComparer.Ordinal),
            r.Via.Select(a => a.Id).Order(StringComparer.Ordinal)));
    }

    [Fact]
    public void Every_actor_is_its_catalog_row()
    {
        var rows = Catalog("actors.tsv");

        Assert.Equal(rows.Select(r => r["id"]).Order(StringComparer.Ordinal), Afghanistan2021.Actors.All.Select(a => a.Id));
        foreach (var row in rows)
        {
            Assert.True(Afghanistan2021.Actors.TryGet(row["id"], out var actor), row["id"]);
            Assert.Equal(row["name"], actor.Name);
            Assert.Equal(row["kind"], actor.Kind.ToString());
            Assert.Equal(NullIfEmpty(row["country"]), actor.Country);
            Assert.Equal(NullIfEmpty(row["role"]), actor.Role);
            Assert.Equal(NullIfEmpty(row["memberOf"]), actor.MemberOf?.Id);
            Assert.Equal(row["aliases"].Split('|', StringSplitOptions.RemoveEmptyEntries), actor.Aliases);
            if (actor.MemberOf is { } parent)
            {
                Assert.True(Afghanistan2021.Actors.TryGet(parent.Id, out var sameParent));
                Assert.Same(sameParent, parent);
            }
        }
    }

    [Fact]
    public void Every_name_and_alias_finds_its_actor_in_any_case_and_a_canonical_name_wins_over_an_alias()
    {
        var actors = Afghanistan2021.Actors.All;
        foreach (var key in actors.SelectMany(a => a.Aliases.Prepend(a.Name)).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var claimants = actors.Where(a => a.Aliases.Prepend(a.Name).Contains(key, StringComparer.OrdinalIgnoreCase)).ToList();
            var byName = claimants.Where(a => string.Equals(a.Name, key, StringComparison.OrdinalIgnoreCase)).ToList();
            var winner = (byName.Count > 0 ? byName : claimants).MinBy(a => a.Id, StringComparer.Ordinal);

            foreach (var spelling in new[] { key, key.ToUpperInvariant(), key.ToLowerInvariant() })
            {
                Assert.True(Afghanistan2021.Actors.TryFind(spelling, out var found), spelling);
                Assert.Same(winner, found);
            }
        }
    }

    [Fact]
    public void Near_misses_of_names_and_ids_find_nothing()
    {
        var actors = Afghanistan2021.Actors.All;
        var names = actors.SelectMany(a => a.Aliases.Prepend(a.Name)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var ids = actors.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var actor in actors)
        {
            foreach (var miss in new[] { actor.Name + "x", actor.Name[..^1], " " + actor.Name, actor.Name + "\u00E9" })
            {
                if (!names.Contains(miss))
                {
                    Assert.False(Afghanistan2021.Actors.TryFind(miss, out var found), $"'{miss}' found {found?.Id}");
                }
            }

            foreach (var miss in new[] { actor.Id + "-", actor.Id[..^1], actor.Id.ToUpperInvariant() })
            {
                if (!ids.Contains(miss))
                {
                    Assert.False(Afghanistan2021.Actors.TryGet(miss, out var found), $"'{miss}' found {found?.Id}");
                }
            }
        }

        Assert.False(Afghanistan2021.Actors.TryFind(string.Empty, out _));
        Assert.False(Afghanistan2021.Actors.TryGet(string.Empty, out _));
    }

    [Fact]
    public void Every_record_is_decoded_once_and_the_table_bounds_are_enforced()
    {
        var actors = Afghanistan2021.Dataset.Actors;

        Assert.Equal(actors.All.Length, actors.Count);
        for (var i = 0; i < actors.Count; i++)
        {
            Assert.Same(actors.All[i], actors[i]);
        }

        Assert.Equal(actors.All, actors.ToList());
        Assert.Throws<ArgumentOutOfRangeException>(() => actors[-1]);
        Assert.Throws<ArgumentOutOfRangeException>(() => actors[actors.Count]);
        Assert.Throws<ArgumentOutOfRangeException>(() => Afghanistan2021.Dataset.Mentions[Afghanistan2021.Dataset.Mentions.Count]);
    }

    [Fact]
    public void Every_record_date_is_a_date_written_in_the_corpus()
    {
        var dates = Afghanistan2021.Documents.All.SelectMany(d => Ann.Read(d.Id).Dates).Select(PartialDate.Parse).ToHashSet();
        var dated = Afghanistan2021.Statements.All.Select(s => s.Date).Concat(Afghanistan2021.BorderEvents.All.Select(e => e.Date)).OfType<PartialDate>().ToList();

        Assert.True(dated.Count > 30, $"most bundled records are dated; found {dated.Count}");
        Assert.All(dated, date => Assert.Contains(date, dates));
    }

    private static string Describe(string document, IReadOnlyList<(int Start, int End)> fragments, string text, string actor)
        => $"{document} {string.Join(";", fragments.Select(f => $"{f.Start} {f.End}"))} {actor} {text}";

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    private static string Slice(string text, int start, int end)
    {
        var runes = text.EnumerateRunes().ToList();
        return string.Concat(runes.Skip(start).Take(end - start).Select(r => r.ToString()));
    }

    private static List<Dictionary<string, string>> Catalog(string file)
    {
        var lines = File.ReadAllLines(Path.Combine(CorpusFolder, file)).Where(l => l.Length > 0).ToList();
        var header = lines[0].Split('\t');
        return lines.Skip(1).Select(l =>
        {
            var fields = l.Split('\t');
            return header.Select((h, i) => (h, Value: i < fields.Length ? fields[i] : string.Empty)).ToDictionary(p => p.h, p => p.Value);
        }).ToList();
    }

    private sealed record Span(string Id, string Type, List<(int Start, int End)> Fragments, string Text);

    /// <summary>The spans, actor references and dates of one bundled <c>.ann</c> file.</summary>
    private sealed record Ann(Dictionary<string, Span> Spans, Dictionary<string, string> ActorOf, List<string> Dates, HashSet<string> Direct, List<string> Vias)
    {
        public static Ann Read(string document)
        {
            var spans = new Dictionary<string, Span>();
            var actors = new Dictionary<string, string>();
            var dates = new List<string>();
            var direct = new HashSet<string>();
            var vias = new List<string>();
            foreach (var line in File.ReadAllLines(Path.Combine(CorpusFolder, document + ".ann")))
            {
                var fields = line.Split('\t');
                var data = fields.Length > 1 ? fields[1].Split(' ') : [];
                if (line.StartsWith('T'))
                {
                    var offsets = fields[1][(fields[1].IndexOf(' ') + 1)..].Split(';')
                        .Select(p => p.Split(' ')).Select(p => (int.Parse(p[0], CultureInfo.InvariantCulture), int.Parse(p[1], CultureInfo.InvariantCulture))).ToList();
                    spans[fields[0]] = new Span(fields[0], data[0], offsets, fields[2]);
                }
                else if (line.StartsWith('N') && data[2].StartsWith("actor:", StringComparison.Ordinal))
                {
                    actors[data[1]] = data[2]["actor:".Length..];
                }
                else if (line.StartsWith('N') && data[2].StartsWith("date:", StringComparison.Ordinal))
                {
                    dates.Add(data[2]["date:".Length..]);
                }
                else if (line.StartsWith('A') && data[0] == "Direct")
                {
                    direct.Add(data[1]);
                }
                else if (line.StartsWith('E'))
                {
                    vias.AddRange(data.Where(a => a.StartsWith("Via:", StringComparison.Ordinal)).Select(a => a["Via:".Length..]));
                }
            }

            return new Ann(spans, actors, dates, direct, vias.Select(v => actors[v]).ToList());
        }
    }
}
