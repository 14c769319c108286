using DomainKit.Compiled;
using DomainKit.Generators.Common;
using DomainKit.Generators.Corpus.Values;

namespace DomainKit.Generators.Corpus.Linking
{
    /// <summary>
    /// A statement, merged over every document that attests it; before the merge, one document's occurrence of it
    /// (<see cref="RecordOccurrence{TRecord}"/>, one attestation), of the same type so that a field is declared once.
    /// </summary>
    internal sealed record StatementModel
    {
        public required string Id { get; init; }

        public required int Speaker { get; init; }

        public required EquatableArray<int> Addressees { get; init; }

        /// <summary>A <c>StatementKind</c> member name; null only in an occurrence without one (merged: Unspecified).</summary>
        public required string? Kind { get; init; }

        public required DateValue? Date { get; init; }

        public required EquatableArray<int> Via { get; init; }

        public required string? Plover { get; init; }

        public required string? Cameo { get; init; }

        public required EquatableArray<AttestationModel> Attestations { get; init; }

        /// <summary>
        /// The normalization databases whose values a statement's fields take as they are (its id, its CAMEO code), beside those of the
        /// values the reader parses (actors, dates, counts, borders): DomainKit's own (<see cref="NormalizationDatabases.All"/>),
        /// so a second one on an annotation, or one named in another case, is reported. A field read from a new database
        /// lists it here.
        /// </summary>
        public static readonly string[] Databases = { NormalizationDatabases.Statement, NormalizationDatabases.Cameo };

        /// <summary>
        /// The statement <paramref name="e"/> annotates, as its document's occurrence of it (one attestation); the linker
        /// has checked that it has a speaker and a quote.
        /// </summary>
        public static StatementModel Read(IAnnotatedEvent e) => new()
        {
            Id = e.CanonicalId(NormalizationDatabases.Statement),
            Speaker = e.Actor(Roles.Speaker),
            Addressees = e.Actors(Roles.Addressee),
            Kind = e.Kind(Attributes.StatementKind, v => v.StatementKinds, RuntimeVocabulary.StatementKindType),
            Date = e.Date(Roles.Time),
            Via = e.Via(Roles.Via),
            Plover = e.Member(Attributes.Plover, v => v.PloverTypes, RuntimeVocabulary.PloverType),
            Cameo = e.Normalization(NormalizationDatabases.Cameo),
            Attestations = e.Attestation(Roles.Content, e.Quotes(Roles.Content), Roles.Via),
        };

        /// <summary>
        /// The statement merged from its occurrences: each field's rule, a pick (first value wins, a different later one
        /// is reported) or a union of lists; <paramref name="actors"/> names a speaker in a conflict.
        /// </summary>
        public static StatementModel Merge(FieldMerge<StatementModel> field, EquatableArray<ActorModel> actors) => new()
        {
            Id = field.Id,
            Speaker = field.Pick<int>("speaker", s => s.Speaker, speaker => actors[speaker].Id)!.Value,
            Addressees = field.Union(s => s.Addressees),
            Kind = field.Pick("kind", s => s.Kind) ?? CorpusLinker.Unspecified,
            Date = field.Pick("date", s => s.Date, date => date.ToIsoString()),
            Via = field.Union(s => s.Via),
            Plover = field.Pick("Plover type", s => s.Plover),
            Cameo = field.Pick("CAMEO code", s => s.Cameo),
            Attestations = field.Attestations(s => s.Attestations),
        };

        /// <summary>
        /// Fills the statement's row (<see cref="StatementRow"/>); the strings and lists are pooled in this order, which
        /// numbers them.
        /// </summary>
        public void WriteRow(IRecordRow row) => row
            .String(StatementRow.Id, Id)
            .Reference(StatementRow.Speaker, Speaker)
            .References(StatementRow.Addressees, Addressees)
            .Member(StatementRow.Kind, v => v.StatementKinds, Kind)
            .References(StatementRow.Via, Via)
            .Member(StatementRow.Plover, v => v.PloverTypes, Plover)
            .String(StatementRow.Cameo, Cameo)
            .Attestations(StatementRow.Attestations, Attestations)
            .Date(StatementRow.Date, Date);
    }
}
