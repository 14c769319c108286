using System;
using System.Collections.Generic;
using System.Linq;
using DomainKit.Compiled;

namespace DomainKit.Generators.Generation.Emit.Data
{
    /// <summary>Writes one document's run of <see cref="Section.AnnotationIds"/>: its ids by their hash, then their UTF-8 bytes (<see cref="AnnotationIdFields"/>).</summary>
    internal static class AnnotationIdRows
    {
        public static void Write(TableBuilder table, IEnumerable<(string Id, int Kind, int Row)> ids)
        {
            // Sorted in place, cheaper than OrderBy with two keys over a large corpus; the given order breaks ties, as a
            // stable sort would.
            var sorted = ids.Select((e, order) => (Hash: KeyHash.Whole(e.Id.AsSpan(), KeyFold.Ordinal), e.Id, e.Kind, e.Row, Order: order)).ToArray();
            Array.Sort(sorted, ByHashThenId);
            foreach (var (hash, id, kind, row, _) in sorted)
            {
                table.Row(Section.AnnotationIds, AnnotationIdFields.Width)
                    .Set(AnnotationIdFields.Hash, unchecked((int)hash))
                    .Set(AnnotationIdFields.Id, table.Strings.Add(id))
                    .Set(AnnotationIdFields.Kind, kind)
                    .Set(AnnotationIdFields.Row, row)
                    .End();
            }
        }

        /// <summary>By hash, then by the ids' UTF-8 bytes, then as given.</summary>
        private static int ByHashThenId((uint Hash, string Id, int Kind, int Row, int Order) x, (uint Hash, string Id, int Kind, int Row, int Order) y)
        {
            var byHash = x.Hash.CompareTo(y.Hash);
            if (byHash != 0)
            {
                return byHash;
            }

            var byId = Utf8Order.Instance.Compare(x.Id, y.Id);
            return byId != 0 ? byId : x.Order.CompareTo(y.Order);
        }
    }
}
