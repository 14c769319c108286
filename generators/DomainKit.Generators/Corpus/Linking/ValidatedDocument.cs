using System.Collections.Generic;
using DomainKit.Generators.Corpus.Standoff;

namespace DomainKit.Generators.Corpus.Linking
{
    /// <summary>
    /// One <c>.ann</c> file after <see cref="DocumentValidator"/>: what passed the checks of brat and the schema, and
    /// the lookups record building reads (a text-bound's checked text, an id's normalizations and attributes), all
    /// read-only.
    /// </summary>
    internal sealed class ValidatedDocument
    {
        /// <summary>The file, its document's id and index.</summary>
        public required DocumentLinkInput Input { get; init; }

        public StandoffDocument Annotations => Input.Annotations;

        public required CodePointText Text { get; init; }

        /// <summary>Each id's text-bound (its first definition).</summary>
        public required IReadOnlyDictionary<string, TextBoundAnnotation> TextBounds { get; init; }

        /// <summary>Each id's event (its first definition), checked or not.</summary>
        public required IReadOnlyDictionary<string, EventAnnotation> Events { get; init; }

        /// <summary>The checked text of every text-bound whose offsets and text passed brat's checks.</summary>
        public required IReadOnlyDictionary<string, string> SpanTexts { get; init; }

        /// <summary>The accepted <c>A</c> line per target and attribute name.</summary>
        public required IReadOnlyDictionary<(string Target, string Name), AttributeAnnotation> Attributes { get; init; }

        /// <summary>The value of the accepted <c>N</c> line per target and database.</summary>
        public required IReadOnlyDictionary<(string Target, string Database), string> Normalizations { get; init; }

        /// <summary>The events that passed every check, in file order, each its id's first definition.</summary>
        public required IReadOnlyList<EventAnnotation> CheckedEvents { get; init; }

        public required IReadOnlyList<NormalizationAnnotation> AcceptedNormalizations { get; init; }

        public required IReadOnlyList<RelationAnnotation> AcceptedRelations { get; init; }

        public required IReadOnlyList<NoteAnnotation> AcceptedNotes { get; init; }

        public required IReadOnlyList<EquivalenceAnnotation> AcceptedEquivalences { get; init; }

        /// <summary>
        /// Every (target, name) an <c>A</c> line gives, valid or not: a set, since it is looked up per annotation and
        /// linking stays linear in the file's size.
        /// </summary>
        public required HashSet<(string Target, string Name)> WrittenAttributes { get; init; }

        /// <summary>Every (target, database) an <c>N</c> line gives, valid or not.</summary>
        public required HashSet<(string Target, string Database)> WrittenNormalizations { get; init; }

        /// <summary>Whether <paramref name="id"/> is a text-bound whose offsets and text passed brat's checks.</summary>
        public bool IsValidSpan(string id) => SpanTexts.ContainsKey(id);

        /// <summary>The value an accepted <c>N</c> line gives <paramref name="id"/> in <paramref name="database"/>, or null.</summary>
        public string? NormalizationOf(string id, string database) => Normalizations.TryGetValue((id, database), out var value) ? value : null;

        /// <summary>The accepted <c>A</c> line that gives <paramref name="id"/> the attribute <paramref name="name"/>, or null.</summary>
        public AttributeAnnotation? Attribute(string id, string name) => Attributes.TryGetValue((id, name), out var attribute) ? attribute : null;

        /// <summary>Whether any <c>N</c> line, valid or not, gives <paramref name="id"/> a value in <paramref name="database"/>.</summary>
        public bool HasWrittenNormalization(string id, string database)
            => WrittenNormalizations.Contains((id, database));

        /// <summary>Whether any <c>A</c> line, valid or not, gives <paramref name="id"/> the attribute <paramref name="name"/>.</summary>
        public bool HasWrittenAttribute(string id, string name)
            => WrittenAttributes.Contains((id, name));
    }
}
