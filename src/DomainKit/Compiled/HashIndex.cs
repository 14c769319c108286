using System;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Threading;

namespace DomainKit.Compiled;

/// <summary>
/// Probes a key index the generator built (<see cref="HashIndexFields"/>): hash the few characters the generator
/// found to tell the keys apart, read the bucket's displacement and the one slot it gives, and compare the key once,
/// against the characters the slot holds and, for a key longer than those, the rest stored after the slots (a key that
/// shares its slot with another is chained from it, a rare case, so a probe then reads one more slot). Allocates
/// nothing. This is the whole lookup of a <see cref="Dataset"/>: generated dispatch is only a shortcut.
/// The section is decoded a block at a time, when a probe first reaches the block, so a first lookup costs a few blocks
/// whatever the corpus's size; once lookups have reached <see cref="FlattenAfterBlocks"/> blocks or read
/// <see cref="FlattenAfterReads"/> integers through them, the index is in steady use and a thread-pool work item decodes
/// the whole section into one array (<see cref="Flatten"/>; an index of fewer blocks is copied into one when its last
/// block is decoded), which later probes read with no block to find first (one dependent load fewer per integer read),
/// pinned and placed so that each slot starts a cache line (a narrow slot is one line; docs/benchmarks-log.md).
/// </summary>
internal sealed class HashIndex
{
    private readonly DataReader _reader;
    private readonly Section _section;

    /// <summary>
    /// A block: the integers decoded at once, 1,024 (a few pages of the literal). A probe reads two or three integers
    /// and a slot, so what it decodes beyond them is the cost of a first lookup: the literal's pages faulted in and
    /// the array's pages written, each about as costly as the decoding itself (docs/benchmarks-log.md, "Cold start",
    /// measures whole chunks against blocks). A power of two that divides a segment's chunk (so a block lies in one
    /// literal) and that the slot's width divides (so no slot straddles two blocks).
    /// </summary>
    private const int BlockBits = 10, BlockLength = 1 << BlockBits, BlockMask = BlockLength - 1;

    /// <summary>
    /// How many decoded blocks, or integers read through the blocks (a few thousand lookups over as few as a warm working
    /// set reaches), make an index in steady use, worth decoding whole off the lookups' path.
    /// </summary>
    private const int FlattenAfterBlocks = 64, FlattenAfterReads = 16_384;

    /// <summary>The whole section, once <see cref="Flatten"/> has decoded it; null until then.</summary>
    private int[]? _flat;

    /// <summary>
    /// Where the section's first integer lies in <see cref="_flat"/>: the array is pinned, and the section starts this
    /// many integers in, on a cache line, so that every slot (one or two lines wide, at a multiple of its width) starts
    /// a line. Written before <see cref="_flat"/> is published, by the one call that decodes it.
    /// </summary>
    private int _flatStart;

    /// <summary>Set by the first <see cref="Flatten"/>: one call decodes the section whole.</summary>
    private int _flattening;

    /// <summary>
    /// Per slot, the record a lookup found there (<see cref="FindRecord"/>), once the index is one array: one reference a
    /// slot, allocated with <see cref="_flat"/> (off the first lookups' path, like it). Each index belongs to one table,
    /// so every entry is a record of that table's type.
    /// </summary>
    private object?[]? _slotRecords;

    /// <summary>The blocks decoded so far; null once <see cref="_flat"/> holds the whole section.</summary>
    private DecodedBlocks? _decoded;

    private readonly int _slotCount;
    private readonly int _bucketCount;
    private readonly int _slotsStart;

    /// <summary>A slot's width in integers as a power of two (<see cref="HashIndexFields.SlotBits"/>).</summary>
    private readonly int _slotBits;

    /// <summary>The longest key a slot holds whole, and how many code units of a longer one it holds.</summary>
    private readonly int _inlineCharacters, _prefixCharacters;

    /// <summary>Whether the keys are compared ordinally (ids): their probe is compiled apart (<see cref="FindRecordOrdinal"/>).</summary>
    private readonly bool _ordinal;

    /// <summary>Whether the slots mark their keys' letters (<see cref="HashIndexFields.MarksLetters"/>), compared by <see cref="CasePairComparison"/>.</summary>
    private readonly bool _marksLetters;
    private readonly KeyHash _hash;
    private readonly int _minLength;

