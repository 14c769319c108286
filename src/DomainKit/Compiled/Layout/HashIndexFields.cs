// Compiled into both the runtime and the generator (linked), so the writer and the reader of a key index cannot
// disagree about its geometry.
using System.Runtime.CompilerServices;

namespace DomainKit.Compiled;

/// <summary>
/// A key index: a header that says how to hash (<see cref="KeyHash"/>), <see cref="HeaderWidth"/> integers;
/// a displacement per bucket of keys, padded to whole slots; then <see cref="SlotCount"/> slots of 16 or 32
/// integers (<see cref="SlotBits"/>); then the characters of the keys too long for their slot. A key's bucket is
/// its hash scaled to the bucket count, and its slot its <see cref="Home"/> moved on by the bucket's displacement
/// (<see cref="Slot"/>), which the writer chose so that the bucket's keys land in slots no other key took: a lookup
/// reads one displacement and one slot (an empty slot has <see cref="Refs.None"/> as its record). A key that shares
/// its slot with another (an equal hash, or a home equal to another key's of its bucket, which no displacement moves
/// apart, or a bucket the writer's bounded search could not place whole) is chained from that slot through
/// <see cref="SlotNext"/>, so a lookup follows the chain until a key matches or it ends.
/// A slot holds a tag of the key (its hash, or a byte of it and its letters: <see cref="Tag"/>), its record and its
/// length in UTF-16 code units, and then either the key itself, two UTF-16 code units an integer (the first in the low
/// half), so that a lookup whose key fits reads the slot and nothing else, or, for a longer key, its first characters
/// and where the rest starts after the slots, stored the same way.
/// The probe's arithmetic here is marked for inlining: with no tiered-PGO profile to raise the JIT's budget (a NativeAOT
/// consumer, or a lookup compiled on another key set's profile), the JIT inlined all of it but <see cref="Home"/>,
/// which stayed a call on every probe (docs/benchmarks-log.md, "A lookup without a PGO profile").
/// </summary>
internal static class HashIndexFields
{
    /// <summary>The number of slots (0 for an empty index).</summary>
    public const int SlotCount = 0;

    /// <summary>The number of buckets, each with one displacement.</summary>
    public const int BucketCount = 1;

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

    /// <summary>Where the first slot starts, in integers from the section's start (a multiple of the slot's width).</summary>
    public const int SlotsStart = 8;

    /// <summary>
    /// A slot's width in integers as a power of two: <see cref="NarrowSlotBits"/> or <see cref="WideSlotBits"/>, which
    /// the writer chooses per index from its keys' lengths.
    /// </summary>
    public const int SlotBits = 9;

    /// <summary>
    /// 1 when the index ignores case and most of its keys hold a code unit above ASCII where their slot compares them:
    /// its slots then store and mark the letters of <see cref="CasePairs"/> (<see cref="Tag"/>), which a probe compares
    /// four code units at a time; 0 otherwise, and its keys are stored as they are, compared by the runtime (which
    /// compares ASCII ignoring case many code units a vector, but any other code unit one at a time through its casing
    /// table). Per index, not per key, so that a probe does not guess which way each key goes.
    /// </summary>
    public const int MarksLetters = 10;

    /// <summary>The integers the header takes (its fields above, padded): the displacements start here.</summary>
    public const int HeaderWidth = 16;

    /// <summary>
    /// A slot's fixed fields: its tag (<see cref="Tag"/>: the key's hash or, in an index that
    /// <see cref="MarksLetters"/>, a byte of it and which of its first code units are letters of
    /// <see cref="CasePairs"/>), its record, its length in UTF-16 code units, and the slot of the next key chained
    /// from this slot, or -1. A key of at most <see cref="InlineCharacters"/> code units follows from
    /// <see cref="SlotKey"/> to the end of the slot; a longer one keeps its first <see cref="PrefixCharacters"/> code
    /// units from <see cref="SlotPrefix"/> on, and <see cref="SlotTail"/> says where the rest, from code unit
    /// <see cref="PrefixLength"/> on, starts, in integers from the section's start (it may run across chunks and the
    /// reader's blocks). The letters a tag marks are stored as capitals (<see cref="CasePairs.Stored"/>).
    /// </summary>
    public const int SlotTag = 0, SlotRecord = 1, SlotLength = 2, SlotNext = 3, SlotTail = 4, SlotKey = 4, SlotPrefix = 5;

