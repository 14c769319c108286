using System;
using System.Buffers;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Unicode;
using System.Threading;

namespace DomainKit.Compiled;

/// <summary>
/// Probes a key index the generator built (<see cref="HashIndexFields"/>): hash the few characters the generator
/// found to tell the keys apart, read the bucket's displacement and the one slot it gives (the section is decoded a
/// chunk at a time, when a probe first reaches the chunk), and compare the key once, against the characters the slot holds; only a key longer than those is
/// compared against its UTF-8 bytes (directly when the probe is ASCII, else transcoded on the stack a piece at a time).
/// Allocates nothing. This is the whole lookup of a <see cref="Dataset"/>: generated dispatch is only a shortcut.
/// </summary>
internal sealed class HashIndex
{
    private const int StackKeyChars = 128;
    private const int LocationStartMask = (1 << Refs.SegmentBits) - 1;

    private readonly DataReader _reader;
    private readonly Section _section;

    /// <summary>The section's chunks, each decoded into integers the first time a probe reaches it.</summary>
    private readonly int[]?[] _chunks;
    private readonly int _slotCount;
    private readonly int _bucketCount;
    private readonly int _slotsStart;
    private readonly int _slotWidthBits;

    /// <summary>How many of a key's characters its slot holds; a longer key is compared against its UTF-8 bytes for the rest.</summary>
    private readonly int _inlineCharacters;
    private readonly StringComparison _comparison;
    private readonly KeyHash _hash;
    private readonly int _minLength;

    /// <summary>The longest key's length minus the shortest's: one unsigned comparison rules out a probe of another length.</summary>
    private readonly int _lengthRange;

    /// <summary>Reads the index's header (a few integers); the slots stay where they are.</summary>
    public HashIndex(DataReader reader, Section section)
    {
        _reader = reader;
        _section = section;
        var start = reader.Start(section);
        _chunks = new int[]?[(reader.Length(section) + IntTableCodec.ChunkMask) >> IntTableCodec.ChunkBits];
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
        _slotWidthBits = reader.Int(start + HashIndexFields.SlotWidthBits);
        _inlineCharacters = HashIndexFields.InlineCharacters(_slotWidthBits);
        _hash = new KeyHash(
            (KeyFold)reader.Int(start + HashIndexFields.Fold),
            (KeySlice)reader.Int(start + HashIndexFields.Slice),
            reader.Int(start + HashIndexFields.SliceStart),
            reader.Int(start + HashIndexFields.SliceLength));
        _minLength = reader.Int(start + HashIndexFields.MinLength);
        // Stryker disable once Arithmetic : a wider range only lets more probes reach the hash and key comparisons, which miss
        _lengthRange = reader.Int(start + HashIndexFields.MaxLength) - _minLength;
        _comparison = _hash.Fold == KeyFold.Ordinal ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
    }

    /// <summary>The record index stored for <paramref name="key"/>, or -1.</summary>
    public int Find(ReadOnlySpan<char> key)
    {
        if ((uint)(key.Length - _minLength) > (uint)_lengthRange)
        {
            return -1;
        }

        var hash = _hash.Hash(key);
        var displacement = (uint)Int(HashIndexFields.HeaderWidth + HashIndexFields.Bucket(hash, _bucketCount));
        var slot = HashIndexFields.Slot(hash, displacement, _slotCount);

        // The slot holds the first key of this hash, if any; keys of the same hash are chained from it.
        while (true)
        {
            ref var fields = ref Int(_slotsStart + (slot << _slotWidthBits));
            var record = Unsafe.Add(ref fields, HashIndexFields.SlotRecord);
            if (Unsafe.Add(ref fields, HashIndexFields.SlotHash) != (int)hash || record < 0)
            {
                return -1;
            }

            // Equal keys have as many UTF-16 code units under either comparison.
            if (Unsafe.Add(ref fields, HashIndexFields.SlotLength) == key.Length && KeyEquals(ref fields, key))
            {
                return record;
            }

            slot = Unsafe.Add(ref fields, HashIndexFields.SlotNext);
            if (slot < 0)
            {
                return -1;
            }
        }
    }