    /// <summary>The longest key's length minus the shortest's: one unsigned comparison rules out a probe of another length.</summary>
    private readonly int _lengthRange;

    /// <summary>Whether steady use makes the index one array (<see cref="Flatten"/>; the tests turn it off to probe the blocks).</summary>
    private readonly bool _flattenWhenSteady;

    /// <summary>Reads the index's header (a few integers); the slots stay where they are.</summary>
    public HashIndex(DataReader reader, Section section, bool flattenWhenSteady = true)
    {
        _flattenWhenSteady = flattenWhenSteady;
        _reader = reader;
        _section = section;
        var start = reader.Start(section);
        _decoded = new DecodedBlocks(reader.Length(section));
        if (reader.Length(section) == 0)
        {
            // No key: no length passes the range check (every length minus -1 is above 0), so every probe misses.
            _minLength = -1;
            return;
        }

        // Stryker disable once Arithmetic : the field's offset is 0, so - and + read the same integer
        _slotCount = reader.Int(start + HashIndexFields.SlotCount);
        _bucketCount = reader.Int(start + HashIndexFields.BucketCount);
        _slotsStart = reader.Int(start + HashIndexFields.SlotsStart);
        _slotBits = reader.Int(start + HashIndexFields.SlotBits);
        _inlineCharacters = HashIndexFields.InlineCharacters(_slotBits);
        _prefixCharacters = HashIndexFields.PrefixCharacters(_slotBits);
        _hash = new KeyHash(
            (KeyFold)reader.Int(start + HashIndexFields.Fold),
            (KeySlice)reader.Int(start + HashIndexFields.Slice),
            reader.Int(start + HashIndexFields.SliceStart),
            reader.Int(start + HashIndexFields.SliceLength));
        _minLength = reader.Int(start + HashIndexFields.MinLength);
        // Stryker disable once Arithmetic : a wider range only lets more probes reach the hash and key comparisons, which miss
        _lengthRange = reader.Int(start + HashIndexFields.MaxLength) - _minLength;
        _ordinal = _hash.Fold == KeyFold.Ordinal;
        _marksLetters = reader.Int(start + HashIndexFields.MarksLetters) != 0;
    }

    /// <summary>
    /// The index of <paramref name="section"/> in <paramref name="index"/>, created there the first time a lookup asks
    /// for it: a table reads the header of the index a lookup uses, not of each of its indexes (every header it reads is
    /// a literal's pages faulted in, and for a JIT consumer a segment's method compiled, before the first lookup ends).
    /// </summary>
    public static HashIndex Of(ref HashIndex? index, DataReader reader, Section section)
        // Stryker disable once NullCoalescing : without the stored index's shortcut, Create still returns the stored index; only one more is created and dropped
        => index ?? Create(ref index, reader, section);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static HashIndex Create(ref HashIndex? index, DataReader reader, Section section)
        => Interlocked.CompareExchange(ref index, new HashIndex(reader, section), null) ?? index;

    /// <summary>The record of <paramref name="key"/> in <paramref name="table"/>, in an index of ordinal keys (ids); see <see cref="FindRecord"/>.</summary>
    public T? FindRecordOrdinal<T>(ReadOnlySpan<char> key, RecordTable<T> table)
        where T : class
    {
        Debug.Assert(_ordinal || _minLength < 0, "An index of case-ignoring keys is probed by FindRecordIgnoringCase.");
        return FindRecord(key, table, ordinal: true);
    }

    /// <summary>The record of <paramref name="key"/> in <paramref name="table"/>, in an index of case-ignoring keys (names); see <see cref="FindRecord"/>.</summary>
    public T? FindRecordIgnoringCase<T>(ReadOnlySpan<char> key, RecordTable<T> table)
        where T : class
    {
        Debug.Assert(!_ordinal || _minLength < 0, "An index of ordinal keys is probed by FindRecordOrdinal.");
        return FindRecord(key, table, ordinal: false);
    }

