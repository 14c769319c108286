using System.Collections.Generic;
using System.Linq;
using DomainKit.Compiled;

namespace DomainKit.Generators.Generation.Emit.Data
{
    /// <summary>
    /// Writes a key index section (<see cref="HashIndexFields"/>) with the runtime's own hash function over the
    /// slice <see cref="KeyAnalyzer"/> chose: open addressing, at most half full, keys placed in their given order,
    /// so the same keys always give the same section.
    /// </summary>
    internal static class HashIndexWriter
    {
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
            var analysis = KeyAnalyzer.Analyze(keys.Select(k => k.Key).ToList(), ignoreCase);
            var slots = new int[slotCount * HashIndexFields.SlotWidth];
            for (var slot = 0; slot < slotCount; slot++)
            {
                slots[(slot * HashIndexFields.SlotWidth) + HashIndexFields.SlotRecord] = Refs.None;
            }

            foreach (var (key, location, byteLength, record) in keys)
            {
                var hash = analysis.Hash(key);
                var slot = (int)(hash >> (32 - bits));
                while (slots[(slot * HashIndexFields.SlotWidth) + HashIndexFields.SlotRecord] != Refs.None)
                {
                    slot = (slot + 1) & (slotCount - 1);
                }

                var position = slot * HashIndexFields.SlotWidth;
                slots[position + HashIndexFields.SlotHash] = (int)hash;
                slots[position + HashIndexFields.SlotRecord] = record;
                slots[position + HashIndexFields.SlotLocation] = location;
                slots[position + HashIndexFields.SlotByteLength] = byteLength;
            }

            var header = new int[HashIndexFields.HeaderWidth];
            header[HashIndexFields.SlotCount] = slotCount;
            header[HashIndexFields.SlotShift] = 32 - bits;
            header[HashIndexFields.Fold] = (int)analysis.Fold;
            header[HashIndexFields.Slice] = (int)analysis.Slice;
            header[HashIndexFields.SliceStart] = analysis.Start;
            header[HashIndexFields.SliceLength] = analysis.Length;
            header[HashIndexFields.MinLength] = analysis.MinLength;
            header[HashIndexFields.MaxLength] = analysis.MaxLength;
            section.AddRange(header);
            section.AddRange(slots);
        }
    }
}
