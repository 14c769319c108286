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

    /// <summary>Key sets up to this size also get generated dispatch code, beside their hash index.</summary>
    public const int MaxDispatchKeys = 512;

    /// <summary>
    /// The most characters in one generated literal (a segment). The compiler's memory grows much faster than
    /// linearly with the length of one literal: 40 MB as one literal took 6.5 GB, as forty 1 MB literals 1.1 GB.
    /// </summary>
    public const int MaxSegmentLength = 1 << SegmentBits;

    /// <summary>
    /// A string's location in one integer: its segment shifted left by this, plus its first byte. A string starts
    /// within the first <see cref="MaxSegmentLength"/> bytes of its segment (a longer one has a segment of its own).
    /// </summary>
    public const int SegmentBits = 18;
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
/// A key index: a header that says how to hash (<see cref="KeyHash"/>), then <see cref="SlotCount"/> slots of
/// <see cref="SlotWidth"/> integers, open addressing with linear probing at most half full (an empty slot has
/// <see cref="Refs.None"/> as its record). A slot holds the key's full hash, its record, and where its UTF-8
/// bytes are (<see cref="Refs.SegmentBits"/>), so a lookup reads one slot and the key it compares, and nothing else.
/// </summary>
internal static class HashIndexFields
{
    /// <summary>The number of slots, a power of two (0 for an empty index).</summary>
    public const int SlotCount = 0;

    /// <summary>32 minus the bits of the slot number: the slot is the hash shifted right by this.</summary>
    public const int SlotShift = 1;

    /// <summary>The <see cref="KeyFold"/> the keys were hashed with.</summary>
    public const int Fold = 2;

    /// <summary>The <see cref="KeySlice"/>: which characters are hashed.</summary>
    public const int Slice = 3;

    /// <summary>Where the hashed characters start: from the key's start, or this many before its end.</summary>
    public const int SliceStart = 4;

    /// <summary>How many characters are hashed (of each end, for <see cref="KeySlice.HeadAndTail"/>); 0 for the whole key.</summary>
    public const int SliceLength = 5;

    /// <summary>The shortest and the longest key, in UTF-16 code units: a probe outside is a miss without hashing.</summary>
    public const int MinLength = 6, MaxLength = 7;

    public const int HeaderWidth = 8;

    /// <summary>
    /// A slot: the key's full hash, the record, the key's location (segment and first byte, see
    /// <see cref="Refs.SegmentBits"/>) and its length in UTF-8 bytes; a length of -1 marks a fallback string, whose
    /// reference the location field holds.
    /// </summary>
    public const int SlotHash = 0, SlotRecord = 1, SlotLocation = 2, SlotByteLength = 3, SlotWidth = 4;
}
