using DomainKit.Compiled;
using DomainKit.Generators.Common;
using DomainKit.Generators.Corpus.Values;

namespace DomainKit.Generators.Corpus.Linking
{
    /// <summary>
    /// A border event, merged over every document that attests it; before the merge, one document's occurrence of it
    /// (<see cref="RecordOccurrence{TRecord}"/>, one attestation), of the same type so that a field is declared once.
    /// </summary>
    internal sealed record BorderEventModel
    {
        public required string Id { get; init; }

        /// <summary>A <c>BorderEventKind</c> member name; null only in an occurrence without one (merged: Unspecified).</summary>
        public required string? Kind { get; init; }

        public required BorderValue? Border { get; init; }

        public required EquatableArray<int> Actors { get; init; }

        public required DateValue? Date { get; init; }

        public required QuantityValue? Quantity { get; init; }

        public required EquatableArray<string> Locations { get; init; }

        public required string? Destination { get; init; }

        public required string? Source { get; init; }

        public required EquatableArray<int> Via { get; init; }

        public required string? Plover { get; init; }

        public required string? Cameo { get; init; }

        public required EquatableArray<AttestationModel> Attestations { get; init; }

        /// <summary>
        /// The normalization databases whose values a border event's fields take as they are (its id, its CAMEO code), beside those of the
        /// values the reader parses (actors, dates, counts, borders): DomainKit's own (<see cref="NormalizationDatabases.All"/>),
        /// so a second one on an annotation, or one named in another case, is reported. A field read from a new database
        /// lists it here.
        /// </summary>
        public static readonly string[] Databases = { NormalizationDatabases.Event, NormalizationDatabases.Cameo };

        /// <summary>The border event <paramref name="e"/> annotates, as its document's occurrence of it (one attestation).</summary>
        public static BorderEventModel Read(IAnnotatedEvent e) => new()
        {
            Id = e.CanonicalId(NormalizationDatabases.Event),
            Kind = e.Kind(Attributes.BorderEventKind, v => v.BorderEventKinds, RuntimeVocabulary.BorderEventKindType),
            Border = e.Border(Roles.Border),
            Actors = e.Actors(Roles.Agent),
            Date = e.Date(Roles.Time),
            Quantity = e.Quantity(Roles.Count),
            Locations = e.Places(Roles.Location),
            Destination = e.Place(Roles.Destination),
            Source = e.Place(Roles.Source),
            Via = e.Via(Roles.Via),
            Plover = e.Member(Attributes.Plover, v => v.PloverTypes, RuntimeVocabulary.PloverType),
            Cameo = e.Normalization(NormalizationDatabases.Cameo),
            Attestations = e.Attestation(evidenceRole: null, EquatableArray<QuoteModel>.Empty, Roles.Via),
        };

        /// <summary>The border event merged from its occurrences: each field's rule, a pick or a union (see <see cref="StatementModel.Merge"/>).</summary>
        public static BorderEventModel Merge(FieldMerge<BorderEventModel> field) => new()
        {
            Id = field.Id,
            Kind = field.Pick("kind", e => e.Kind) ?? CorpusLinker.Unspecified,
            Border = field.Pick("border", e => e.Border, border => border.ToString()),
            Actors = field.Union(e => e.Actors),
            Date = field.Pick("date", e => e.Date, date => date.ToIsoString()),
            Quantity = field.Pick("count", e => e.Quantity, q => $"{q.Bound} {q.Number} {q.Unit}".TrimEnd()),
            Locations = field.Union(e => e.Locations),
            Destination = field.Pick("destination", e => e.Destination),
            Source = field.Pick("source", e => e.Source),
            Via = field.Union(e => e.Via),
            Plover = field.Pick("Plover type", e => e.Plover),
            Cameo = field.Pick("CAMEO code", e => e.Cameo),
            Attestations = field.Attestations(e => e.Attestations),
        };

        /// <summary>Fills the event's row (<see cref="BorderEventRow"/>), pooling as <see cref="StatementModel.WriteRow"/> does.</summary>
        public void WriteRow(IRecordRow row) => row
            .String(BorderEventRow.Id, Id)
            .Member(BorderEventRow.Kind, v => v.BorderEventKinds, Kind)
            .Border(BorderEventRow.Border, Border)
            .References(BorderEventRow.Actors, Actors)
            .String(BorderEventRow.QuantityNumber, Quantity?.Number)
            .Member(BorderEventRow.QuantityBound, v => v.QuantityBounds, Quantity?.Bound)
            .String(BorderEventRow.QuantityUnit, Quantity?.Unit)
            .Strings(BorderEventRow.Locations, Locations)
            .String(BorderEventRow.Destination, Destination)
            .String(BorderEventRow.Source, Source)
            .References(BorderEventRow.Via, Via)
            .Member(BorderEventRow.Plover, v => v.PloverTypes, Plover)
            .String(BorderEventRow.Cameo, Cameo)
            .Attestations(BorderEventRow.Attestations, Attestations)
            .Date(BorderEventRow.Date, Date);
    }
}
