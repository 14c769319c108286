using System;
using System.Collections.Generic;
using System.Linq;
using DomainKit.Generators.Common;

namespace DomainKit.Generators.Corpus.Linking
{
    /// <summary>The kinds of annotation a standoff layer line can point at.</summary>
    internal enum AnnotationKind
    {
        TextBound,
        Event,
        Relation,
    }

    /// <summary>
    /// What an annotation of a standoff layer points at: a text-bound, an event or (for an attribute or a note, as
    /// brat allows) a relation of the same layer, by index.
    /// </summary>
    internal readonly record struct AnnotationRef(AnnotationKind Kind, int Index);

    /// <summary>A checked <c>T</c> line: its id, its type and its span (offsets and text agree with the document).</summary>
    internal sealed record TextBoundModel(string Id, string Type, SpanModel Span);

    /// <summary>One role argument of an event in the standoff layer.</summary>
    internal sealed record EventArgumentModel(string Role, AnnotationRef Target);

    /// <summary>A checked <c>E</c> line (ids as the .ann file gives them, here and below); <see cref="Trigger"/> indexes the layer's text-bounds.</summary>
    internal sealed record EventModel(string Id, string Type, int Trigger, EquatableArray<EventArgumentModel> Arguments);

    /// <summary>A checked <c>A</c> line; <see cref="Value"/> is null for a binary attribute.</summary>
    internal sealed record AttributeModel(string Id, string Name, AnnotationRef Target, string? Value);

    /// <summary>A checked <c>N</c> line.</summary>
    internal sealed record NormalizationModel(string Id, string Type, AnnotationRef Target, string Database, string Value, string Label);

    /// <summary>A checked <c>R</c> line (between any two annotations the schema allows, not only events), with its two role names.</summary>
    internal sealed record AnnotationRelationModel(string Id, string Type, string Role1, AnnotationRef Arg1, string Role2, AnnotationRef Arg2);

    /// <summary>A <c>#</c> line: an annotator's note.</summary>
    internal sealed record NoteModel(string Id, string Type, AnnotationRef Target, string Text);

    /// <summary>A <c>*</c> line: annotations declared equivalent.</summary>
    internal sealed record EquivalenceModel(string Type, EquatableArray<AnnotationRef> Members);

    /// <summary>
    /// Every annotation of one document that passed all checks, with references resolved to indices, in file order.
    /// The typed records are derived from part of it; the layer keeps the rest (notes, places, unused spans) so that
    /// nothing a curator wrote is lost: each line of an .ann file is here or has a diagnostic (on it or on a line it
    /// depends on), and the layer can be written back as brat standoff.
    /// </summary>
    internal sealed record StandoffLayerModel(
        int Document,
        EquatableArray<TextBoundModel> TextBounds,
        EquatableArray<EventModel> Events,
        EquatableArray<AttributeModel> Attributes,
        EquatableArray<NormalizationModel> Normalizations,
        EquatableArray<AnnotationRelationModel> Relations,
        EquatableArray<NoteModel> Notes,
        EquatableArray<EquivalenceModel> Equivalences)
    {
        /// <summary>
        /// The type names the layer's annotations use but the notes', derived from the lines above (so equal layers
        /// have equal names) once per linked document, which the generator caches: the merge and the table writer
        /// join one short list per document instead of hashing every annotation's type again.
        /// </summary>
        public LayerTypeNames TypeNames { get; } = LayerTypeNames.Of(TextBounds, Events, Attributes, Normalizations, Relations, Equivalences);
    }

    /// <summary>The distinct type names of one standoff layer, per kind, each in first-use order.</summary>
    internal sealed record LayerTypeNames(
        EquatableArray<string> Annotations,
        EquatableArray<string> Relations,
        EquatableArray<string> Attributes,
        EquatableArray<string> Others)
    {
        /// <summary>The names of text-bound and event types (one namespace in brat), relations, attributes, and normalizations' and equivalences' types.</summary>
        public static LayerTypeNames Of(
            EquatableArray<TextBoundModel> textBounds,
            EquatableArray<EventModel> events,
            EquatableArray<AttributeModel> attributes,
            EquatableArray<NormalizationModel> normalizations,
            EquatableArray<AnnotationRelationModel> relations,
            EquatableArray<EquivalenceModel> equivalences)
            => new(
                Distinct(textBounds.Select(t => t.Type).Concat(events.Select(e => e.Type))),
                Distinct(relations.Select(r => r.Type)),
                Distinct(attributes.Select(a => a.Name)),
                Distinct(normalizations.Select(n => n.Type).Concat(equivalences.Select(q => q.Type))));

        /// <summary>Every name of the four lists.</summary>
        public IEnumerable<string> All => Annotations.Concat(Relations).Concat(Attributes).Concat(Others);

        /// <summary>
        /// Whether two runs of layers use the same names, layer by layer: then whatever is joined from them is the same. A
        /// data edit makes one document's layer again, most often with the names it had.
        /// </summary>
        public static bool Same(IReadOnlyList<LayerTypeNames> names, IReadOnlyList<LayerTypeNames> other)
        {
            if (names.Count != other.Count)
            {
                return false;
            }

            for (var i = 0; i < names.Count; i++)
            {
                if (!ReferenceEquals(names[i], other[i]) && !names[i].Equals(other[i]))
                {
                    return false;
                }
            }

            return true;
        }

        private static EquatableArray<string> Distinct(IEnumerable<string> names) => names.Distinct(StringComparer.Ordinal).ToEquatableArray();
    }
}
