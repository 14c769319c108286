namespace DomainKit.Generators.Generation.Emit.Data
{
    /// <summary>
    /// One document's standoff <see cref="Rows"/> as a table holds them, placed as <see cref="Placement"/> says (their
    /// strings' references, type indexes, row and list bases): the rows of its i-th section
    /// (<see cref="DocumentStandoffRows.Sections"/>) from <c>Starts[i]</c> of the table's section, its lists from
    /// <see cref="StandoffPlacement.ListBase"/> of the table's lists; placing them took the strings the table's pool had
    /// added (<see cref="StringPool.Added"/>) from <see cref="AddedBefore"/> to <see cref="AddedAfter"/>.
    /// </summary>
    internal sealed record PlacedStandoffRows(DocumentStandoffRows Rows, StandoffPlacement Placement, int[] Starts, int AddedBefore, int AddedAfter);
}
