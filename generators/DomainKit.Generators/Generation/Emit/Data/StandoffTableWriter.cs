using System;
using System.Collections.Generic;
using System.Linq;
using DomainKit.Compiled;
using DomainKit.Generators.Common;
using DomainKit.Generators.Corpus.Linking;

namespace DomainKit.Generators.Generation.Emit.Data
{
    /// <summary>
    /// Lays the standoff layer of every document out in the standoff sections (<see cref="Section.StandoffDocuments"/>
    /// and after): every annotation line as a fixed-width row, references between annotations as (kind, row), and the
    /// indexes a query needs (by type, by target, by id, by offset) computed here. Rows are numbered corpus-wide,
    /// document after document, each document's lines of one kind in file order (<see cref="StandoffRowNumbering"/>).
    /// The notes are not here: they are a table of their own (<see cref="NoteTableWriter"/>).
    /// </summary>
    internal sealed class StandoffTableWriter
    {
        private readonly CorpusTableWriter _table;
        private readonly StandoffLayerModel?[] _layers;
        private readonly StandoffRowNumbering _rows;
        private readonly List<string> _types;
        private readonly Dictionary<string, int> _typeIndex;
        private readonly Dictionary<string, int>?[] _textBoundRows;
        private readonly Dictionary<string, int>?[] _eventRows;

        public StandoffTableWriter(CorpusTableWriter table, LinkedCorpus corpus)
        {
            _table = table;
            _layers = new StandoffLayerModel?[corpus.Documents.Count];
            foreach (var layer in corpus.Standoff)
            {
                _layers[layer.Document] = layer;
            }

            _rows = StandoffRowNumbering.Of(corpus.Documents.Count, corpus.Standoff);
            _textBoundRows = new Dictionary<string, int>?[_layers.Length];
            _eventRows = new Dictionary<string, int>?[_layers.Length];
            var types = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (document, layer) in Layers())
            {
                _textBoundRows[document] = RowsById(layer.TextBounds, t => t.Id, _rows.First(document, StandoffDocumentRow.TextBounds));
                _eventRows[document] = RowsById(layer.Events, e => e.Id, _rows.First(document, StandoffDocumentRow.Events));
                types.UnionWith(layer.TypeNames.All);
            }

            _types = types.OrderBy(t => t, StringComparer.Ordinal).ToList();
            _typeIndex = _types.Select((type, index) => (type, index)).ToDictionary(t => t.type, t => t.index, StringComparer.Ordinal);
        }

        /// <summary>The row of the text-bound <paramref name="id"/> of <paramref name="document"/>, or <see cref="Refs.None"/>.</summary>
        public int TextBound(int document, string id) => RowOf(_textBoundRows, document, id);

        /// <summary>The row of the event <paramref name="id"/> of <paramref name="document"/>, or <see cref="Refs.None"/>.</summary>
        public int Event(int document, string id) => RowOf(_eventRows, document, id);

