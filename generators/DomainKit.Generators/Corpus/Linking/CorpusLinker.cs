using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using DomainKit.Generators.Common;
using DomainKit.Generators.Corpus.Catalogs;
using DomainKit.Generators.Corpus.Export;
using DomainKit.Generators.Corpus.Schema;
using DomainKit.Generators.Corpus.Standoff;
using DomainKit.Generators.Diagnostics;

namespace DomainKit.Generators.Corpus.Linking
{
    /// <summary>
    /// Links a parsed corpus folder into records in three steps, each a function of its inputs alone so the generator
    /// can cache them apart: the catalogs (<see cref="CatalogLinker"/>), every <c>.ann</c> file on its own
    /// (<see cref="DocumentAnnotationLinker"/>), and the merge here: attestations that share a canonical id (by each
    /// record model's <c>Merge</c>, field by field through <see cref="FieldMerge{TRecord}"/>), relations,
    /// and the mentions and standoff layers in order. Output order is ordinal by id whatever order the files came in.
    /// </summary>
    internal sealed class CorpusLinker
    {
        /// <summary>The kind of a record no attestation gives one (a member of every runtime kind enum).</summary>
        internal const string Unspecified = "Unspecified";

        private readonly CatalogLink _catalogs;
        private readonly List<CorpusDiagnostic> _diagnostics = new();

        /// <summary>What the last merge over the same catalogs left for this one to take where its input is the same.</summary>
        private readonly LastMerge _last;

        private IdOrder? _statementOrder;
        private IdOrder? _eventOrder;

        private CorpusLinker(CatalogLink catalogs)
        {
            _catalogs = catalogs;
            _last = LastMerges.GetOrCreateValue(catalogs);
        }

        /// <summary>All three steps, one after the other, and what the catalogs hold that only an export writes back (<see cref="CatalogExtras"/>).</summary>
        public static LinkResult Link(CorpusFiles files, RuntimeVocabulary vocabulary)
        {
            var catalogs = CatalogLinker.Link(files, vocabulary);
            var result = Merge(catalogs, DocumentInputs(files, catalogs).Select(input => DocumentAnnotationLinker.Link(input, catalogs.Context)).ToList());
            return result.WithExtras(() => CatalogExtras.Of(catalogs, result.Corpus!));
        }

        /// <summary>Every <c>.ann</c> file of the corpus with its document's id, index and text, by path.</summary>
        public static List<DocumentLinkInput> DocumentInputs(CorpusFiles files, CatalogLink catalogs)
            => PathOrder.Sort(files.Annotations, a => a.Path).Select(annotations => DocumentInput(files.DocumentId(annotations.Path), annotations, catalogs)).ToList();

        /// <summary>One <c>.ann</c> file of document <paramref name="documentId"/> with that document's index and text, if the corpus has it.</summary>
        public static DocumentLinkInput DocumentInput(string documentId, StandoffDocument annotations, CatalogLink catalogs)
            => catalogs.DocumentIndex(documentId) is var document and >= 0
                ? new DocumentLinkInput(documentId, document, annotations, catalogs.DocumentTexts[document])
                : new DocumentLinkInput(documentId, -1, annotations, null);

        /// <summary>
        /// Merges the linked documents (given in the order of <see cref="DocumentInputs"/>) over the catalogs into the
        /// corpus, with every diagnostic of the three steps in file and line order.
        /// </summary>
        public static LinkResult Merge(CatalogLink catalogs, IReadOnlyList<DocumentLinkResult> documents)
        {
            var linker = new CorpusLinker(catalogs);
            linker._diagnostics.AddRange(catalogs.Diagnostics);
            var corpus = linker.Run(documents);
            return new LinkResult(corpus, CorpusDiagnostic.InFileOrder(linker._diagnostics));
        }

