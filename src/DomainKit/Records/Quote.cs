using System.Collections.Immutable;

namespace DomainKit;

/// <summary>The words of a statement as one document quotes or reports them.</summary>
public sealed record Quote
{
    /// <summary>The first code point of the span.</summary>
    public required int Start { get; init; }

    /// <summary>One past the last code point of the span.</summary>
    public required int End { get; init; }

    /// <summary>The quoted or reported words (for a discontinuous span, its fragments joined by one space).</summary>
    public required string Text { get; init; }

    /// <summary><see langword="true"/> for a verbatim quotation, <see langword="false"/> for reported speech.</summary>
    public required bool Direct { get; init; }

    /// <summary>The fragments of a discontinuous span; empty when the span is contiguous.</summary>
    public ImmutableArray<CodePointRange> Fragments { get; init; } = [];
}