        public void Write()
        {
            for (var document = 0; document <= _layers.Length; document++)
            {
                // The numbering is indexed by the row's own field offsets.
                var row = _table.Row(Section.StandoffDocuments, StandoffDocumentRow.Width);
                for (var field = 0; field < StandoffDocumentRow.Width; field++)
                {
                    row.Set(field, _rows.First(document, field));
                }

                row.End();
            }

            var argumentRow = 0;
            var ids = new List<(string Id, int String, int Kind, int Row)>();
            foreach (var (document, layer) in Layers())
            {
                // Each annotation's id with its string and row, for the document's id rows (AnnotationIdRows).
                int Id(string id, int kind, TableRows.Row row)
                {
                    var reference = _table.String(id);
                    ids.Add((id, reference, kind, row.Index));
                    return reference;
                }

                ids.Clear();
                foreach (var t in layer.TextBounds)
                {
                    var row = _table.Row(Section.TextBounds, TextBoundRow.Width);
                    row.Set(TextBoundRow.Document, document)
                        .Set(TextBoundRow.Id, Id(t.Id, AnnotationKinds.TextBound, row))
                        .Set(TextBoundRow.Type, _typeIndex[t.Type]);
                    _table.Span(row, TextBoundRow.Span, document, t.Span);
                    row.End();
                }

                foreach (var e in layer.Events)
                {
                    var row = _table.Row(Section.Events, EventRow.Width);
                    row.Set(EventRow.Document, document)
                        .Set(EventRow.Id, Id(e.Id, AnnotationKinds.Event, row))
                        .Set(EventRow.Type, _typeIndex[e.Type])
                        .Set(EventRow.Trigger, _rows.Row(document, new AnnotationRef(AnnotationKind.TextBound, e.Trigger)))
                        .Set(EventRow.Arguments, argumentRow)
                        .Set(EventRow.ArgumentCount, e.Arguments.Count)
                        .End();
                    foreach (var argument in e.Arguments)
                    {
                        _table.Row(Section.EventArguments, EventArgumentRow.Width)
                            .Set(EventArgumentRow.Role, _table.String(argument.Role))
                            .Set(EventArgumentRow.TargetKind, StandoffRowNumbering.Kind(argument.Target.Kind))
                            .Set(EventArgumentRow.Target, _rows.Row(document, argument.Target))
                            .End();
                    }

                    argumentRow += e.Arguments.Count;
                }

                foreach (var r in layer.Relations)
                {
                    var row = _table.Row(Section.AnnotationRelations, AnnotationRelationRow.Width);
                    row.Set(AnnotationRelationRow.Document, document)
                        .Set(AnnotationRelationRow.Id, Id(r.Id, AnnotationKinds.Relation, row))
                        .Set(AnnotationRelationRow.Type, _typeIndex[r.Type])
                        .Set(AnnotationRelationRow.Role1, _table.String(r.Role1))
                        .Set(AnnotationRelationRow.Arg1Kind, StandoffRowNumbering.Kind(r.Arg1.Kind))
                        .Set(AnnotationRelationRow.Arg1, _rows.Row(document, r.Arg1))
                        .Set(AnnotationRelationRow.Role2, _table.String(r.Role2))
                        .Set(AnnotationRelationRow.Arg2Kind, StandoffRowNumbering.Kind(r.Arg2.Kind))
                        .Set(AnnotationRelationRow.Arg2, _rows.Row(document, r.Arg2))
                        .End();
                }

                foreach (var a in layer.Attributes)
                {
                    var row = _table.Row(Section.Attributes, AttributeRow.Width);
                    row.Set(AttributeRow.Document, document)
                        .Set(AttributeRow.Id, Id(a.Id, AnnotationKinds.Attribute, row))
                        .Set(AttributeRow.Type, _typeIndex[a.Name])
                        .Set(AttributeRow.TargetKind, StandoffRowNumbering.Kind(a.Target.Kind))
                        .Set(AttributeRow.Target, _rows.Row(document, a.Target))
                        .Set(AttributeRow.Value, _table.String(a.Value))
                        .End();
                }

                foreach (var n in layer.Normalizations)
                {
                    var row = _table.Row(Section.Normalizations, NormalizationRow.Width);
                    row.Set(NormalizationRow.Document, document)
                        .Set(NormalizationRow.Id, Id(n.Id, AnnotationKinds.Normalization, row))
                        .Set(NormalizationRow.Type, _typeIndex[n.Type])
                        .Set(NormalizationRow.TargetKind, StandoffRowNumbering.Kind(n.Target.Kind))
                        .Set(NormalizationRow.Target, _rows.Row(document, n.Target))
                        .Set(NormalizationRow.Database, _table.String(n.Database))
                        .Set(NormalizationRow.Value, _table.String(n.Value))
                        .Set(NormalizationRow.Label, _table.String(n.Label))
                        .End();
                }

                foreach (var q in layer.Equivalences)
                {
                    _table.Row(Section.Equivalences, EquivalenceRow.Width)
                        .Set(EquivalenceRow.Document, document)
                        .Set(EquivalenceRow.Type, _typeIndex[q.Type])
                        .Set(EquivalenceRow.Members, _table.List(q.Members.SelectMany(m => new[] { StandoffRowNumbering.Kind(m.Kind), _rows.Row(document, m) }).ToList()))
                        .End();
                }

                AnnotationIdRows.Write(_table.Tables, ids);
            }

            foreach (var type in _types)
            {
                _table.Row(Section.AnnotationTypes, AnnotationTypeRow.Width).Set(AnnotationTypeRow.Name, _table.String(type)).End();
            }

            _table.HashIndex(Section.AnnotationTypeNames, _types.Select((type, index) => (type, index)).ToList(), ignoreCase: false);
            var all = Layers().ToList();
            var tables = _table.Tables;
            // Grouped by the type index each row holds, read back from the rows: no name hashed again.
            tables.Grouping(Section.TextBoundsByType, _types.Count, Section.TextBounds, TextBoundRow.Width, TextBoundRow.Type);
            tables.Grouping(Section.EventsByType, _types.Count, Section.Events, EventRow.Width, EventRow.Type);
            tables.Grouping(Section.AnnotationRelationsByType, _types.Count, Section.AnnotationRelations, AnnotationRelationRow.Width, AnnotationRelationRow.Type);
            tables.Grouping(Section.AttributesByTarget, _rows.KeyCount, all.SelectMany(l => l.Layer.Attributes.Select(a => _rows.Key(l.Document, a.Target))));
            tables.Grouping(Section.NormalizationsByTarget, _rows.KeyCount, all.SelectMany(l => l.Layer.Normalizations.Select(n => _rows.Key(l.Document, n.Target))));

            // The notes are the notes' own table (NoteTableWriter).
            foreach (var (document, layer) in all)
            {
                WriteIntervals(document, layer);
            }
        }