        private LinkedCorpus Run(IReadOnlyList<DocumentLinkResult> documents)
        {
            // Each list allocated once at its size and filled by array copies (a boxed EquatableArray would be enumerated
            // one item at a time into a list doubled as it grows): the merge runs on every data edit.
            var statements = new List<RecordOccurrence<StatementModel>>(documents.Sum(d => d.Statements.Count));
            var borderEvents = new List<RecordOccurrence<BorderEventModel>>(documents.Sum(d => d.BorderEvents.Count));
            var relations = new List<RelationOccurrence>(documents.Sum(d => d.Relations.Count));
            var layers = new List<StandoffLayerModel>(documents.Count);
            foreach (var linked in documents)
            {
                linked.Diagnostics.AppendTo(_diagnostics);
                linked.NoteDiagnostics.AppendTo(_diagnostics);
                linked.Statements.AppendTo(statements);
                linked.BorderEvents.AppendTo(borderEvents);
                linked.Relations.AppendTo(relations);
                if (linked.Layer is not null)
                {
                    layers.Add(linked.Layer);
                }
            }

            var mergedStatements = MergeStatements(statements);
            var mergedEvents = MergeBorderEvents(borderEvents);
            return new LinkedCorpus
            {
                Documents = _catalogs.Documents,
                Actors = _catalogs.Actors,
                NameKeys = _catalogs.NameKeys,
                Statements = mergedStatements.ToEquatableArray(),
                BorderEvents = mergedEvents.ToEquatableArray(),
                Mentions = MentionsInOrder(documents),
                Relations = LinkRelations(relations, mergedStatements, mergedEvents).ToEquatableArray(),
                Standoff = layers.OrderBy(l => l.Document).ToEquatableArray(),
                StandoffTypes = StandoffTypes(layers),
            };
        }

        /// <summary>
        /// The mentions by document, span and actor. Each file's come sorted (DocumentAnnotationLinker), so putting the
        /// files in document order sorts them, checked in one pass; only a document with two <c>.ann</c> files
        /// (<c>doc.ann</c> and <c>doc.ANN</c>) can interleave, and then all are sorted here.
        /// </summary>
        private static EquatableArray<MentionModel> MentionsInOrder(IReadOnlyList<DocumentLinkResult> documents)
        {
            var mentions = new List<MentionModel>(documents.Sum(d => d.Mentions.Count));
            foreach (var document in documents.Where(d => d.Mentions.Count > 0).OrderBy(d => d.Mentions[0].Document))
            {
                document.Mentions.AppendTo(mentions);
            }

            for (var i = 1; i < mentions.Count; i++)
            {
                if (Order(mentions[i - 1]).CompareTo(Order(mentions[i])) > 0)
                {
                    return mentions.OrderBy(Order).ToEquatableArray();
                }
            }

            return mentions.ToEquatableArray();

            static (int Document, int Start, int End, int Actor) Order(MentionModel m) => (m.Document, m.Span.Start, m.Span.End, m.Actor);
        }

        /// <summary>
        /// What the last merge over a catalogs' part computed, by that part: the generator keeps one
        /// <see cref="CatalogLink"/> while the catalogs are unchanged, and a data edit seldom changes a canonical id or a
        /// relation.
        /// </summary>
        private static readonly ConditionalWeakTable<CatalogLink, LastMerge> LastMerges = new();

        private List<StatementModel> MergeStatements(List<RecordOccurrence<StatementModel>> occurrences)
        {
            var merge = MergeRecords(occurrences, "Statement", s => s.Id, field => StatementModel.Merge(field, _catalogs.Actors), Volatile.Read(ref _last.Statements));
            Volatile.Write(ref _last.Statements, merge);
            _statementOrder = merge.Order;
            return merge.Merged;
        }

        private List<BorderEventModel> MergeBorderEvents(List<RecordOccurrence<BorderEventModel>> occurrences)
        {
            var merge = MergeRecords(occurrences, "Border event", e => e.Id, BorderEventModel.Merge, Volatile.Read(ref _last.BorderEvents));
            Volatile.Write(ref _last.BorderEvents, merge);
            _eventOrder = merge.Order;
            return merge.Merged;
        }

