namespace DomainKit;

/// <summary>A stated number: "More than 1,000" servicemen is 1000, <see cref="QuantityBound.MoreThan"/>, unit <c>Person</c>.</summary>
/// <param name="Value">The number as normalised by the annotator.</param>
/// <param name="Bound">How the number bounds the real one.</param>
/// <param name="Unit">What is counted, when the annotation says (for example <c>Person</c>, <c>Kilometre</c>).</param>
public readonly record struct Quantity(decimal Value, QuantityBound Bound, string? Unit);
