namespace DomainKit.Standoff;

/// <summary>The kind of a brat standoff annotation, by the letter its id starts with.</summary>
public enum AnnotationKind
{
    /// <summary>A <c>T</c> line: a typed span of the text.</summary>
    TextBound = 0,

    /// <summary>An <c>E</c> line: an event with a trigger and role arguments.</summary>
    Event = 1,

    /// <summary>An <c>R</c> line: a typed binary relation.</summary>
    Relation = 2,

    /// <summary>An <c>A</c> (or legacy <c>M</c>) line: an attribute of another annotation.</summary>
    Attribute = 3,

    /// <summary>An <c>N</c> line: a reference from an annotation to an entry of an external database.</summary>
    Normalization = 4,

    /// <summary>A <c>#</c> line: an annotator's note.</summary>
    Note = 5,
}