    /// <summary>
    /// The record of <paramref name="key"/> in <paramref name="table"/> (the table this index belongs to), or null. Once
    /// the index is one array, a hit reads the record from <see cref="_slotRecords"/> at its slot's number, which the
    /// probe knows before the slot's line arrives, rather than from the table at the record index the slot holds, a
    /// load that waits for that line (docs/benchmarks-log.md measures both). <paramref name="ordinal"/> is a constant in
    /// each caller, so each compiles one probe, the ordinal one with no folding, marks or case-ignoring comparison in it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private T? FindRecord<T>(ReadOnlySpan<char> key, RecordTable<T> table, bool ordinal)
        where T : class
    {
        var records = Volatile.Read(ref _slotRecords);
        var slot = FindSlot(key, ordinal, out var index);
        if (slot < 0)
        {
            return null;
        }

        if (records is null)
        {
            return table[index];
        }

        Debug.Assert(records[slot] is null or T, "An index's slots hold records of its own table.");
        return Unsafe.As<T>(records[slot] ?? RememberRecord(records, slot, table[index]));
    }

    /// <summary>
    /// Keeps a slot's record, the table's one instance (a race writes the same reference). Not generic: a generic method
    /// called from a lookup shared by every record type made the lookup find its instantiation, several loads on every call.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static object RememberRecord(object?[] records, int slot, object record)
    {
        records[slot] = record;
        return record;
    }

    /// <summary>The record index stored for <paramref name="key"/>, or -1.</summary>
    public int Find(ReadOnlySpan<char> key)
        => (_ordinal ? FindSlot(key, ordinal: true, out var record) : FindSlot(key, ordinal: false, out record)) < 0 ? -1 : record;

    /// <summary>
    /// The slot that holds <paramref name="key"/>, with its record index in <paramref name="found"/>; or -1.
    /// <paramref name="ordinal"/>, a constant at each call, is whether the index's keys are ordinal (<see cref="_ordinal"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int FindSlot(ReadOnlySpan<char> key, bool ordinal, out int found)
    {
        found = -1;
        if ((uint)(key.Length - _minLength) > (uint)_lengthRange)
        {
            return -1;
        }

        var hash = ordinal ? _hash.HashOrdinal(key) : _hash.Hash(key);
        var displacement = Int(HashIndexFields.HeaderWidth + HashIndexFields.Bucket(hash, _bucketCount));
        var slot = HashIndexFields.Slot(HashIndexFields.Home(hash, _slotCount), displacement, _slotCount);

        // The slot holds a key whose probe starts there, if any; the others whose probe starts there are chained from it.
        while (true)
        {
            ref var fields = ref Int(_slotsStart + (slot << _slotBits));
            var record = Unsafe.Add(ref fields, HashIndexFields.SlotRecord);
            if (record < 0)
            {
                return -1;
            }

            // Equal keys have as many UTF-16 code units under either comparison.
            if (HashIndexFields.TagMatches(Unsafe.Add(ref fields, HashIndexFields.SlotTag), hash, !ordinal && _marksLetters)
                && Unsafe.Add(ref fields, HashIndexFields.SlotLength) == key.Length
                && (ordinal ? OrdinalKeyEquals(ref fields, key) : KeyEquals(ref fields, key)))
            {
                found = record;
                return slot;
            }

            slot = Unsafe.Add(ref fields, HashIndexFields.SlotNext);
            if (slot < 0)
            {
                return -1;
            }
        }
    }

    /// <summary>Whether the whole section is decoded into one array (<see cref="Flatten"/>).</summary>
    internal bool IsFlat => Volatile.Read(ref _flat) is not null;

    /// <summary>
    /// Decodes the whole section into one array and publishes it, so that probes read integers with no block to find
    /// first; the blocks' arrays are then dropped. Queued when the index reaches steady use, called by the decoding of
    /// the last block of an index of fewer than <see cref="FlattenAfterBlocks"/>; the tests call it to probe both ways. A
    /// second call, or one racing the first, returns at once (probes read the blocks until the first publishes).
    /// </summary>
    internal void Flatten()
    {
        var decoded = Volatile.Read(ref _decoded);
        if (decoded is null || Interlocked.Exchange(ref _flattening, 1) != 0)
        {
            return;
        }

        var length = _reader.Length(_section);
        var flat = AllocateLineAligned(length, out var start);
        for (var block = 0; block < decoded.Blocks.Length; block++)
        {
            var first = block << BlockBits;
            var values = flat.AsSpan(start + first, Math.Min(BlockLength, length - first));
            if (Volatile.Read(ref decoded.Blocks[block]) is { } chunk)
            {
                chunk.AsSpan(first & IntTableCodec.ChunkMask, values.Length).CopyTo(values);
            }
            else
            {
                _reader.DecodeRun(_section, first, values);
            }
        }

        _flatStart = start;
        Volatile.Write(ref _slotRecords, new object?[_slotCount]);
        Volatile.Write(ref _flat, flat);
        Volatile.Write(ref _decoded, null);
    }

