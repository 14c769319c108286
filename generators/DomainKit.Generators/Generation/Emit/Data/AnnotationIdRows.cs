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
            var sorted = ids
                .Select(e => (Hash: KeyHash.Whole(e.Id.AsSpan(), KeyFold.Ordinal), e.Id, e.Kind, e.Row))
                .OrderBy(e => e.Hash)
                .ThenBy(e => e.Id, Utf8Order.Instance);
            foreach (var (hash, id, kind, row) in sorted)
            {
                table.Row(Section.AnnotationIds, AnnotationIdFields.Width)
                    .Set(AnnotationIdFields.Hash, unchecked((int)hash))
                    .Set(AnnotationIdFields.Id, table.Strings.Add(id))
                    .Set(AnnotationIdFields.Kind, kind)
                    .Set(AnnotationIdFields.Row, row)
                    .End();
            }
        }
    }
}
