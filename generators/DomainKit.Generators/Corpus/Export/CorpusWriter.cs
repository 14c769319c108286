using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using DomainKit.Generators.Corpus.Linking;

namespace DomainKit.Generators.Corpus.Export
{
    /// <summary>
    /// Writes a linked corpus back as a corpus folder: per document <c>ID.txt</c> and brat standoff <c>ID.ann</c>
    /// (from its standoff layer, with the ids of the files it was read from), and the <c>actors.tsv</c>,
    /// <c>documents.tsv</c> and <c>relations.tsv</c> catalogs, with the columns DomainKit does not read
    /// (<see cref="CatalogExtras"/>). Read again, it gives the same annotations and rows.
    /// annotation.conf is not part of the linked model; callers copy it.
    /// </summary>
    internal static class CorpusWriter
    {
        /// <summary>Every file of the exported folder: its name and its content (LF line ends).</summary>
        public static List<KeyValuePair<string, string>> Write(LinkedCorpus corpus, CatalogExtras extras)
        {
            var files = new List<KeyValuePair<string, string>>();
            var layers = corpus.Standoff.ToDictionary(l => l.Document);
            for (var i = 0; i < corpus.Documents.Count; i++)
            {
                var document = corpus.Documents[i];
                files.Add(new(document.Id + ".txt", document.Text));
                if (layers.TryGetValue(i, out var layer))
                {
                    files.Add(new(document.Id + ".ann", WriteAnnotations(layer)));
                }
            }

            files.Add(new(CorpusFileParser.ActorsFileName, WriteActors(corpus, extras)));
            files.Add(new(CorpusFileParser.DocumentsFileName, WriteDocuments(corpus, extras)));
            files.Add(new(CorpusFileParser.RelationsFileName, WriteRelations(extras)));
            return files;
        }

        public static string WriteAnnotations(StandoffLayerModel layer)
        {
            string Ref(AnnotationRef target) => target.Kind switch
            {
                AnnotationKind.Event => layer.Events[target.Index].Id,
                AnnotationKind.Relation => layer.Relations[target.Index].Id,
                _ => layer.TextBounds[target.Index].Id,
            };

            var text = new StringBuilder();
            foreach (var t in layer.TextBounds)
            {
                var fragments = t.Span.Fragments.Count > 0
                    ? string.Join(";", t.Span.Fragments.Select(f => Number(f.Start) + " " + Number(f.End)))
                    : Number(t.Span.Start) + " " + Number(t.Span.End);
                Line(text, t.Id, t.Type + " " + fragments, t.Span.Text);
            }

            foreach (var e in layer.Events)
            {
                var head = new StringBuilder(e.Type).Append(':').Append(layer.TextBounds[e.Trigger].Id);
                var repeats = new Dictionary<string, int>();
                foreach (var argument in e.Arguments)
                {
                    repeats.TryGetValue(argument.Role, out var seen);
                    repeats[argument.Role] = ++seen;

                    // brat numbers a repeated role Content, Content2, Content3.
                    head.Append(' ').Append(argument.Role).Append(seen > 1 ? Number(seen) : string.Empty).Append(':').Append(Ref(argument.Target));
                }

                Line(text, e.Id, head.ToString());
            }

            foreach (var a in layer.Attributes)
            {
                Line(text, a.Id, a.Name + " " + Ref(a.Target) + (a.Value is null ? string.Empty : " " + a.Value));
            }

            foreach (var n in layer.Normalizations)
            {
                Line(text, n.Id, n.Type + " " + Ref(n.Target) + " " + n.Database + ":" + n.Value, n.Label);
            }

            foreach (var r in layer.Relations)
            {
                Line(text, r.Id, r.Type + " " + r.Role1 + ":" + Ref(r.Arg1) + " " + r.Role2 + ":" + Ref(r.Arg2));
            }

            foreach (var note in layer.Notes)
            {
                Line(text, note.Id, note.Type + " " + Ref(note.Target), note.Text);
            }

            foreach (var equivalence in layer.Equivalences)
            {
                Line(text, "*", equivalence.Type + " " + string.Join(" ", equivalence.Members.Select(Ref)));
            }

            return text.ToString();
        }

        private static string WriteActors(LinkedCorpus corpus, CatalogExtras extras)
        {
            var others = OtherColumnNames(extras.ActorColumns);
            var text = new StringBuilder();
            Line(text, CorpusFileParser.ActorColumns.Concat(others).ToArray());
            for (var i = 0; i < corpus.Actors.Count; i++)
            {
                var actor = corpus.Actors[i];
                Line(text, new[]
                {
                    actor.Id, actor.Name, actor.Kind, actor.Country ?? string.Empty,
                    actor.MemberOf >= 0 ? corpus.Actors[actor.MemberOf].Id : string.Empty,
                    actor.Role ?? string.Empty, string.Join("|", actor.Aliases),
                }.Concat(Values(extras.ActorColumns[i], others)).ToArray());
            }

            return text.ToString();
        }

        private static string WriteDocuments(LinkedCorpus corpus, CatalogExtras extras)
        {
            // Only the documents documents.tsv has a row for: a text file alone stays one.
            var cataloged = corpus.Documents.Select((document, i) => (Document: document, Columns: extras.DocumentColumns[i]))
                .Where(d => d.Columns is not null).Select(d => (d.Document, Columns: d.Columns!.Value)).ToList();
            var others = OtherColumnNames(cataloged.Select(d => d.Columns));
            var text = new StringBuilder();
            Line(text, CorpusFileParser.DocumentColumns.Concat(others).ToArray());
            foreach (var (document, columns) in cataloged)
            {
                Line(text, new[]
                {
                    document.Id, document.Title, document.Outlet >= 0 ? corpus.Actors[document.Outlet].Id : string.Empty,
                    document.Published?.ToIsoString() ?? string.Empty,
                }.Concat(Values(columns, others)).ToArray());
            }

            return text.ToString();
        }

        private static string WriteRelations(CatalogExtras extras)
        {
            var others = OtherColumnNames(extras.Relations.Select(r => r.OtherColumns));
            var text = new StringBuilder();
            Line(text, CorpusFileParser.RelationColumns.Concat(others).ToArray());
            foreach (var row in extras.Relations)
            {
                Line(text, new[] { row.Relation.From, row.Relation.Kind, row.Relation.To }.Concat(Values(row.OtherColumns, others)).ToArray());
            }

            return text.ToString();
        }

        private static List<string> OtherColumnNames(IEnumerable<Common.EquatableArray<CatalogColumn>> rows)
            => rows.SelectMany(columns => columns.Select(c => c.Name)).Distinct().ToList();

        private static IEnumerable<string> Values(Common.EquatableArray<CatalogColumn> columns, List<string> names)
            => names.Select(name => columns.FirstOrDefault(c => c.Name == name)?.Value ?? string.Empty);

        private static void Line(StringBuilder text, params string[] fields) => text.Append(string.Join("\t", fields)).Append('\n');

        private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
