using System;
using System.Text;

namespace DomainKit.Compiled;

/// <summary>
/// Probes a hash index the generator built (<see cref="HashIndexFields"/>): one hash, one slot, and a comparison
/// only with an entry of the same full hash, against its UTF-8 bytes (directly when both are ASCII, else decoded
/// on the stack). Allocates nothing for keys up to 256 bytes.
/// </summary>
internal static class HashIndex
{
    private const int StackKeyBytes = 256;

    /// <summary>The record index stored for <paramref name="key"/>, or -1.</summary>
    public static int Find(DataReader reader, Section section, ReadOnlySpan<char> key, bool ignoreCase)
    {
        var ints = reader.Ints;
        var start = reader.Start(section);
        var slots = reader.Length(section) == 0 ? 0 : ints[start + HashIndexFields.SlotCount];
        if (slots == 0)
        {
            return -1;
        }

        var hash = ignoreCase ? KeyHash.IgnoreCase(key) : KeyHash.Ordinal(key);
        var slot = (int)(hash & (uint)(slots - 1));
        var starts = start + HashIndexFields.SlotStarts;
        var entries = starts + slots + 1;
        for (var entry = ints[starts + slot]; entry < ints[starts + slot + 1]; entry++)
        {
            var position = entries + (entry * HashIndexFields.EntryWidth);
            if (ints[position + HashIndexFields.EntryHash] == (int)hash && KeyEquals(reader, ints[position + HashIndexFields.EntryString], key, ignoreCase))
            {
                return ints[position + HashIndexFields.EntryRecord];
            }
        }

        return -1;
    }

    private static bool KeyEquals(DataReader reader, int stringReference, ReadOnlySpan<char> key, bool ignoreCase)
    {
        var comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        if (stringReference < 0)
        {
            return key.Equals(reader.String(stringReference), comparison);
        }

        var utf8 = reader.Utf8(stringReference);
        // UTF-8 never needs fewer bytes than UTF-16 needs code units, nor more than three per unit.
        if (utf8.Length < key.Length || utf8.Length > key.Length * 3)
        {
            return false;
        }

        // Most keys are ASCII on both sides: compare bytes with characters directly, without decoding.
        if (utf8.Length == key.Length && Ascii.IsValid(utf8) && Ascii.IsValid(key))
        {
            return ignoreCase ? Ascii.EqualsIgnoreCase(utf8, key) : Ascii.Equals(utf8, key);
        }

        Span<char> buffer = utf8.Length <= StackKeyBytes ? stackalloc char[StackKeyBytes] : new char[utf8.Length];
        var length = Encoding.UTF8.GetChars(utf8, buffer);
        return key.Equals(buffer[..length], comparison);
    }
}