        /// <summary>
        /// The document's text-bounds by start (then end), each with the largest end up to it: a query walks back from
        /// the last start at or before an offset while that maximum is past the offset, and reads nothing else.
        /// </summary>
        private void WriteIntervals(int document, StandoffLayerModel layer)
        {
            var first = _rows.First(document, StandoffDocumentRow.TextBounds);
            var maxEnd = int.MinValue;
            foreach (var (t, index) in layer.TextBounds.Select((t, index) => (t, index)).OrderBy(e => e.t.Span.Start).ThenBy(e => e.t.Span.End).ThenBy(e => e.index))
            {
                maxEnd = Math.Max(maxEnd, t.Span.End);
                _table.Row(Section.TextBoundIntervals, IntervalFields.Width)
                    .Set(IntervalFields.Start, t.Span.Start)
                    .Set(IntervalFields.MaxEnd, maxEnd)
                    .Set(IntervalFields.TextBound, first + index)
                    .End();
            }
        }

        private IEnumerable<(int Document, StandoffLayerModel Layer)> Layers()
        {
            for (var document = 0; document < _layers.Length; document++)
            {
                if (_layers[document] is { } layer)
                {
                    yield return (document, layer);
                }
            }
        }

        private static int RowOf(Dictionary<string, int>?[] rows, int document, string id)
            => (uint)document < (uint)rows.Length && rows[document] is { } ids && ids.TryGetValue(id, out var row) ? row : Refs.None;

        /// <summary>The rows of a document's annotations of one kind by id, the first of the kind at <paramref name="first"/>.</summary>
        private static Dictionary<string, int> RowsById<T>(EquatableArray<T> annotations, Func<T, string> id, int first)
            where T : IEquatable<T>
        {
            var rows = new Dictionary<string, int>(annotations.Count, StringComparer.Ordinal);
            for (var i = 0; i < annotations.Count; i++)
            {
                rows[id(annotations[i])] = first + i;
            }

            return rows;
        }
    }
}