    /// <summary>
    /// A narrow slot is 16 integers (64 bytes, one cache line once decoded), a wide one 32 (two lines): powers of two
    /// that divide a chunk's length and the reader's block (1,024 integers), so no slot straddles two. An index takes
    /// wide slots only when most of its keys are longer than a narrow slot holds (ids of 40 to 70 characters), so a
    /// lookup of one of those compares it in its slot instead of reading its rest in a second place; the others keep
    /// narrow slots, whose bytes every key of the index pays in the assembly image.
    /// </summary>
    public const int NarrowSlotBits = 4, WideSlotBits = 5;

    /// <summary>How many of a key's UTF-16 code units fit in a slot of 2^<paramref name="slotBits"/> integers: 24 narrow, 56 wide.</summary>
    public static int InlineCharacters(int slotBits) => ((1 << slotBits) - SlotKey) * 2;

    /// <summary>How many code units of a longer key its slot holds before the rest: 22 narrow, 54 wide.</summary>
    public static int PrefixCharacters(int slotBits) => ((1 << slotBits) - SlotPrefix) * 2;

    /// <summary>
    /// How many code units of a key longer than <see cref="InlineCharacters"/> its slot holds, given the slot's
    /// <paramref name="prefixCharacters"/> and the stored key's last code unit there (<paramref name="lastOfPrefix"/>,
    /// at <paramref name="prefixCharacters"/> - 1): one fewer when that one starts a surrogate pair, so the pair is
    /// whole in the rest (ignoring case, its halves apart do not compare as the pair does; its first half is then
    /// stored twice). The writer and the reader both ask the stored key, so they agree.
    /// </summary>
    public static int PrefixLength(char lastOfPrefix, int prefixCharacters) => char.IsHighSurrogate(lastOfPrefix) ? prefixCharacters - 1 : prefixCharacters;

    /// <summary>How many of a key's first code units a slot's tag can mark: as many as a narrow slot holds.</summary>
    public const int MarkedCharacters = 24;

    /// <summary>
    /// A slot's tag. In an index that <see cref="MarksLetters"/>: in its low byte a byte of the key's hash that every bit
    /// of the hash moves (<see cref="HashByte"/>), and from bit 8 on <paramref name="letters"/>, bit i set when code unit
    /// i of the key is a letter of <see cref="CasePairs"/>, stored as its capital, which a probe may hold in either case.
    /// In any other, the key's full hash.
    /// </summary>
    public static int Tag(uint hash, bool marksLetters, uint letters) => marksLetters ? (int)(HashByte(hash) | (letters << 8)) : (int)hash;

    /// <summary>Whether a slot with <paramref name="tag"/>, in an index that <paramref name="marksLetters"/> or not, may hold a key of <paramref name="hash"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TagMatches(int tag, uint hash, bool marksLetters) => marksLetters ? (byte)tag == HashByte(hash) : tag == (int)hash;

    /// <summary>
    /// The top byte of the hash times a large odd constant (Knuth's multiplicative hashing): keys chained from one slot
    /// share their bucket and their home, so most of their hashes' bits, and a byte of the hash itself would mostly
    /// match between them; this one differs for all but one in 256 of those keys, so a probe compares one key.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint HashByte(uint hash) => (hash * 0x9E37_79B1u) >> 24;

    /// <summary>The letters a slot's <paramref name="tag"/> marks (<see cref="Tag"/>), in an index that <see cref="MarksLetters"/>.</summary>
    // Stryker disable once Bitwise : the tag's marks are below bit 32, so >> and >>> agree
    public static uint MarkedLetters(int tag) => (uint)tag >> 8;

    /// <summary>The bucket of a hash: the hash scaled to <paramref name="buckets"/>, so its high bits choose.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    // Stryker disable once Bitwise : an unsigned operand, so >> and >>> agree
    public static int Bucket(uint hash, int buckets) => (int)(((ulong)hash * (uint)buckets) >> 32);

    /// <summary>
    /// Where a hash's slot is counted from: the hash rotated by half its width (the bucket takes the high bits, so the
    /// hashes of one bucket differ in the low ones, which the rotation makes the high ones) and scaled to
    /// <paramref name="slots"/>. A probe computes it while the bucket's displacement is on its way.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Home(uint hash, int slots) => (int)(((ulong)((hash << 16) | (hash >> 16)) * (uint)slots) >> 32);

    /// <summary>
    /// The slot of a hash whose bucket has <paramref name="displacement"/> (0 to <paramref name="slots"/> - 1): its
    /// <see cref="Home"/> moved that many slots on, past the last slot back to the first. One addition after the
    /// displacement's load, where a multiply of the two would be a longer wait on every lookup.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Slot(int home, int displacement, int slots)
    {
        var slot = home + displacement;
        return slot >= slots ? slot - slots : slot;
    }
}
