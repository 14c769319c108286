using System.Collections.Generic;
using System.Linq;
using static DomainKit.Generators.Generation.Emit.CSharpLiteral;

namespace DomainKit.Generators.Generation.Emit
{
    /// <summary>
    /// Emits an id → record index lookup as code: a switch on the length, then on the character at the position
    /// that best splits the keys (nested while it helps), then one ordinal comparison. No hashing and no allocation
    /// per lookup. Used for the id sets of up to <c>Refs.MaxDispatchKeys</c> that no perfect hash holds
    /// (<see cref="PerfectHashPlan"/>: more than it holds, or ids a few characters do not tell apart), beside the key index every
    /// key set has in the data; a larger switch would cost the compiler and the JIT too much. Its branches on characters
    /// mispredict with random keys, which the perfect hash does not have.
    /// </summary>
    internal static class KeyDispatchEmitter
    {
        private const int MaxDepth = 4;

        public static void Emit(SourceWriter w, string summary, string methodName, IReadOnlyList<(string Key, int Index)> keys)
        {
            var dispatch = new Dispatch(w);
            w.Line($"/// <summary>{summary}</summary>");
            w.Open($"internal static int {methodName}(global::System.ReadOnlySpan<char> key)");
            w.Open("switch (key.Length)");
            foreach (var group in keys.GroupBy(k => k.Key.Length).OrderBy(g => g.Key))
            {
                w.Label($"case {Int(group.Key)}:");
                dispatch.Group(group.OrderBy(k => k.Key, System.StringComparer.Ordinal).ToList(), new HashSet<int>(), 0);
                w.Outdent();
            }

            w.Close();
            w.Line("return -1;");
            w.Close();
        }

        private sealed class Dispatch(SourceWriter w)
        {

            public void Group(List<(string Key, int Index)> keys, HashSet<int> used, int depth)
            {
                // One key is compared as it is (no position splits it), and so are the keys left at the depth limit.
                var position = keys.Count == 1 || depth == MaxDepth ? -1 : BestPosition(keys, used);
                if (position < 0)
                {
                    foreach (var (key, index) in keys)
                    {
                        w.Line($"if (global::System.MemoryExtensions.Equals(key, {String(key)}, global::System.StringComparison.Ordinal)) return {Int(index)};");
                    }

                    w.Line("return -1;");
                    return;
                }

                // Stryker disable once Statement : every key below a case has that case's character at the position, so it never splits them again; skipping it only saves the count
                used.Add(position);
                w.Open($"switch (key[{Int(position)}])");
                foreach (var bucket in keys.GroupBy(k => k.Key[position]).OrderBy(g => g.Key))
                {
                    w.Label($"case {Char(bucket.Key)}:");
                    Group(bucket.ToList(), new HashSet<int>(used), depth + 1);
                    w.Outdent();
                }

                w.Close();
                w.Line("return -1;");
            }

            /// <summary>The character position that splits the keys into the most groups.</summary>
            private int BestPosition(List<(string Key, int Index)> keys, HashSet<int> used)
            {
                // Stryker disable once Unary : never returned: two distinct keys of one length (ids are unique per kind) differ at a position not switched on yet, since a case's keys agree at every switched one
                var best = -1;
                var bestGroups = 1;
                for (var p = 0; p < keys[0].Key.Length; p++)
                {
                    // Stryker disable once Statement,Block : a position switched on above holds one character in all these keys (one group), so it is never the best; skipping it only saves the count
                    if (used.Contains(p))
                    {
                        continue;
                    }

                    var groups = keys.Select(k => k.Key[p]).Distinct().Count();
                    if (groups > bestGroups)
                    {
                        best = p;
                        bestGroups = groups;
                    }
                }

                return best;
            }
        }

        private static string Char(char c) => c is >= ' ' and <= '~' and not '\'' and not '\\'
            ? "'" + c + "'"
            : "'\\u" + ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture) + "'";
    }
}
