using System;
using System.Collections.Generic;
using DomainKit.Compiled;

namespace DomainKit.Generators.Generation.Emit.Data
{
    /// <summary>
    /// Writes a hash index section (<see cref="HashIndexFields"/>) with the runtime's own hash function, for key
    /// sets too large for generated dispatch code. Twice as many slots as keys keeps most probes to one comparison.
    /// </summary>
    internal static class HashIndexWriter
    {
        public static void Write(List<int> section, IReadOnlyList<(string Key, int StringReference, int Record)> keys, bool ignoreCase)
        {
            if (keys.Count == 0)
            {
                return;
            }

            var slots = 1;
            while (slots < keys.Count * 2)
            {
                slots <<= 1;
            }

            var bySlot = new List<int>[slots];
            var hashes = new uint[keys.Count];
            for (var i = 0; i < keys.Count; i++)
            {
                hashes[i] = ignoreCase ? KeyHash.IgnoreCase(keys[i].Key.AsSpan()) : KeyHash.Ordinal(keys[i].Key.AsSpan());
                var slot = (int)(hashes[i] & (uint)(slots - 1));
                (bySlot[slot] ??= new List<int>()).Add(i);
            }

            section.Add(slots);
            var start = 0;
            section.Add(start);
            foreach (var entries in bySlot)
            {
                start += entries?.Count ?? 0;
                section.Add(start);
            }

            foreach (var entries in bySlot)
            {
                foreach (var i in entries ?? new List<int>())
                {
                    section.Add(keys[i].StringReference);
                    section.Add(keys[i].Record);
                    section.Add((int)hashes[i]);
                }
            }
        }
    }
}
