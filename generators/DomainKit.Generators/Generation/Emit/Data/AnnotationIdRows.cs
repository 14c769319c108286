using System;
using System.Collections.Generic;
using DomainKit.Compiled;

namespace DomainKit.Generators.Generation.Emit.Data
{
    /// <summary>
    /// Writes one document's run of <see cref="Section.AnnotationIds"/>: its ids by their hash, then their UTF-8 bytes
    /// (<see cref="AnnotationIdFields"/>). Each id comes with its string reference, which its annotation's row already took.
    /// </summary>
    internal static class AnnotationIdRows
    {
        public static void Write(IRowTable table, IReadOnlyList<(string Id, int String, int Kind, int Row)> ids)
        {
            // Only (hash, position) pairs are sorted, in place: a large corpus has hundreds of thousands of ids. The
            // position breaks ties, as a stable sort would.
            var sorted = new (uint Hash, int Position)[ids.Count];
            for (var i = 0; i < sorted.Length; i++)
            {
                sorted[i] = (KeyHash.Whole(ids[i].Id.AsSpan(), KeyFold.Ordinal), i);
            }

            Array.Sort(sorted, new ByHashThenId(ids));
            foreach (var (hash, position) in sorted)
            {
                var (_, reference, kind, row) = ids[position];
                table.Row(Section.AnnotationIds, AnnotationIdFields.Width)
                    .Set(AnnotationIdFields.Hash, unchecked((int)hash))
                    .Set(AnnotationIdFields.Id, reference, Relocation.String)
                    .Set(AnnotationIdFields.Kind, kind)
                    .Set(AnnotationIdFields.Row, row, RowRelocations.Of(kind))
                    .End();
            }
        }

        /// <summary>By hash, then by the ids' UTF-8 bytes, then as given.</summary>
        private sealed class ByHashThenId : IComparer<(uint Hash, int Position)>
        {
            private readonly IReadOnlyList<(string Id, int String, int Kind, int Row)> _ids;

            public ByHashThenId(IReadOnlyList<(string Id, int String, int Kind, int Row)> ids) => _ids = ids;

            public int Compare((uint Hash, int Position) x, (uint Hash, int Position) y)
            {
                var byHash = x.Hash.CompareTo(y.Hash);
                if (byHash != 0)
                {
                    return byHash;
                }

                var byId = Utf8Order.Instance.Compare(_ids[x.Position].Id, _ids[y.Position].Id);
                return byId != 0 ? byId : x.Position.CompareTo(y.Position);
            }
        }
    }
}
