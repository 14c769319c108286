using System.Linq;
using DomainKit.Compiled;
using DomainKit.Generators.Corpus.Linking;

namespace DomainKit.Generators.Generation.Emit.Data
{
    /// <summary>Writes a span's fields (<see cref="SpanFields"/>) into a row of any table.</summary>
    internal static class SpanFieldsWriter
    {
        /// <summary>
        /// The fields of <paramref name="span"/> of <paramref name="text"/> at <paramref name="at"/> of <paramref name="row"/>.
        /// Its text is a slice of the document text when it is one (no copy in the blob), else a string of its own (a
        /// discontinuous span's joined fragments).
        /// </summary>
        public static void Write(IRowTable table, TableRows.Row row, int at, CodePointText text, SpanModel span)
        {
            var fragments = span.Fragments.Count == 0 ? table.List([]) : table.List(span.Fragments.SelectMany(f => new[] { f.Start, f.End }).ToList());
            row.Set(at + SpanFields.Start, span.Start).Set(at + SpanFields.End, span.End).Set(at + SpanFields.Fragments, fragments, Relocation.List);
            if (span.Fragments.Count == 0 && span.Start >= 0 && span.Start <= span.End && span.End <= text.Length)
            {
                var start = text.ToUtf16(span.Start);
                var length = text.ToUtf16(span.End) - start;
                if (length == span.Text.Length && string.CompareOrdinal(text.Text, start, span.Text, 0, length) == 0)
                {
                    row.Set(at + SpanFields.TextStart, start).Set(at + SpanFields.TextLength, length).Set(at + SpanFields.Text, Refs.None);
                    return;
                }
            }

            row.Set(at + SpanFields.TextStart, 0).Set(at + SpanFields.TextLength, 0).Set(at + SpanFields.Text, table.String(span.Text), Relocation.String);
        }
    }
}
