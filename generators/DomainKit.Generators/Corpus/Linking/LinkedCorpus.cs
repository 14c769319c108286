using DomainKit.Compiled;
using DomainKit.Generators.Common;
using DomainKit.Generators.Corpus.Standoff;

namespace DomainKit.Generators.Corpus.Linking
{
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

    /// <summary>A typed relation between two statement or border event ids.</summary>
    internal sealed record RelationModel(string From, string Kind, string To);

    /// <summary>A name or alias and the actor it finds, as the generated lookup table stores it.</summary>
    internal readonly record struct NameKey(string Key, int Actor);

    /// <summary>
    /// The linked corpus: every record in a deterministic order (ordinal by id; mentions by document and
    /// offset), with cross references as indices, ready to emit. <see cref="Relations"/> merges the R lines between
    /// events and the rows of relations.tsv (the rows alone, as an export writes them back: <see cref="Export.CatalogExtras"/>).
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

        public required EquatableArray<StandoffLayerModel> Standoff { get; init; }

        public required StandoffTypeNames StandoffTypes { get; init; }
    }
}