    /// <summary>
    /// A pinned array of <paramref name="length"/> integers from <paramref name="start"/> on, where a cache line begins
    /// (the pinned heap never moves it, so the alignment holds).
    /// </summary>
    internal static int[] AllocateLineAligned(int length, out int start)
    {
        const int LineBytes = 64;
        var array = GC.AllocateUninitializedArray<int>(length + (LineBytes / sizeof(int)) - 1, pinned: true);
        var handle = GCHandle.Alloc(array, GCHandleType.Pinned);
        var address = handle.AddrOfPinnedObject();
        handle.Free();
        start = (int)(-address & (LineBytes - 1)) / sizeof(int);
        return array;
    }

    /// <summary>Queues <see cref="FlattenOffThePath"/> on the thread pool (a second call finds the work taken and returns).</summary>
    private void QueueFlatten() => ThreadPool.UnsafeQueueUserWorkItem(static index => index.FlattenOffThePath(), this, preferLocal: false);

    /// <summary>
    /// <see cref="Flatten"/> on a thread-pool thread, where an exception would end the process: the one array is an
    /// optimization, so when it cannot be allocated, lookups go on through the blocks.
    /// </summary>
    private void FlattenOffThePath()
    {
        try
        {
            Flatten();
        }
        catch (OutOfMemoryException)
        {
            // The blocks stay; nothing was published.
        }
    }

    /// <summary>
    /// Integer <paramref name="index"/> of the section (a slot never straddles two blocks; past a block's end, before
    /// the index is flat, the next block may not be decoded yet). The index comes from the section itself (a bucket, a
    /// slot or a long key's characters, where the writer put them), so it is in range and not checked again.
    /// </summary>
    private ref int Int(int index)
    {
        var flat = Volatile.Read(ref _flat);
        return ref flat is null ? ref BlockInt(index) : ref FlatInt(flat, index);
    }

