// Compiled into both the runtime and the generator (linked), so the writer and the reader of the data tables
// cannot disagree about where anything is.
namespace DomainKit.Compiled;

/// <summary>
/// The sections of a compiled corpus's integer table. The table starts with <see cref="Count"/> + 1 section
/// starts (the last one is the table's length), then the sections in this order.
/// </summary>
internal enum Section
{
    /// <summary>Where each string is in the UTF-8 segments (<see cref="StringFields"/>).</summary>
    Strings,

    /// <summary>Count-prefixed lists of integers, referred to by their position in this section.</summary>
    Lists,

    Documents,
    Actors,
    Mentions,
    Quotes,
    Attestations,
    Statements,
    BorderEvents,
    Relations,

    /// <summary>The distinct borders of border events (string pairs), ordinal order: the keys of <see cref="BorderEventsByBorder"/>.</summary>
    Borders,

    StatementsBySpeaker,
    StatementsByDocument,
    StatementsByKind,
    StatementsByDate,
    BorderEventsByDocument,
    BorderEventsByBorder,
    BorderEventsByKind,
    BorderEventsByDate,
    MentionsByActor,
    MentionsByDocument,

    /// <summary>Hash index of names and aliases (ignoring case); the id indexes follow (ordinal).</summary>
    ActorNames,
    ActorIds,
    DocumentIds,
    StatementIds,
    BorderEventIds,

    /// <summary>
    /// The standoff layer: per document (<see cref="StandoffDocumentRow"/>, one row more than there are documents) where
    /// its annotations start in each table below; a document's annotations of one kind are one run, in file order.
    /// </summary>
    StandoffDocuments,
    TextBounds,
    Events,

    /// <summary>The role arguments of every event, one run per event (<see cref="EventRow.Arguments"/>).</summary>
    EventArguments,
    AnnotationRelations,
    Attributes,
    Normalizations,

    /// <summary>
    /// The notes (<see cref="NoteRow"/>). Only the notes' own table (<c>CorpusData.Notes</c>) fills this section and the
    /// note sections below, with its own strings, so that a note edit rewrites nothing else.
    /// </summary>
    Notes,
    Equivalences,

    /// <summary>
    /// Every type and attribute name of the layer, ordinal order: the keys of the by-type groupings. In the notes' table,
    /// the notes' types.
    /// </summary>
    AnnotationTypes,

    /// <summary>Hash index of <see cref="AnnotationTypes"/> (ordinal).</summary>
    AnnotationTypeNames,
    TextBoundsByType,
    EventsByType,
    AnnotationRelationsByType,

    /// <summary>Groupings keyed by an annotation key (<see cref="AnnotationKeys"/>): what points at an annotation.</summary>
    AttributesByTarget,
    NormalizationsByTarget,

    /// <summary>In the notes' table: the key of each note's target in ascending order, then the notes in the same order (file order within a key).</summary>
    NotesByTarget,

    /// <summary>Per document, the text-bounds by start with the running maximum end (<see cref="IntervalFields"/>).</summary>
    TextBoundIntervals,

    /// <summary>Per document, every annotation id by its hash (<see cref="AnnotationIdFields"/>); in the notes' table, the notes' ids.</summary>
    AnnotationIds,

    /// <summary>In the notes' table: per document (<see cref="NoteDocumentRow"/>, one row more than there are documents) where its notes start.</summary>
    NoteDocuments,

    Count,
}

/// <summary>How references are written inside rows.</summary>
internal static class Refs
{
    /// <summary>
    /// The one "no value" of every field: no record (an actor, a document, a row of the standoff layer), no string
    /// (<see langword="null"/>; below it, <c>-2 - i</c> is the i-th fallback string), no enum value (an unannotated
    /// PLOVER type), no date (in <see cref="DateFields.Precision"/>), and no text of a span's own (its text is the
    /// document's, between its UTF-16 bounds).
    /// </summary>
    public const int None = -1;

    /// <summary>
    /// A kind's ids up to this many also get generated dispatch code, beside their hash index: as many as a perfect hash's
    /// slots hold (a key's index in a byte: <see cref="PerfectHashSlotLayout"/>). Above it the index alone answers (a switch over 256–512 ids, the rule until 2026-12-07, lost to
    /// the index with random keys).
    /// </summary>
    public const int MaxDispatchKeys = 255;

