using System.Collections.Generic;
using DomainKit.Generators.Common;
using DomainKit.Generators.Diagnostics;

namespace DomainKit.Generators.Corpus.Catalogs
{
    /// <summary>One data row of a TSV catalog: its fields in header order and where each one is.</summary>
    internal sealed record TsvRow(EquatableArray<string> Fields, EquatableArray<SourceSpan> Spans, SourceSpan Line)
    {
        public string this[int column] => column < Fields.Count ? Fields[column] : string.Empty;

        public SourceSpan SpanOf(int column) => column < Spans.Count ? Spans[column] : Line;
    }

    /// <summary>
    /// A small tab-separated catalog (actors.tsv, documents.tsv, relations.tsv). Columns are found by
    /// their header names, so curators may reorder them or add their own.
    /// </summary>
    internal sealed record TsvTable(string Path, EquatableArray<string> Header, EquatableArray<TsvRow> Rows, EquatableArray<CorpusDiagnostic> Diagnostics)
    {
        public int Column(string name)
        {
            for (var i = 0; i < Header.Count; i++)
            {
                if (Header[i] == name)
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>Parses a catalog and checks that the <paramref name="required"/> columns are present.</summary>
        public static TsvTable Parse(string path, string content, params string[] required)
        {
            var header = EquatableArray<string>.Empty;
            var rows = new List<TsvRow>();
            var diagnostics = new List<CorpusDiagnostic>();
            var sawHeader = false;
            foreach (var line in SourceLine.Split(path, content))
            {
                if (line.Text.Trim().Length == 0)
                {
                    continue;
                }

                var fields = line.Text.Split('\t');
                if (!sawHeader)
                {
                    sawHeader = true;
                    header = new EquatableArray<string>(fields);
                    foreach (var column in required)
                    {
                        if (System.Array.IndexOf(fields, column) < 0)
                        {
                            diagnostics.Add(CorpusDiagnostic.Create(DiagnosticRules.InvalidTable, line.Whole,
                                FileName(path), $"the header has no '{column}' column; expected columns: {string.Join(", ", required)}"));
                        }
                    }

                    continue;
                }

                if (fields.Length > header.Count)
                {
                    diagnostics.Add(CorpusDiagnostic.Create(DiagnosticRules.InvalidTable, line.Whole,
                        FileName(path), $"the row has {fields.Length} fields but the header has {header.Count}"));
                }

                var spans = new SourceSpan[fields.Length];
                var column0 = 0;
                for (var i = 0; i < fields.Length; i++)
                {
                    spans[i] = line.At(column0, fields[i].Length);
                    column0 += fields[i].Length + 1;
                }

                rows.Add(new TsvRow(new EquatableArray<string>(fields), new EquatableArray<SourceSpan>(spans), line.Whole));
            }

            return new TsvTable(path, header, rows.ToEquatableArray(), diagnostics.ToEquatableArray());
        }

        private static string FileName(string path) => System.IO.Path.GetFileName(path);
    }
}
