using System.Linq;
using DomainKit.Compiled;
using DomainKit.Generators.Corpus.Linking;

namespace DomainKit.Generators.Generation.Emit.Data
{
    /// <summary>Writes a span's fields (<see cref="SpanFields"/>) into a row of any table.</summary>
    internal static class SpanFieldsWriter
    {
        /// <summary>
        /// The fields of <paramref name="span"/> at <paramref name="at"/> of <paramref name="row"/>. Its text is a slice of
        /// the document text when the span says where it lies there (<see cref="SpanModel.TextStart"/>; no copy in the
        /// blob), else a string of its own (a discontinuous span's joined fragments).
        /// </summary>
        public static void Write(IRowTable table, TableRows.Row row, int at, SpanModel span)
        {
            var fragments = span.Fragments.Count == 0 ? table.List([]) : table.List(span.Fragments.SelectMany(f => new[] { f.Start, f.End }).ToList());
            row.Set(at + SpanFields.Start, span.Start).Set(at + SpanFields.End, span.End).Set(at + SpanFields.Fragments, fragments, Relocation.List);
            if (span.TextStart >= 0)
            {
                row.Set(at + SpanFields.TextStart, span.TextStart).Set(at + SpanFields.TextLength, span.Text.Length).Set(at + SpanFields.Text, Refs.None);
                return;
            }

            row.Set(at + SpanFields.TextStart, 0).Set(at + SpanFields.TextLength, 0).Set(at + SpanFields.Text, table.String(span.Text), Relocation.String);
        }
    }
}