    /// <summary>
    /// Integer <paramref name="index"/> of the section, in its decoded chunk (a slot never straddles two). The index
    /// comes from the section itself (a bucket, or a slot the writer placed), so it is in range and not checked again.
    /// </summary>
    private ref int Int(int index)
    {
        var chunk = _chunks[index >> IntTableCodec.ChunkBits] ?? Decode(index >> IntTableCodec.ChunkBits);
        Debug.Assert((index & IntTableCodec.ChunkMask) < chunk.Length, "A key index position lies inside its section.");
        return ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(chunk), index & IntTableCodec.ChunkMask);
    }

    /// <summary>
    /// Decodes one chunk of the slots (at most <see cref="IntTableCodec.ChunkLength"/> integers), once: the cost of
    /// a first probe is bounded by a chunk whatever the corpus's size, and later probes read plain integers.
    /// </summary>
    private int[] Decode(int chunk)
    {
        var first = chunk << IntTableCodec.ChunkBits;
        var values = new int[Math.Min(IntTableCodec.ChunkLength, _reader.Length(_section) - first)];
        var run = _reader.Run(_reader.Start(_section) + first);
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = run[i];
        }

        return Interlocked.CompareExchange(ref _chunks[chunk], values, null) ?? values;
    }

    /// <summary>
    /// Compares a key of the slot's length with the characters the slot holds, then, for a key longer than those,
    /// with its UTF-8 bytes. The slot's integers are read as characters: two an integer, the first in the low half,
    /// which is their order in memory on the little-endian machines .NET runs on.
    /// </summary>
    private bool KeyEquals(ref int fields, ReadOnlySpan<char> key)
    {
        ref var stored = ref Unsafe.As<int, char>(ref Unsafe.Add(ref fields, HashIndexFields.SlotKey));
        // Stryker disable once Equality : a key of exactly the inline length is compared again through its UTF-8 bytes, with the same answer
        var inline = _inlineCharacters;
        if (key.Length <= inline)
        {
            return InlineEquals(key, MemoryMarshal.CreateReadOnlySpan(ref stored, key.Length));
        }

        return InlineEquals(key[..inline], MemoryMarshal.CreateReadOnlySpan(ref stored, inline))
            && KeyEquals(Unsafe.Add(ref fields, HashIndexFields.SlotLocation), Unsafe.Add(ref fields, HashIndexFields.SlotByteLength), key);
    }

    private bool InlineEquals(ReadOnlySpan<char> key, ReadOnlySpan<char> stored)
        => _comparison == StringComparison.Ordinal ? key.SequenceEqual(stored) : key.Equals(stored, StringComparison.OrdinalIgnoreCase);

    private bool KeyEquals(int location, int byteLength, ReadOnlySpan<char> key)
    {
        var comparison = _comparison;
        // Stryker disable once Equality : a byte length of 0 is the empty key, which fits inline and never comes here
        if (byteLength < 0)
        {
            return key.Equals(_reader.String(location), comparison);
        }

        // Stryker disable once Bitwise : a location is never negative (a segment below 2^13, shifted by 18), so >> and >>> agree
        var utf8 = _reader.Data.Utf8(location >> Refs.SegmentBits).Slice(location & LocationStartMask, byteLength);
        // Most probes are ASCII: then only a stored key of as many bytes can be equal (a key with other characters
        // has fewer UTF-16 units than UTF-8 bytes), and the ASCII comparison, false on any other byte, settles it.
        if (Ascii.IsValid(key))
        {
            if (byteLength == key.Length)
            {
                return comparison == StringComparison.Ordinal ? Ascii.Equals(utf8, key) : Ascii.EqualsIgnoreCase(utf8, key);
            }

            if (comparison == StringComparison.Ordinal)
            {
                return false;
            }
        }

        return TranscodedEquals(utf8, key, comparison);
    }

    /// <summary>
    /// Compares UTF-8 with UTF-16 a piece at a time through a stack buffer. Each piece ends on a whole scalar
    /// (the transcoder never splits a surrogate pair), and both comparisons keep lengths, so pieces line up.
    /// </summary>
    private static bool TranscodedEquals(ReadOnlySpan<byte> utf8, ReadOnlySpan<char> key, StringComparison comparison)
    {
        Span<char> buffer = stackalloc char[StackKeyChars];
        while (!utf8.IsEmpty)
        {
            // Stryker disable once Boolean : the writer stores valid UTF-8, so nothing is replaced
            var status = Utf8.ToUtf16(utf8, buffer, out var read, out var written, replaceInvalidSequences: false);
            // Stryker disable once Logical : valid UTF-8 of a key as long as the probe: neither guard fires, so || and && agree
            if (status == OperationStatus.InvalidData || written > key.Length || !key[..written].Equals(buffer[..written], comparison))
            {
                return false;
            }

            utf8 = utf8[read..];
            key = key[written..];
        }

        return key.IsEmpty;
    }
}
