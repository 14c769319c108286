using DomainKit.Generators.Common;
using DomainKit.Generators.Corpus.Standoff;
using DomainKit.Generators.Corpus.Values;
using DomainKit.Generators.Diagnostics;

namespace DomainKit.Generators.Corpus.Linking
{
    /// <summary>A canonical actor. <see cref="MemberOf"/> is an index into the actor list, or -1.
    /// <see cref="OtherColumns"/> keeps the row's columns DomainKit does not read.</summary>
    internal sealed record ActorModel(string Id, string Name, string Kind, string? Country, int MemberOf, string? Role, EquatableArray<string> Aliases, string MemberName,
        EquatableArray<CatalogColumn> OtherColumns);

    /// <summary>
    /// A document; <see cref="Outlet"/> is an actor index or -1. <see cref="InCatalog"/> says whether documents.tsv has a
    /// row for it, whose uninterpreted columns are <see cref="OtherColumns"/>.
    /// </summary>
    internal sealed record DocumentModel(string Id, string Title, int Outlet, DateValue? Published, string Text, bool InCatalog, EquatableArray<CatalogColumn> OtherColumns);

    /// <summary>
    /// A span of a document in code points with its exact text. A discontinuous span keeps its
    /// <see cref="Fragments"/>; its text is the fragments joined by one space, as brat writes it.
    /// </summary>
    internal sealed record SpanModel(int Start, int End, string Text, EquatableArray<Fragment> Fragments);

    /// <summary>An actor mention: a span of a document that names or refers to an actor, from the <c>T</c> line <see cref="AnnotationId"/>.</summary>
    internal sealed record MentionModel(int Document, SpanModel Span, int Actor, string AnnotationId);

    /// <summary>A quoted or reported content span of a statement.</summary>
    internal sealed record QuoteModel(SpanModel Span, bool Direct);

    /// <summary>One document's evidence for a statement or border event.</summary>
    internal sealed record AttestationModel(int Document, SpanModel Passage, bool Direct, EquatableArray<QuoteModel> Quotes, int Via, string AnnotationId);

    /// <summary>A statement, merged over every document that attests it.</summary>
    internal sealed record StatementModel(
        string Id,
        int Speaker,
        EquatableArray<int> Addressees,
        string Kind,
        DateValue? Date,
        EquatableArray<int> Via,
        string? Plover,
        string? Cameo,
        EquatableArray<AttestationModel> Attestations);

    /// <summary>A border event, merged over every document that attests it.</summary>
    internal sealed record BorderEventModel(
        string Id,
        string Kind,
        BorderValue? Border,
        EquatableArray<int> Actors,
        DateValue? Date,
        QuantityValue? Quantity,
        EquatableArray<string> Locations,
        string? Destination,
        string? Source,
        EquatableArray<int> Via,
        string? Plover,
        string? Cameo,
        EquatableArray<AttestationModel> Attestations);

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
    internal sealed record LinkedCorpus(
        EquatableArray<DocumentModel> Documents,
        EquatableArray<ActorModel> Actors,
        EquatableArray<NameKey> NameKeys,
        EquatableArray<StatementModel> Statements,
        EquatableArray<BorderEventModel> BorderEvents,
        EquatableArray<MentionModel> Mentions,
        EquatableArray<RelationModel> Relations,
        EquatableArray<CatalogRelationModel> CatalogRelations,
        EquatableArray<StandoffLayerModel> Standoff,
        StandoffTypeNames StandoffTypes);

    /// <summary>A linked corpus, or null when it could not be linked (no files, over a limit), with its diagnostics.</summary>
    internal sealed record LinkResult(LinkedCorpus? Corpus, EquatableArray<CorpusDiagnostic> Diagnostics);
}