    /// <summary>Integer <paramref name="index"/> of the section in <see cref="_flat"/>.</summary>
    private ref int FlatInt(int[] flat, int index)
    {
        Debug.Assert((uint)index < (uint)(flat.Length - _flatStart), "A key index position lies inside its section.");
        return ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(flat), _flatStart + index);
    }

    /// <summary>
    /// Integer <paramref name="index"/> in its decoded block, before the index is flat (or while it is being made so).
    /// Out of line: an index is made one array once <see cref="FlattenAfterReads"/> integers have been read through its
    /// blocks, and inlined into each read (twice a probe) this path made every lookup's code a sixth larger and its warm
    /// probes slower in steady use (docs/benchmarks-log.md, "The block path out of line").
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private ref int BlockInt(int index)
    {
        // Published before the blocks are dropped: with no blocks, the flat array is there.
        if (Volatile.Read(ref _decoded) is not { } decoded)
        {
            return ref FlatInt(Volatile.Read(ref _flat)!, index);
        }

        var chunk = decoded.Blocks[index >> BlockBits] ?? Decode(decoded, index >> BlockBits);

        // Counted without a lock: a lost increment only delays the work item a little.
        if (++decoded.Reads == FlattenAfterReads && _flattenWhenSteady)
        {
            QueueFlatten();
        }

        Debug.Assert((index & IntTableCodec.ChunkMask) < chunk.Length, "A key index position lies inside its section.");
        return ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(chunk), index & IntTableCodec.ChunkMask);
    }

    /// <summary>
    /// Decodes one block of the section (at most <see cref="BlockLength"/> integers), once: the cost of a first probe
    /// is bounded by a few blocks whatever the corpus's size, and later probes read plain integers.
    /// </summary>
    private int[] Decode(DecodedBlocks decoded, int block)
    {
        var length = _reader.Length(_section);
        ref var chunkSlot = ref decoded.Chunks[block >> (IntTableCodec.ChunkBits - BlockBits)];
        var chunkFirst = (block >> (IntTableCodec.ChunkBits - BlockBits)) << IntTableCodec.ChunkBits;
        var chunk = chunkSlot
            ?? Interlocked.CompareExchange(ref chunkSlot, GC.AllocateUninitializedArray<int>(Math.Min(IntTableCodec.ChunkLength, length - chunkFirst)), null)
            ?? chunkSlot!;

        // Two threads decoding one block write the same integers to the same place; the block is read only once published.
        var first = block << BlockBits;
        _reader.DecodeRun(_section, first, chunk.AsSpan(first - chunkFirst, Math.Min(BlockLength, length - first)));
        var published = Interlocked.CompareExchange(ref decoded.Blocks[block], chunk, null);
        if (published is null && _flattenWhenSteady)
        {
            // Every block of a small index decoded (soon after its first lookups): copied into one array here, no
            // decoding left. The 64th of a larger one: decoded whole off the lookups' path, never on a lookup.
            var count = Interlocked.Increment(ref decoded.Count);
            if (count == decoded.Blocks.Length && count < FlattenAfterBlocks)
            {
                Flatten();
            }
            else if (count == FlattenAfterBlocks)
            {
                QueueFlatten();
            }
        }

        return published ?? chunk;
    }

    /// <summary>
    /// Compares a key of the slot's length with the characters the slot holds: the whole key or, for a longer one, its
    /// start, and then the rest with those stored after the slots (<see cref="LongKeyEquals"/>). Characters are read
    /// from the integers: two an integer, the first in the low half, which is their order in memory on the
    /// little-endian machines .NET runs on.
    /// </summary>
    private bool KeyEquals(ref int fields, ReadOnlySpan<char> key)
    {
        var letters = HashIndexFields.MarkedLetters(Unsafe.Add(ref fields, HashIndexFields.SlotTag));
        return key.Length <= _inlineCharacters
            ? SlotCharactersEqual(key, Characters(ref Unsafe.Add(ref fields, HashIndexFields.SlotKey), key.Length), letters)
            : LongKeyEquals(ref fields, key, letters);
    }

    /// <summary>
    /// <see cref="KeyEquals"/> for ordinal keys: a key the slot holds whole (most ids) is compared by one call, with none
    /// of the case-ignoring comparison's branches on the way.
    /// </summary>
    private bool OrdinalKeyEquals(ref int fields, ReadOnlySpan<char> key)
        => key.Length <= _inlineCharacters
            ? key.SequenceEqual(Characters(ref Unsafe.Add(ref fields, HashIndexFields.SlotKey), key.Length))
            : LongKeyEquals(ref fields, key, letters: 0);

    /// <summary>
    /// Compares a key longer than a slot holds whole: its start with the slot's prefix, its rest with the characters
    /// stored after the slots. Out of line: inlined into a lookup (which inlines the probe and the hash), it found the
    /// JIT's inlining budget spent, and its span helpers and reads were left as calls, five a long key.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool LongKeyEquals(ref int fields, ReadOnlySpan<char> key, uint letters)
    {
        ref var prefix = ref Unsafe.As<int, char>(ref Unsafe.Add(ref fields, HashIndexFields.SlotPrefix));
        var prefixLength = HashIndexFields.PrefixLength(Unsafe.Add(ref prefix, _prefixCharacters - 1), _prefixCharacters);
        if (!SlotCharactersEqual(key[..prefixLength], MemoryMarshal.CreateReadOnlySpan(ref prefix, prefixLength), letters))
        {
            return false;
        }

        // Most rests lie within one block: compared there, with no loop and no call.
        var rest = key[prefixLength..];
        var position = Unsafe.Add(ref fields, HashIndexFields.SlotTail);
        return (position & BlockMask) + ((rest.Length + 1) >> 1) <= BlockLength
            ? CharactersEqual(rest, Characters(ref Int(position), rest.Length))
            : StoredKeyEquals(position, rest);
    }

    /// <summary><paramref name="count"/> characters stored from <paramref name="first"/> on, two an integer.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ReadOnlySpan<char> Characters(ref int first, int count)
        => MemoryMarshal.CreateReadOnlySpan(ref Unsafe.As<int, char>(ref first), count);

    /// <summary>
    /// Compares <paramref name="characters"/> (the rest of a key) with those stored from integer
    /// <paramref name="position"/> on, a block at a time. A surrogate pair split by a block's end is compared whole (a
    /// case-ignoring comparison of its halves apart would tell some astral letters from their other case). Kept out of
    /// <see cref="Find"/>: its stack buffer would cost every probe.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool StoredKeyEquals(int position, ReadOnlySpan<char> characters)
    {
        var offset = 0;
        while (true)
        {
            // Characters from `offset` on: the integer holding the next one, and whether it is that integer's high half.
            var index = position + (offset >> 1);
            ref var first = ref Unsafe.Add(ref Unsafe.As<int, char>(ref Int(index)), offset & 1);
            var available = ((BlockLength - (index & BlockMask)) * 2) - (offset & 1);
            var rest = characters[offset..];
            if (rest.Length <= available)
            {
                return CharactersEqual(rest, MemoryMarshal.CreateReadOnlySpan(ref first, rest.Length));
            }

            var piece = char.IsHighSurrogate(rest[available - 1]) ? available - 1 : available;
            if (!CharactersEqual(rest[..piece], MemoryMarshal.CreateReadOnlySpan(ref first, piece)))
            {
                return false;
            }

            offset += piece;
            if (piece < available)
            {
                Span<char> pair = [Unsafe.Add(ref first, piece), Unsafe.As<int, char>(ref Int(index - (index & BlockMask) + BlockLength))];
                if (!CharactersEqual(rest.Slice(piece, 2), pair))
                {
                    return false;
                }

                offset += 2;
            }
        }
    }

    /// <summary>
    /// Whether a probe's characters equal those its slot holds under the index's comparison. In an index that marks its
    /// keys' letters (mostly not ASCII), four at a time, a marked letter passing in either case
    /// (<see cref="CasePairComparison"/>: a probe in the key's own casing or another, with no casing table), and only
    /// what that does not settle (a letter of another script's case pair, say) compared by the runtime; in any other,
    /// as the rest of a long key is (<see cref="CharactersEqual"/>).
    /// </summary>
    private bool SlotCharactersEqual(ReadOnlySpan<char> key, ReadOnlySpan<char> stored, uint letters)
        => !_marksLetters
            ? CharactersEqual(key, stored)
            : CasePairComparison.Compare(key, stored, letters) switch
            {
                CasePairComparison.Outcome.Equal => true,
                CasePairComparison.Outcome.Unequal => false,
                _ => key.Equals(stored, StringComparison.OrdinalIgnoreCase),
            };

    /// <summary>
    /// Whether a probe's characters equal stored ones (the rest of a long key, or the slot's part in an index that marks
    /// no letters) under the index's comparison: ordinal, or ignoring case against characters stored with their ASCII
    /// small letters as capitals (<see cref="FoldedKeyComparison"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool CharactersEqual(ReadOnlySpan<char> key, ReadOnlySpan<char> stored)
        => _ordinal ? key.SequenceEqual(stored) : FoldedKeyComparison.Equals(key, stored);

    /// <summary>The blocks of a section decoded so far, in their chunks' arrays, and how many.</summary>
    private sealed class DecodedBlocks(int length)
    {
        /// <summary>
        /// Per block, once decoded, the array of its chunk (<see cref="IntTableCodec.ChunkLength"/> integers), which holds
        /// it at its place in the chunk: a chunk's blocks share one array, so the decoded integers lie as the section does
        /// (an array per block, scattered over the heap, made random probes slower: docs/benchmarks-log.md).
        /// </summary>
        public readonly int[]?[] Blocks = new int[]?[(length + BlockMask) >> BlockBits];

        /// <summary>The chunks' arrays, each allocated (not cleared: only decoded blocks are read) when a probe first reaches one of its blocks.</summary>
        public readonly int[]?[] Chunks = new int[]?[(length + IntTableCodec.ChunkMask) >> IntTableCodec.ChunkBits];

        /// <summary>How many blocks are decoded.</summary>
        public int Count;

        /// <summary>How many integers were read through the blocks (roughly: counted without a lock).</summary>
        public int Reads;
    }
}
