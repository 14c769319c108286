using System.Linq;
using DomainKit.Generators.Common;

namespace DomainKit.Generators.Generation.Emit.Data
{
    /// <summary>
    /// One key index as the table writer lays it out: its keys and the hash chosen for them. Choosing the hash tries
    /// dozens of slices over every key, so the generator does it in a step of its own that reads only the keys: an
    /// edit that keeps every id and name finds it cached.
    /// </summary>
    internal sealed record KeyIndex(KeyIndexKeys Keys, KeyAnalyzer Hash)
    {
        /// <summary>The hash of each index, chosen from its keys.</summary>
        public static EquatableArray<KeyIndex> Analyze(EquatableArray<KeyIndexKeys> indexes)
            => indexes.Select(keys => new KeyIndex(keys, KeyAnalyzer.Analyze(keys.Keys, keys.IgnoreCase))).ToEquatableArray();
    }
}
