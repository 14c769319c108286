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
            // Sorted in place rather than through OrderBy, which was most of the cost of this run on a large corpus; the
            // given order breaks ties, as a stable sort would.
            var sorted = ids.Select((e, order) => new IdRow(KeyHash.Whole(e.Id.AsSpan(), KeyFold.Ordinal), e.Id, e.Kind, e.Row, order)).ToArray();
            Array.Sort(sorted, IdRowOrder.Instance);
            foreach (var id in sorted)
            {
                table.Row(Section.AnnotationIds, AnnotationIdFields.Width)
                    .Set(AnnotationIdFields.Hash, unchecked((int)id.Hash))
                    .Set(AnnotationIdFields.Id, table.Strings.Add(id.Id))
                    .Set(AnnotationIdFields.Kind, id.Kind)
                    .Set(AnnotationIdFields.Row, id.Row)
                    .End();
            }
        }

        private readonly struct IdRow
        {
            public IdRow(uint hash, string id, int kind, int row, int order)
            {
                Hash = hash;
                Id = id;
                Kind = kind;
                Row = row;
                Order = order;
            }

            public uint Hash { get; }

            public string Id { get; }

            public int Kind { get; }

            public int Row { get; }

            /// <summary>The position the id was given in.</summary>
            public int Order { get; }
        }

        /// <summary>By hash, then by the ids' UTF-8 bytes, then as given.</summary>
        private sealed class IdRowOrder : IComparer<IdRow>
        {
            public static readonly IdRowOrder Instance = new();

            public int Compare(IdRow x, IdRow y)
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
}
