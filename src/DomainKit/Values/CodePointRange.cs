namespace DomainKit;

/// <summary>A range of a document's text in Unicode code points (as brat counts), end exclusive.</summary>
/// <param name="Start">The first code point.</param>
/// <param name="End">One past the last code point.</param>
public readonly record struct CodePointRange(int Start, int End);
