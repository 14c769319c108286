using System;
using System.Text;

namespace DomainKit.Compiled;

/// <summary>
/// Probes a key index the generator built (<see cref="HashIndexFields"/>): hash the few characters the generator
/// found to tell the keys apart, read one slot (its neighbours share the cache line), and compare the key once,
/// against its UTF-8 bytes (directly when both are ASCII, else decoded on the stack). Allocates nothing for keys
/// up to 256 bytes. This is the whole lookup of a <see cref="Dataset"/>: generated dispatch is only a shortcut.
/// </summary>
internal static class HashIndex
{
    private const int StackKeyBytes = 256;
    private const int LocationStartMask = (1 << Refs.SegmentBits) - 1;

    /// <summary>The record index stored for <paramref name="key"/>, or -1.</summary>
    public static int Find(DataReader reader, Section section, ReadOnlySpan<char> key)
    {
        var ints = reader.Ints;
        var start = reader.Start(section);
        if (reader.Length(section) == 0)
        {
            return -1;
        }

        var header = ints.AsSpan(start, HashIndexFields.HeaderWidth);
        if (key.Length < header[HashIndexFields.MinLength] || key.Length > header[HashIndexFields.MaxLength])
        {
            return -1;
        }

        var sliceLength = header[HashIndexFields.SliceLength];
        var fold = (KeyFold)header[HashIndexFields.Fold];
        var hash = (sliceLength, (KeySlice)header[HashIndexFields.Slice]) switch
        {
            (0, _) => KeyHash.Hash(key, key.Length, fold),
            (_, KeySlice.HeadAndTail) => KeyHash.HeadAndTail(key, sliceLength, fold),
            (_, KeySlice.FromEnd) => KeyHash.Hash(key.Slice(key.Length - header[HashIndexFields.SliceStart], sliceLength), key.Length, fold),
            _ => KeyHash.Hash(key.Slice(header[HashIndexFields.SliceStart], sliceLength), key.Length, fold),
        };
        var mask = header[HashIndexFields.SlotCount] - 1;
        var slots = start + HashIndexFields.HeaderWidth;
        // At most half the slots are full, so the probe reaches an empty one.
        for (var slot = (int)(hash >> header[HashIndexFields.SlotShift]); ; slot = (slot + 1) & mask)
        {
            var position = slots + (slot * HashIndexFields.SlotWidth);
            var record = ints[position + HashIndexFields.SlotRecord];
            if (record < 0)
            {
                return -1;
            }

            if (ints[position + HashIndexFields.SlotHash] == (int)hash
                && KeyEquals(reader, ints[position + HashIndexFields.SlotLocation], ints[position + HashIndexFields.SlotByteLength], key, fold != KeyFold.Ordinal))
            {
                return record;
            }
        }
    }

    private static bool KeyEquals(DataReader reader, int location, int byteLength, ReadOnlySpan<char> key, bool ignoreCase)
    {
        var comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        if (byteLength < 0)
        {
            return key.Equals(reader.String(location), comparison);
        }

        // UTF-8 never needs fewer bytes than UTF-16 needs code units, nor more than three per unit.
        if (byteLength < key.Length || byteLength > key.Length * 3)
        {
            return false;
        }

        var utf8 = reader.Data.Utf8(location >> Refs.SegmentBits).Slice(location & LocationStartMask, byteLength);
        // Most keys are ASCII on both sides: compare bytes with characters directly, without decoding.
        if (byteLength == key.Length && Ascii.IsValid(utf8) && Ascii.IsValid(key))
        {
            return ignoreCase ? Ascii.EqualsIgnoreCase(utf8, key) : Ascii.Equals(utf8, key);
        }

        Span<char> buffer = byteLength <= StackKeyBytes ? stackalloc char[StackKeyBytes] : new char[byteLength];
        var length = Encoding.UTF8.GetChars(utf8, buffer);
        return key.Equals(buffer[..length], comparison);
    }
}