    /// <summary>
    /// The most characters in one generated literal (a segment). The compiler's memory grows much faster than
    /// linearly with the length of one literal, so a large corpus is many literals, not one (docs/compiled-data.md).
    /// </summary>
    public const int MaxSegmentLength = 1 << 18;
}

/// <summary>A string: the UTF-8 segment it is in, its first byte there and its length in bytes.</summary>
internal static class StringFields
{
    public const int Segment = 0, Start = 1, Length = 2, Width = 3;
}

/// <summary>
/// A date: three fields, days since 0001-01-01 (as <c>DateOnly.DayNumber</c> counts them) and its precision
/// (<see cref="DatePrecisions"/>), which is <see cref="Refs.None"/> when there is no date.
/// </summary>
internal static class DateFields
{
    public const int StartDay = 0, EndDay = 1, Precision = 2, Width = 3;
}

/// <summary>
/// The values of <see cref="DateFields.Precision"/>: those of the public <c>DatePrecision</c>, which the reader casts
/// (a runtime test keeps them equal), and of the generator's <c>DatePrecisionKind</c>, declared as these.
/// </summary>
internal static class DatePrecisions
{
    public const int Day = 0, Month = 1, Year = 2, Range = 3;
}

/// <summary>
/// A span of a document: code-point bounds, UTF-16 bounds of its text in the document text, its own text
/// (or <see cref="Refs.None"/> for the document's own) and its fragments (a list of start/end pairs).
/// </summary>
internal static class SpanFields
{
    public const int Start = 0, End = 1, TextStart = 2, TextLength = 3, Text = 4, Fragments = 5, Width = 6;
}

internal static class DocumentRow
{
    public const int Id = 0, Title = 1, Outlet = 2, Text = 3, Published = 4, Width = Published + DateFields.Width;
}

internal static class ActorRow
{
    public const int Id = 0, Name = 1, Kind = 2, Country = 3, MemberOf = 4, Role = 5, Aliases = 6, Width = 7;
}

internal static class MentionRow
{
    /// <summary><see cref="Annotation"/> is the text-bound row the mention was read from.</summary>
    public const int Document = 0, Actor = 1, Annotation = 2, Span = 3, Width = Span + SpanFields.Width;
}

internal static class QuoteRow
{
    public const int Direct = 0, Span = 1, Width = Span + SpanFields.Width;
}

internal static class AttestationRow
{
    /// <summary><see cref="Annotation"/> is the event row the attestation was read from.</summary>
    public const int Document = 0, Direct = 1, Via = 2, Quotes = 3, Annotation = 4, Span = 5, Width = Span + SpanFields.Width;
}

internal static class StatementRow
{
    public const int Id = 0, Speaker = 1, Addressees = 2, Kind = 3, Via = 4, Plover = 5, Cameo = 6, Attestations = 7, Date = 8,
        Width = Date + DateFields.Width;
}

internal static class BorderEventRow
{
    public const int Id = 0, Kind = 1, Border = 2, Actors = 3, QuantityNumber = 4, QuantityBound = 5, QuantityUnit = 6, Locations = 7,
        Destination = 8, Source = 9, Via = 10, Plover = 11, Cameo = 12, Attestations = 13, Date = 14, Width = Date + DateFields.Width;
}

internal static class RelationRow
{
    public const int From = 0, Kind = 1, To = 2, Width = 3;
}

internal static class BorderRow
{
    public const int First = 0, Second = 1, Width = 2;
}

/// <summary>
/// A grouping section: the group count, then count + 1 starts into the members that follow (record indices).
/// Groups are keyed by an index (actor, document, enum value, border).
/// </summary>
internal static class GroupingFields
{
    public const int GroupCount = 0, Starts = 1;
}

/// <summary>
/// A date index: the record count, the longest span of any date in days, then (start day, end day, record)
/// triples sorted by start day, then record index.
/// </summary>
internal static class DateIndexFields
{
    public const int Count = 0, MaxSpanDays = 1, Entries = 2, EntryWidth = 3;
}

/// <summary>
/// The kind of annotation a reference points at, in two fields (kind, index into that kind's table). The values are
/// those of the public <c>AnnotationKind</c>.
/// </summary>
internal static class AnnotationKinds
{
    public const int TextBound = 0, Event = 1, Relation = 2, Attribute = 3, Normalization = 4, Note = 5;
}

