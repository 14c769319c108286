using DomainKit.Compiled;
using DomainKit.Generators.Common;
using DomainKit.Generators.Corpus.Standoff;
using DomainKit.Generators.Corpus.Values;
using DomainKit.Generators.Diagnostics;

namespace DomainKit.Generators.Corpus.Linking
{
    /// <summary>A canonical actor. <see cref="MemberOf"/> is an index into the actor list, or -1.
    /// <see cref="OtherColumns"/> keeps the row's columns DomainKit does not read.</summary>
    internal sealed record ActorModel
    {
        public required string Id { get; init; }

        public required string Name { get; init; }

        public required string Kind { get; init; }

        public required string? Country { get; init; }

        public required int MemberOf { get; init; }

        public required string? Role { get; init; }

        public required EquatableArray<string> Aliases { get; init; }

        public required string MemberName { get; init; }

        public required EquatableArray<CatalogColumn> OtherColumns { get; init; }
    }

    /// <summary>
    /// A document; <see cref="Outlet"/> is an actor index or -1. <see cref="InCatalog"/> says whether documents.tsv has a
    /// row for it, whose uninterpreted columns are <see cref="OtherColumns"/>.
    /// </summary>
    internal sealed record DocumentModel
    {
        public required string Id { get; init; }

        public required string Title { get; init; }

        public required int Outlet { get; init; }

        public required DateValue? Published { get; init; }

        public required string Text { get; init; }

        public required bool InCatalog { get; init; }

        public required EquatableArray<CatalogColumn> OtherColumns { get; init; }
    }

    /// <summary>
    /// A span of a document in code points with its exact text. A discontinuous span keeps its
    /// <see cref="Fragments"/>; its text is the fragments joined by one space, as brat writes it.
    /// </summary>
    /// <param name="Start">Where the span starts in its document's text, in code points (brat's offsets).</param>
    /// <param name="End">Where it ends (exclusive), in code points.</param>
    /// <param name="Text">Its text.</param>
    /// <param name="Fragments">A discontinuous span's fragments; empty for a span of one run.</param>
    /// <param name="TextStart">
    /// Where <paramref name="Text"/> starts in the document's text, in UTF-16 code units, when it is that text's slice
    /// (a span of one run: the linker takes its text from the document); <see cref="Refs.None"/> when it is not (fragments
    /// joined). Known where the span is made, with its document's text at hand, so that the table writer, which lays out
    /// every document on a data edit, compares no text.
    /// </param>
    internal sealed record SpanModel(int Start, int End, string Text, EquatableArray<Fragment> Fragments, int TextStart);

    /// <summary>
    /// An actor mention: a span of a document that names or refers to an actor, from the <c>T</c> line at <see cref="TextBound"/>
    /// among the text-bounds of its document's standoff layer.
    /// </summary>
    internal sealed record MentionModel(int Document, SpanModel Span, int Actor, int TextBound);

    /// <summary>A quoted or reported content span of a statement.</summary>
    internal sealed record QuoteModel(SpanModel Span, bool Direct);

    /// <summary>One document's evidence for a statement or border event.</summary>
    internal sealed record AttestationModel
    {
        public required int Document { get; init; }

        public required SpanModel Passage { get; init; }

        public required bool Direct { get; init; }

        public required EquatableArray<QuoteModel> Quotes { get; init; }

        public required int Via { get; init; }

        /// <summary>Its <c>E</c> line's index among the events of its document's standoff layer.</summary>
        public required int Event { get; init; }
    }

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
    }

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
    }

    /// <summary>A typed relation between two statement or border event ids.</summary>
    internal sealed record RelationModel(string From, string Kind, string To);

    /// <summary>A row of relations.tsv as given, with the columns DomainKit does not read.</summary>
    internal sealed record CatalogRelationModel(RelationModel Relation, EquatableArray<CatalogColumn> OtherColumns);

    /// <summary>A name or alias and the actor it finds, as the generated lookup table stores it.</summary>
    internal readonly record struct NameKey(string Key, int Actor);

    /// <summary>
    /// The linked corpus: every record in a deterministic order (ordinal by id; mentions by document and
    /// offset), with cross references as indices, ready to emit. <see cref="Relations"/> merges the R lines between
    /// events and the rows of relations.tsv; <see cref="CatalogRelations"/> are the rows alone, in file order.
    /// <see cref="Standoff"/> is every document's checked annotations (by document index), emitted whole;
    /// <see cref="StandoffTypes"/> their type names, declared or used, for the generated constants.
    /// </summary>
    internal sealed record LinkedCorpus
    {
        public required EquatableArray<DocumentModel> Documents { get; init; }

        public required EquatableArray<ActorModel> Actors { get; init; }

        public required EquatableArray<NameKey> NameKeys { get; init; }

        public required EquatableArray<StatementModel> Statements { get; init; }

        public required EquatableArray<BorderEventModel> BorderEvents { get; init; }

        public required EquatableArray<MentionModel> Mentions { get; init; }

        public required EquatableArray<RelationModel> Relations { get; init; }

        public required EquatableArray<CatalogRelationModel> CatalogRelations { get; init; }

        public required EquatableArray<StandoffLayerModel> Standoff { get; init; }

        public required StandoffTypeNames StandoffTypes { get; init; }
    }

    /// <summary>A linked corpus, or null when it could not be linked (no files, over a limit), with its diagnostics.</summary>
    internal sealed record LinkResult(LinkedCorpus? Corpus, EquatableArray<CorpusDiagnostic> Diagnostics);
}