        /// <summary>
        /// The records of each canonical id merged by <paramref name="merge"/>, in id order. If the ids are the last
        /// merge's, in the same order, its order is taken, and a record attested once by the same occurrence as there is
        /// the record merged there: such a merge is a function of that occurrence alone (no conflict to report, no
        /// catalog consulted), and the occurrence is the same object while its document's link result is, which the
        /// generator keeps while the file is unchanged. Unchanged records then stay the same objects, which the table
        /// writer and the generator's comparisons see without reading them.
        /// </summary>
        private MergedRecords<TRecord> MergeRecords<TRecord>(List<RecordOccurrence<TRecord>> occurrences, string name, Func<TRecord, string> id,
            Func<FieldMerge<TRecord>, TRecord> merge, MergedRecords<TRecord>? last)
            where TRecord : class
        {
            var records = new TRecord[occurrences.Count];
            for (var i = 0; i < records.Length; i++)
            {
                records[i] = occurrences[i].Record;
            }

            var same = last is not null && SameIds(records, last, id);
            var order = same ? last!.Order : IdOrder.Of(Array.ConvertAll(records, r => id(r)));
            var merged = new List<TRecord>(records.Length);
            for (var start = 0; start < records.Length;)
            {
                var end = order.RunEnd(start);
                if (end - start == 1)
                {
                    var position = order.Positions[start];
                    merged.Add(same && ReferenceEquals(records[position], last!.Occurrences[position])
                        ? last.Merged[merged.Count]
                        : merge(new FieldMerge<TRecord>(_diagnostics, name, order.Sorted[start], new List<RecordOccurrence<TRecord>> { occurrences[position] })));
                }
                else
                {
                    var attested = new List<RecordOccurrence<TRecord>>(end - start);
                    for (var k = start; k < end; k++)
                    {
                        attested.Add(occurrences[order.Positions[k]]);
                    }

                    merged.Add(merge(new FieldMerge<TRecord>(_diagnostics, name, order.Sorted[start], attested)));
                }

                start = end;
            }

            return new MergedRecords<TRecord>(order, records, merged);
        }