/// <summary>
/// One number per annotation that others can point at: a text-bound's index, an event's index after every
/// text-bound, a relation's after every event.
/// </summary>
internal static class AnnotationKeys
{
    public static int Of(int kind, int index, int textBounds, int events)
        => kind switch
        {
            AnnotationKinds.TextBound => index,
            AnnotationKinds.Event => textBounds + index,
            _ => textBounds + events + index,
        };
}

/// <summary>Where a document's annotations start in each standoff table (row indices), and its first id entry.</summary>
internal static class StandoffDocumentRow
{
    public const int TextBounds = 0, Events = 1, Relations = 2, Attributes = 3, Normalizations = 4, Equivalences = 5, Ids = 6, Width = 7;
}

/// <summary>
/// Where a document's notes start in the notes' table; each note has one id, so the document's run of
/// <see cref="Section.AnnotationIds"/> there starts at the same row.
/// </summary>
internal static class NoteDocumentRow
{
    public const int Notes = 0, Width = 1;
}

/// <summary>A <c>T</c> line: its document, id and type (an <see cref="Section.AnnotationTypes"/> row) and its span.</summary>
internal static class TextBoundRow
{
    public const int Document = 0, Id = 1, Type = 2, Span = 3, Width = Span + SpanFields.Width;
}

/// <summary>An <c>E</c> line: its trigger (a text-bound row) and its arguments (a run of <see cref="EventArgumentRow"/>).</summary>
internal static class EventRow
{
    public const int Document = 0, Id = 1, Type = 2, Trigger = 3, Arguments = 4, ArgumentCount = 5, Width = 6;
}

/// <summary>An event's argument: its role (a string) and its target (<see cref="AnnotationKinds"/>, row).</summary>
internal static class EventArgumentRow
{
    public const int Role = 0, TargetKind = 1, Target = 2, Width = 3;
}

/// <summary>An <c>R</c> line: two role names (strings) and two targets.</summary>
internal static class AnnotationRelationRow
{
    public const int Document = 0, Id = 1, Type = 2, Role1 = 3, Arg1Kind = 4, Arg1 = 5, Role2 = 6, Arg2Kind = 7, Arg2 = 8, Width = 9;
}

/// <summary>An <c>A</c> line; its value is a string, or <see cref="Refs.None"/> for a binary attribute.</summary>
internal static class AttributeRow
{
    public const int Document = 0, Id = 1, Type = 2, TargetKind = 3, Target = 4, Value = 5, Width = 6;
}

/// <summary>An <c>N</c> line: database, id in it and label are strings.</summary>
internal static class NormalizationRow
{
    public const int Document = 0, Id = 1, Type = 2, TargetKind = 3, Target = 4, Database = 5, Value = 6, Label = 7, Width = 8;
}

/// <summary>
/// A <c>#</c> line, in the notes' table: its type is a row of that table's <see cref="Section.AnnotationTypes"/>, its
/// id and text strings of that table; its document and target are rows of the corpus's tables.
/// </summary>
internal static class NoteRow
{
    public const int Document = 0, Id = 1, Type = 2, TargetKind = 3, Target = 4, Text = 5, Width = 6;
}

/// <summary>A <c>*</c> line: its members are a list of (kind, row) pairs.</summary>
internal static class EquivalenceRow
{
    public const int Document = 0, Type = 1, Members = 2, Width = 3;
}

/// <summary>A type name of the layer (a string).</summary>
internal static class AnnotationTypeRow
{
    public const int Name = 0, Width = 1;
}

/// <summary>
/// An interval index entry: a text-bound's start, the largest end of it and every entry before it in its document,
/// and the text-bound's row. A document's entries are as many as its text-bounds, at the same position in this
/// section as its text-bounds in theirs, sorted by start then end.
/// </summary>
internal static class IntervalFields
{
    public const int Start = 0, MaxEnd = 1, TextBound = 2, Width = 3;
}

/// <summary>
/// An id entry: the id's ordinal <see cref="KeyHash"/> of the whole id, the id (a string), the kind of the annotation
/// (<see cref="AnnotationKinds"/>) and its row. A document's entries are sorted by hash (unsigned), then by the id's
/// UTF-8 bytes: a lookup is a binary search over integers and one comparison of the id.
/// </summary>
internal static class AnnotationIdFields
{
    public const int Hash = 0, Id = 1, Kind = 2, Row = 3, Width = 4;
}
