using System.Collections.Generic;
using System.Linq;
using DomainKit.Compiled;

namespace DomainKit.Generators.Generation.Emit.Data
{
    /// <summary>
    /// Writes a key index section (<see cref="HashIndexFields"/>) with the runtime's own hash function over the
    /// slice <see cref="KeyAnalyzer"/> chose: open addressing, at most half full, each key's first characters inside
    /// its slot, keys placed in their given order, so the same keys always give the same section.
    /// </summary>
    internal static class HashIndexWriter
    {
        /// <summary>The narrower slot is chosen when at least this share of the keys (in percent) fits in it whole.</summary>
        private const int InlinePercent = 90;

        public static void Write(List<int> section, IReadOnlyList<(string Key, int Location, int ByteLength, int Record)> keys, bool ignoreCase)
        {
            if (keys.Count == 0)
            {
                return;
            }

            var bits = 1;
            while ((1 << bits) < keys.Count * 2)
            {
                bits++;
            }

            var slotCount = 1 << bits;
            var widthBits = SlotWidthBits(keys);
            var width = 1 << widthBits;
            var analysis = KeyAnalyzer.Analyze(keys.Select(k => k.Key).ToList(), ignoreCase);
            var slots = new int[(slotCount + 1) * width];
            for (var slot = 0; slot < slotCount; slot++)
            {
                slots[((slot + 1) * width) + HashIndexFields.SlotRecord] = Refs.None;
            }

            foreach (var (key, location, byteLength, record) in keys)
            {
                var hash = analysis.Hash(key);
                var slot = (int)(hash >> (32 - bits));
                while (slots[((slot + 1) * width) + HashIndexFields.SlotRecord] != Refs.None)
                {
                    slot = (slot + 1) & (slotCount - 1);
                }

                var position = (slot + 1) * width;
                slots[position + HashIndexFields.SlotHash] = (int)hash;
                slots[position + HashIndexFields.SlotRecord] = record;
                slots[position + HashIndexFields.SlotLength] = key.Length;
                slots[position + HashIndexFields.SlotLocation] = location;
                slots[position + HashIndexFields.SlotByteLength] = byteLength;
                for (var i = 0; i < key.Length && HashIndexFields.SlotKey + (i / 2) < width; i += 2)
                {
                    // Two UTF-16 code units an integer, the first in the low half: the runtime reads the integers as characters.
                    slots[position + HashIndexFields.SlotKey + (i / 2)] = key[i] | (i + 1 < key.Length ? key[i + 1] << 16 : 0);
                }
            }

            slots[HashIndexFields.SlotCount] = slotCount;
            slots[HashIndexFields.SlotShift] = 32 - bits;
            slots[HashIndexFields.Fold] = (int)analysis.Fold;
            slots[HashIndexFields.Slice] = (int)analysis.Slice;
            slots[HashIndexFields.SliceStart] = analysis.Start;
            slots[HashIndexFields.SliceLength] = analysis.Length;
            slots[HashIndexFields.MinLength] = analysis.MinLength;
            slots[HashIndexFields.MaxLength] = analysis.MaxLength;
            slots[HashIndexFields.SlotWidthBits] = widthBits;
            section.AddRange(slots);
        }

        /// <summary>The narrowest slot in which most keys fit whole; else the widest, one cache line.</summary>
        private static int SlotWidthBits(IReadOnlyList<(string Key, int Location, int ByteLength, int Record)> keys)
        {
            for (var bits = HashIndexFields.MinSlotWidthBits; bits < HashIndexFields.MaxSlotWidthBits; bits++)
            {
                var inlineCharacters = ((1 << bits) - HashIndexFields.SlotKey) * 2;
                if (keys.Count(k => k.Key.Length <= inlineCharacters) * 100 >= keys.Count * InlinePercent)
                {
                    return bits;
                }
            }

            return HashIndexFields.MaxSlotWidthBits;
        }
    }
}