        /// <summary>Whether <paramref name="records"/> have the ids of the last merge's occurrences, in the same order: the same occurrence has.</summary>
        private static bool SameIds<TRecord>(TRecord[] records, MergedRecords<TRecord> last, Func<TRecord, string> id)
            where TRecord : class
        {
            if (records.Length != last.Occurrences.Length)
            {
                return false;
            }

            for (var i = 0; i < records.Length; i++)
            {
                if (!ReferenceEquals(records[i], last.Occurrences[i]) && !string.Equals(id(records[i]), last.Order.Given[i], StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The standoff layers' type names: the last merge's if the layers use the same names.</summary>
        private StandoffTypeNames StandoffTypes(List<StandoffLayerModel> layers)
        {
            var names = layers.ConvertAll(layer => layer.TypeNames);
            var last = Volatile.Read(ref _last.StandoffTypes);
            if (last is not null && LayerTypeNames.Same(names, last.Layers))
            {
                return last.Names;
            }

            var types = StandoffTypeNames.From(_catalogs.Context.Schema, layers);
            Volatile.Write(ref _last.StandoffTypes, new LayerTypes(names, types));
            return types;
        }

        /// <summary>
        /// The relations of the documents' <c>R</c> lines and of relations.tsv between records that exist, in order: the
        /// last merge's if it linked the same lines between the same ids (and reported the same).
        /// </summary>
        private List<RelationModel> LinkRelations(List<RelationOccurrence> occurrences, List<StatementModel> statements, List<BorderEventModel> events)
        {
            var last = Volatile.Read(ref _last.Relations);
            if (last is not null && ReferenceEquals(last.Statements, _statementOrder) && ReferenceEquals(last.Events, _eventOrder) && last.Occurrences.SequenceEqual(occurrences))
            {
                _diagnostics.AddRange(last.Diagnostics);
                return last.Relations;
            }

            var reported = _diagnostics.Count;
            var relations = LinkRelationsAgain(occurrences, statements, events);
            Volatile.Write(ref _last.Relations, new LinkedRelations(_statementOrder!, _eventOrder!, occurrences, relations, _diagnostics.GetRange(reported, _diagnostics.Count - reported)));
            return relations;
        }

        private List<RelationModel> LinkRelationsAgain(List<RelationOccurrence> occurrences, List<StatementModel> statements, List<BorderEventModel> events)
        {
            var known = new RecordIds(statements.ConvertAll(s => s.Id), events.ConvertAll(e => e.Id));
            var relations = new HashSet<RelationModel>();
            foreach (var occurrence in occurrences)
            {
                // An R line whose event was dropped (an error was reported for it) must not point at a missing record.
                if (known.Contains(occurrence.FromId) && known.Contains(occurrence.ToId))
                {
                    relations.Add(new RelationModel(occurrence.FromId, occurrence.Kind, occurrence.ToId));
                }
            }

            if (_catalogs.Relations is { } table)
            {
                _diagnostics.AddRange(table.Diagnostics);
                foreach (var (_, relation) in CatalogRelationRows(table, known, _catalogs.Context.Schema, Report))
                {
                    relations.Add(relation);
                }
            }

            return relations
                .OrderBy(r => r.From, StringComparer.Ordinal)
                .ThenBy(r => r.Kind, StringComparer.Ordinal)
                .ThenBy(r => r.To, StringComparer.Ordinal)
                .ToList();
        }

        /// <summary>
        /// The rows of relations.tsv between records that exist, with a relation type the schema declares, in file order,
        /// and the relation each gives; each other row is reported (<paramref name="report"/>) and left out. The merge
        /// adds them to the relations, an export writes them back as they are (<see cref="Export.CatalogExtras"/>).
        /// </summary>
        public static IEnumerable<(TsvRow Row, RelationModel Relation)> CatalogRelationRows(TsvTable table, RecordIds known, AnnotationSchema? schema,
            Action<DiagnosticRule, SourceSpan, string[]> report)
        {
            int from = table.Column("from"), kind = table.Column("relation"), to = table.Column("to");
            foreach (var row in from < 0 || kind < 0 || to < 0 ? Enumerable.Empty<TsvRow>() : table.Rows)
            {
                var ok = true;
                foreach (var column in new[] { from, to })
                {
                    if (!known.Contains(row[column]))
                    {
                        report(DiagnosticRules.UnknownRecord, row.SpanOf(column), new[] { row[column] });
                        ok = false;
                    }
                }

                if (schema is not null && schema.FindRelation(row[kind]) is null)
                {
                    report(DiagnosticRules.UnknownType, row.SpanOf(kind), new[] { row[kind], "a relation type" });
                    ok = false;
                }

                if (ok)
                {
                    yield return (row, new RelationModel(row[from], row[kind], row[to]));
                }
            }
        }

        private void Report(DiagnosticRule rule, SourceSpan span, params string[] arguments)
            => _diagnostics.Add(CorpusDiagnostic.Create(rule, span, arguments));

        /// <summary>What the last merge over one catalogs' part computed; each replaced whole.</summary>
        private sealed class LastMerge
        {
            public MergedRecords<StatementModel>? Statements;
            public MergedRecords<BorderEventModel>? BorderEvents;
            public LinkedRelations? Relations;
            public LayerTypes? StandoffTypes;
        }

        /// <summary>The standoff type names joined from layers that use <paramref name="Layers"/>.</summary>
        private sealed record LayerTypes(List<LayerTypeNames> Layers, StandoffTypeNames Names);

        /// <summary>A merge of one record type: its id order, each occurrence's record in the order given, the merged records in id order.</summary>
        private sealed record MergedRecords<TRecord>(IdOrder Order, TRecord[] Occurrences, List<TRecord> Merged)
            where TRecord : class;

        /// <summary>The relations linked from <paramref name="Occurrences"/> between the ids of two id orders, with what was reported.</summary>
        private sealed record LinkedRelations(IdOrder Statements, IdOrder Events, List<RelationOccurrence> Occurrences, List<RelationModel> Relations,
            List<CorpusDiagnostic> Diagnostics);
    }
}
