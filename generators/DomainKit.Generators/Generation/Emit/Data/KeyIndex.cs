using System.Collections.Generic;
using System.Linq;
using DomainKit.Generators.Common;

namespace DomainKit.Generators.Generation.Emit.Data
{
    /// <summary>
    /// One key index, laid out: its keys and its section as <see cref="HashIndexWriter"/> writes it. Choosing the hash
    /// tries dozens of slices over every key and placing the keys touches every slot, so the generator does both in a
    /// step of its own that reads only the keys: an edit that keeps every id and name finds the section cached, and
    /// the table writer copies it.
    /// </summary>
    internal sealed record KeyIndex(KeyIndexKeys Keys, EquatableArray<int> Layout)
    {
        /// <summary>Each index laid out under the hash chosen from its keys.</summary>
        public static EquatableArray<KeyIndex> Build(EquatableArray<KeyIndexKeys> indexes)
            => indexes.Select(LaidOut).ToEquatableArray();

        private static KeyIndex LaidOut(KeyIndexKeys keys)
        {
            var layout = HashIndexWriter.Write(keys.Keys.Select((key, i) => (key, keys.Records[i])).ToList(), KeyAnalyzer.Analyze(keys.Keys, keys.IgnoreCase));
            return new KeyIndex(keys, new EquatableArray<int>(layout));
        }
    }
}
