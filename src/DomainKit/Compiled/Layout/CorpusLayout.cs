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

    /// <summary>Hash index of names and aliases (ignoring case), empty when the generated dispatch is used.</summary>
    ActorNames,
    ActorIds,
    DocumentIds,
    StatementIds,
    BorderEventIds,

    Count,
}

/// <summary>How references are written inside rows.</summary>
internal static class Refs
{
    /// <summary>A string reference for <see langword="null"/>; below it, <c>-2 - i</c> is the i-th fallback string.</summary>
    public const int NullString = -1;

    /// <summary>A record reference (actor, document) for none.</summary>
    public const int None = -1;

    /// <summary>A span whose text is the document's text between its UTF-16 bounds, not a string of its own.</summary>
    public const int TextInDocument = -1;

    /// <summary>An enum field with no value (an unannotated PLOVER type).</summary>
    public const int NoValue = -1;

    /// <summary>Key sets larger than this get a hash index instead of generated dispatch code.</summary>
    public const int MaxDispatchKeys = 512;

    /// <summary>
    /// The most characters in one generated literal (a segment). The compiler's memory grows much faster than
    /// linearly with the length of one literal: 40 MB as one literal took 6.5 GB, as forty 1 MB literals 1.1 GB.
    /// </summary>
    public const int MaxSegmentLength = 256 * 1024;
}

/// <summary>A string: the UTF-8 segment it is in, its first byte there and its length in bytes.</summary>
internal static class StringFields
{
    public const int Segment = 0, Start = 1, Length = 2, Width = 3;
}

/// <summary>A date: three fields; <see cref="Precision"/> is <see cref="Refs.NoValue"/> when there is none.</summary>
internal static class DateFields
{
    public const int StartDay = 0, EndDay = 1, Precision = 2, Width = 3;
}

/// <summary>
/// A span of a document: code-point bounds, UTF-16 bounds of its text in the document text, its own text
/// (or <see cref="Refs.TextInDocument"/>) and its fragments (a list of start/end pairs).
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
    public const int Document = 0, Actor = 1, Span = 2, Width = Span + SpanFields.Width;
}

internal static class QuoteRow
{
    public const int Direct = 0, Span = 1, Width = Span + SpanFields.Width;
}

internal static class AttestationRow
{
    public const int Document = 0, Direct = 1, Via = 2, Quotes = 3, Span = 4, Width = Span + SpanFields.Width;
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
/// A hash index: the slot count (a power of two, 0 for an empty index), count + 1 slot starts into the
/// (string, record, full hash) entries that follow; the full hash skips most comparisons of other keys.
/// </summary>
internal static class HashIndexFields
{
    public const int SlotCount = 0, SlotStarts = 1, EntryString = 0, EntryRecord = 1, EntryHash = 2, EntryWidth = 3;
}
