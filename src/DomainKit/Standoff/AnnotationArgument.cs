namespace DomainKit.Standoff;

/// <summary>
/// A role argument of an event or a relation: the role name and the annotation it points at. The target is
/// resolved when first read (events may point at events), then the same record every time.
/// </summary>
public sealed class AnnotationArgument
{
    private readonly StandoffTables _tables;
    private readonly AnnotationKind _kind;
    private readonly int _row;

    internal AnnotationArgument(string role, StandoffTables tables, AnnotationKind kind, int row)
    {
        Role = role;
        _tables = tables;
        _kind = kind;
        _row = row;
    }

    /// <summary>The role, without brat's repeat number (<c>Theme</c> for <c>Theme2</c>).</summary>
    public string Role { get; }

    /// <summary>The annotation the argument points at: a <see cref="TextBoundAnnotation"/> or an <see cref="EventAnnotation"/>.</summary>
    public Annotation Target => _tables.Resolve(_kind, _row);

    /// <inheritdoc/>
    public override string ToString() => Role + ":" + Target.Id;
}
