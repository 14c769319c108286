using System.Globalization;
using DomainKit.Generators.Common;
using DomainKit.Generators.Corpus.Linking;
using DomainKit.Generators.Corpus.Standoff;
using DomainKit.Generators.Corpus.Values;

namespace DomainKit.Generators.Tests;

/// <summary>
/// Every record of a corpus as one line per record, every field written out (references by id, dates, spans with their
/// text and fragments, attestations with their quotes; a passage without its fragments, which the runtime does not read): from the linked model, and from a dataset read back from the
/// compiled tables, so that a field the table writer drops, swaps or mis-encodes shows as a differing line.
/// </summary>
internal static class CompiledRecordLines
{
    public static List<string> Of(LinkedCorpus corpus)
    {
        string Actor(int index) => index < 0 ? "-" : corpus.Actors[index].Id;
        string Actors(IEnumerable<int> indexes) => "[" + string.Join(",", indexes.Select(Actor)) + "]";
        string Line<T>(int document, int index, Func<StandoffLayerModel, EquatableArray<T>> lines, Func<T, string> id)
            where T : IEquatable<T>
            => index < 0 ? "" : id(lines(corpus.Standoff.Single(l => l.Document == document))[index]);
        string Attestations(EquatableArray<AttestationModel> attestations) => "[" + string.Join(" ", attestations.Select(a =>
            $"{corpus.Documents[a.Document].Id}:{Span(a.Passage.Start, a.Passage.End, a.Passage.Text, [])} direct={a.Direct} via={Actor(a.Via)} event={Line(a.Document, a.Event, l => l.Events, e => e.Id)} quotes=" +
            "[" + string.Join(" ", a.Quotes.Select(q => $"{Span(q.Span)} direct={q.Direct}")) + "]")) + "]";

        return
        [
            .. corpus.Documents.Select(d => $"document {d.Id} title={d.Title} outlet={Actor(d.Outlet)} published={Date(d.Published)} text={d.Text}"),
            .. corpus.Actors.Select(a => $"actor {a.Id} name={a.Name} kind={a.Kind} country={a.Country ?? "-"} memberOf={Actor(a.MemberOf)} role={a.Role ?? "-"} aliases=[{string.Join("|", a.Aliases)}]"),
            .. corpus.Mentions.Select(m => $"mention {corpus.Documents[m.Document].Id}:{Span(m.Span)} actor={Actor(m.Actor)} annotation={Line(m.Document, m.TextBound, l => l.TextBounds, t => t.Id)}"),
            .. corpus.Statements.Select(s => $"statement {s.Id} speaker={Actor(s.Speaker)} addressees={Actors(s.Addressees)} kind={s.Kind ?? "Unspecified"} date={Date(s.Date)} via={Actors(s.Via)} plover={s.Plover ?? "-"} cameo={s.Cameo ?? "-"} attestations={Attestations(s.Attestations)}"),
            .. corpus.BorderEvents.Select(e => $"event {e.Id} kind={e.Kind ?? "Unspecified"} border={e.Border?.ToString() ?? "-"} actors={Actors(e.Actors)} date={Date(e.Date)} quantity={Quantity(e.Quantity)} locations=[{string.Join("|", e.Locations)}] destination={e.Destination ?? "-"} source={e.Source ?? "-"} via={Actors(e.Via)} plover={e.Plover ?? "-"} cameo={e.Cameo ?? "-"} attestations={Attestations(e.Attestations)}"),
            .. corpus.Relations.Select(r => $"relation {r.From} {r.Kind} {r.To}"),
        ];
    }

    public static List<string> Of(Dataset dataset)
    {
        static string Actor(Actor? actor) => actor?.Id ?? "-";
        static string Actors(IEnumerable<Actor> actors) => "[" + string.Join(",", actors.Select(Actor)) + "]";
        static string Attestations(IEnumerable<Attestation> attestations) => "[" + string.Join(" ", attestations.Select(a =>
            $"{a.Document.Id}:{Span(a.Start, a.End, a.Text, [])} direct={a.Direct} via={Actor(a.Via)} event={a.Annotation?.Id} quotes=" +
            "[" + string.Join(" ", a.Quotes.Select(q => $"{Span(q.Start, q.End, q.Text, q.Fragments)} direct={q.Direct}")) + "]")) + "]";

        return
        [
            .. dataset.Documents.All.Select(d => $"document {d.Id} title={d.Title} outlet={Actor(d.Outlet)} published={Date(d.Published)} text={d.Text}"),
            .. dataset.Actors.All.Select(a => $"actor {a.Id} name={a.Name} kind={a.Kind} country={a.Country ?? "-"} memberOf={Actor(a.MemberOf)} role={a.Role ?? "-"} aliases=[{string.Join("|", a.Aliases)}]"),
            .. dataset.Mentions.All.Select(m => $"mention {m.Document.Id}:{Span(m.Start, m.End, m.Text, m.Fragments)} actor={Actor(m.Actor)} annotation={m.Annotation?.Id}"),
            .. dataset.Statements.All.Select(s => $"statement {s.Id} speaker={Actor(s.Speaker)} addressees={Actors(s.Addressees)} kind={s.Kind} date={Date(s.Date)} via={Actors(s.Via)} plover={s.Plover?.ToString() ?? "-"} cameo={s.Cameo ?? "-"} attestations={Attestations(s.Attestations)}"),
            .. dataset.BorderEvents.All.Select(e => $"event {e.Id} kind={e.Kind} border={e.Border?.ToString() ?? "-"} actors={Actors(e.Actors)} date={Date(e.Date)} quantity={Quantity(e.Quantity)} locations=[{string.Join("|", e.Locations)}] destination={e.Destination ?? "-"} source={e.Source ?? "-"} via={Actors(e.Via)} plover={e.Plover?.ToString() ?? "-"} cameo={e.Cameo ?? "-"} attestations={Attestations(e.Attestations)}"),
            .. dataset.Relations.Select(r => $"relation {r.From} {r.Kind} {r.To}"),
        ];
    }

    private static string Span(SpanModel span) => Span(span.Start, span.End, span.Text, span.Fragments.Select(f => new CodePointRange(f.Start, f.End)));

    private static string Span(int start, int end, string text, IEnumerable<CodePointRange> fragments)
        => $"{start}-{end}[{string.Join(";", fragments.Select(f => $"{f.Start}-{f.End}"))}]'{text}'";

    private static string Date(DateValue? date) => date is { } d ? $"{d.Start}..{d.End} {d.Precision}" : "-";

    private static string Date(PartialDate? date)
        => date is { } d ? $"{d.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}..{d.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} {d.Precision}" : "-";

    private static string Quantity(QuantityValue? quantity) => quantity is { } q ? $"{decimal.Parse(q.Number, CultureInfo.InvariantCulture)} {q.Bound} {q.Unit ?? "-"}" : "-";

    private static string Quantity(Quantity? quantity) => quantity is { } q ? $"{q.Value} {q.Bound} {q.Unit ?? "-"}" : "-";
}
