using DomainKit.Generators.Common;
using DomainKit.Generators.Diagnostics;

namespace DomainKit.Generators.Corpus.Standoff
{
    /// <summary>One contiguous piece of a text-bound span, in code points, end exclusive.</summary>
    internal readonly record struct Fragment(int Start, int End);

    /// <summary>
    /// A <c>T</c> line: a typed span (possibly discontinuous, fragments in any order) over the document text.
    /// <see cref="Tail"/> is the rest of the line from the tab after the offsets (empty when there is none): brat
    /// checks the span text against its start, and what follows it must start with whitespace.
    /// </summary>
    internal sealed record TextBoundAnnotation(string Id, string Type, EquatableArray<Fragment> Fragments, string Tail, SourceSpan Span, SourceSpan TextSpan)
    {
        /// <summary>The text field as written: the tail without its tab.</summary>
        public string Text => Tail.Length == 0 ? string.Empty : Tail.Substring(1);
    }

    /// <summary>One <c>Role:Target</c> argument of an event, with the role's repeat number stripped.</summary>
    internal sealed record EventArgument(string Role, string Target, SourceSpan Span);

    /// <summary>An <c>E</c> line: an event with its trigger span and role arguments.</summary>
    internal sealed record EventAnnotation(string Id, string Type, string Trigger, EquatableArray<EventArgument> Arguments, SourceSpan Span);

    /// <summary>An <c>A</c> (or legacy <c>M</c>) line: a binary attribute, or a valued one when <see cref="Value"/> is set.</summary>
    internal sealed record AttributeAnnotation(string Id, string Name, string Target, string? Value, SourceSpan Span);

    /// <summary>An <c>N</c> line: a reference from an annotation to an external id <c>database:value</c>.</summary>
    internal sealed record NormalizationAnnotation(string Id, string Type, string Target, string Database, string Value, string Label, SourceSpan Span, SourceSpan ValueSpan);

    /// <summary>An <c>R</c> line: a typed binary relation between two annotations, under two different role names (usually Arg1, Arg2).</summary>
    internal sealed record RelationAnnotation(string Id, string Type, string Role1, string Arg1, string Role2, string Arg2, SourceSpan Span);

    /// <summary>A <c>#</c> line: a free-text note on an annotation.</summary>
    internal sealed record NoteAnnotation(string Id, string Type, string Target, string Text, SourceSpan Span);

    /// <summary>A <c>*</c> line: annotations declared equivalent (for instance coreferent mentions).</summary>
    internal sealed record EquivalenceAnnotation(string Type, EquatableArray<string> Members, SourceSpan Span);

    /// <summary>Everything one <c>.ann</c> file says, in file order, plus the problems found reading it.</summary>
    internal sealed record StandoffDocument(
        string Path,
        EquatableArray<TextBoundAnnotation> TextBounds,
        EquatableArray<EventAnnotation> Events,
        EquatableArray<AttributeAnnotation> Attributes,
        EquatableArray<NormalizationAnnotation> Normalizations,
        EquatableArray<RelationAnnotation> Relations,
        EquatableArray<NoteAnnotation> Notes,
        EquatableArray<EquivalenceAnnotation> Equivalences,
        EquatableArray<CorpusDiagnostic> Diagnostics);
}
