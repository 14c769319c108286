using System.Collections.Immutable;

namespace DomainKit.Standoff;

/// <summary>A <c>T</c> line: a typed span of the document text, possibly discontinuous.</summary>
public sealed record TextBoundAnnotation : Annotation
{
    /// <inheritdoc/>
    public override AnnotationKind Kind => AnnotationKind.TextBound;

    /// <summary>The first code point of the span (of its first fragment).</summary>
    public required int Start { get; init; }

    /// <summary>One past the last code point of the span (of its last fragment).</summary>
    public required int End { get; init; }

    /// <summary>The span's text (for a discontinuous span, its fragments joined by one space, as brat writes it).</summary>
    public required string Text { get; init; }

    /// <summary>The fragments of a discontinuous span, in file order; empty when the span is contiguous.</summary>
    public ImmutableArray<CodePointRange> Fragments { get; init; } = [];

    /// <summary>Whether the span covers code point <paramref name="offset"/> (a discontinuous span: one of its fragments does).</summary>
    /// <param name="offset">A code point offset into the document text.</param>
    public bool Covers(int offset)
    {
        if (Fragments.IsEmpty)
        {
            return Start <= offset && offset < End;
        }

        foreach (var fragment in Fragments)
        {
            if (fragment.Start <= offset && offset < fragment.End)
            {
                return true;
            }
        }

        return false;
    }
}
