using System.Collections.Generic;
using System.Linq;
using DomainKit.Generators.Common;
using DomainKit.Generators.Corpus.Linking;
using static DomainKit.Generators.Generation.Emit.CSharpLiteral;

namespace DomainKit.Generators.Generation.Emit
{
    /// <summary>
    /// Emits the name/alias → actor index lookup as code: a switch on the length, then on the upper-cased
    /// character at the position that best splits the keys (nested while it helps), then one
    /// ordinal-ignore-case comparison. No hashing and no allocation per lookup.
    /// </summary>
    internal static class NameDispatchEmitter
    {
        private const int MaxDepth = 4;
        private const string IgnoreCase = "global::System.StringComparison.OrdinalIgnoreCase";

        public static void Emit(SourceWriter w, string methodName, EquatableArray<NameKey> keys)
        {
            w.Line("/// <summary>The index of the actor with this name or alias (ignoring case), or -1.</summary>");
            w.Open($"internal static int {methodName}(global::System.ReadOnlySpan<char> name)");
            w.Open("switch (name.Length)");
            foreach (var group in keys.GroupBy(k => k.Key.Length).OrderBy(g => g.Key))
            {
                w.Label($"case {Int(group.Key)}:");
                EmitGroup(w, group.OrderBy(k => k.Key, System.StringComparer.Ordinal).ToList(), new HashSet<int>(), 0);
                w.Outdent();
            }

            w.Close();
            w.Line("return -1;");
            w.Close();
        }

        private static void EmitGroup(SourceWriter w, List<NameKey> keys, HashSet<int> used, int depth)
        {
            var position = depth < MaxDepth && keys.Count > 1 ? BestPosition(keys, used) : -1;
            if (position < 0)
            {
                foreach (var key in keys)
                {
                    w.Line($"if (global::System.MemoryExtensions.Equals(name, {String(key.Key)}, {IgnoreCase})) return {Int(key.Actor)};");
                }

                w.Line("return -1;");
                return;
            }

            used.Add(position);
            w.Open($"switch (char.ToUpperInvariant(name[{Int(position)}]))");
            foreach (var bucket in keys.GroupBy(k => char.ToUpperInvariant(k.Key[position])).OrderBy(g => g.Key))
            {
                w.Label($"case {Char(bucket.Key)}:");
                EmitGroup(w, bucket.ToList(), new HashSet<int>(used), depth + 1);
                w.Outdent();
            }

            w.Close();
            w.Line("return -1;");
        }

        /// <summary>
        /// The character position that splits the keys into the most groups. Only positions where every key has
        /// an ASCII character qualify: for those, upper-casing a character matches how OrdinalIgnoreCase compares.
        /// </summary>
        private static int BestPosition(List<NameKey> keys, HashSet<int> used)
        {
            var best = -1;
            var bestGroups = 1;
            for (var p = 0; p < keys[0].Key.Length; p++)
            {
                if (used.Contains(p) || keys.Any(k => k.Key[p] > '\u007F'))
                {
                    continue;
                }

                var groups = keys.Select(k => char.ToUpperInvariant(k.Key[p])).Distinct().Count();
                if (groups > bestGroups)
                {
                    best = p;
                    bestGroups = groups;
                }
            }

            return best;
        }

        private static string Char(char c) => c is >= ' ' and <= '~' and not '\'' and not '\\'
            ? "'" + c + "'"
            : "'\\u" + ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture) + "'";
    }
}
