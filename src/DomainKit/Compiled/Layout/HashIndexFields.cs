// Compiled into both the runtime and the generator (linked), so the writer and the reader of a key index cannot
// disagree about its geometry.
namespace DomainKit.Compiled;

/// <summary>
/// A key index: a header that says how to hash (<see cref="KeyHash"/>) and how wide a slot is, padded to one slot,
/// then <see cref="SlotCount"/> slots, open addressing with linear probing at most half full (an empty slot has
/// <see cref="Refs.None"/> as its record). A slot holds the key's full hash, its record, its length in UTF-16 code
/// units, where its UTF-8 bytes are, and then the key's first characters themselves, two UTF-16 code units an integer
/// (the first in the low half), so a lookup whose key fits reads one slot and nothing else.
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

    /// <summary>The base-2 logarithm of the slot's width in integers (a power of two, so no slot straddles a chunk).</summary>
    public const int SlotWidthBits = 8;

    /// <summary>The header's fields; the header takes the first slot's place, so slot <c>i</c> starts at <c>(i + 1) × width</c>.</summary>
    public const int HeaderFields = 9;

    /// <summary>
    /// A slot's fixed fields: the key's full hash, its record, its length in UTF-16 code units, its location (segment
    /// and first byte, see <see cref="Refs.SegmentBits"/>) and its length in UTF-8 bytes, which a key longer than the
    /// slot's inline characters is compared against (a byte length of -1 marks a fallback string, whose reference the
    /// location holds). The key's first characters follow from <see cref="SlotKey"/> to the end of the slot.
    /// </summary>
    public const int SlotHash = 0, SlotRecord = 1, SlotLength = 2, SlotLocation = 3, SlotByteLength = 4, SlotKey = 5;

    /// <summary>The slot widths a writer chooses from, as base-2 logarithms: 8 integers (6 key characters inline) or 16 (22, one cache line).</summary>
    public const int MinSlotWidthBits = 3, MaxSlotWidthBits = 4;
}
