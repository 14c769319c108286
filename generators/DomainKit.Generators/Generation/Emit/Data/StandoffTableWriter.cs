using System;
using System.Collections.Generic;
using System.Linq;
using DomainKit.Compiled;
using DomainKit.Generators.Corpus.Linking;

namespace DomainKit.Generators.Generation.Emit.Data
{
    /// <summary>
    /// Lays the standoff layer of every document out in the standoff sections (<see cref="Section.StandoffDocuments"/>
    /// and after): every annotation line as a fixed-width row, references between annotations as (kind, row), and the
    /// indexes a query needs (by type, by target, by id, by offset) computed here. Rows are numbered corpus-wide,
    /// document after document, each document's lines of one kind in file order.
    /// </summary>
    internal sealed class StandoffTableWriter
    {
        private readonly CorpusTableWriter _table;
        private readonly LinkedCorpus _corpus;
        private readonly StandoffLayerModel?[] _layers;
        private readonly int[][] _firstRows;
        private readonly List<string> _types;
        private readonly Dictionary<string, int> _typeIndex;
        private readonly int _textBoundCount;
        private readonly int _eventCount;
        private readonly Dictionary<(int Document, string Id), int> _textBoundRows = new();
        private readonly Dictionary<(int Document, string Id), int> _eventRows = new();

        public StandoffTableWriter(CorpusTableWriter table, LinkedCorpus corpus)
        {
            _table = table;
            _corpus = corpus;
            _layers = new StandoffLayerModel?[corpus.Documents.Count];
            foreach (var layer in corpus.Standoff)
            {
                _layers[layer.Document] = layer;
            }

            // Per document, the first row of each kind; one entry more than there are documents closes the last run.
            _firstRows = new int[corpus.Documents.Count + 1][];
            var next = new int[StandoffDocumentRow.Width];
            for (var document = 0; document <= _layers.Length; document++)
            {
                _firstRows[document] = (int[])next.Clone();
                if (document < _layers.Length && _layers[document] is { } layer)
                {
                    next[StandoffDocumentRow.TextBounds] += layer.TextBounds.Count;
                    next[StandoffDocumentRow.Events] += layer.Events.Count;
                    next[StandoffDocumentRow.Relations] += layer.Relations.Count;
                    next[StandoffDocumentRow.Attributes] += layer.Attributes.Count;
                    next[StandoffDocumentRow.Normalizations] += layer.Normalizations.Count;
                    next[StandoffDocumentRow.Notes] += layer.Notes.Count;
                    next[StandoffDocumentRow.Equivalences] += layer.Equivalences.Count;
                    next[StandoffDocumentRow.Ids] += IdCount(layer);
                }
            }

            foreach (var (document, layer) in Layers())
            {
                for (var i = 0; i < layer.TextBounds.Count; i++)
                {
                    _textBoundRows[(document, layer.TextBounds[i].Id)] = _firstRows[document][StandoffDocumentRow.TextBounds] + i;
                }

                for (var i = 0; i < layer.Events.Count; i++)
                {
                    _eventRows[(document, layer.Events[i].Id)] = _firstRows[document][StandoffDocumentRow.Events] + i;
                }
            }

            _textBoundCount = next[StandoffDocumentRow.TextBounds];
            _eventCount = next[StandoffDocumentRow.Events];
            _types = corpus.Standoff.SelectMany(TypesOf).Distinct().OrderBy(t => t, StringComparer.Ordinal).ToList();
            _typeIndex = _types.Select((type, index) => (type, index)).ToDictionary(t => t.type, t => t.index, StringComparer.Ordinal);
        }

        /// <summary>The row of the text-bound <paramref name="id"/> of <paramref name="document"/>, or <see cref="Refs.None"/>.</summary>
        public int TextBound(int document, string id) => _textBoundRows.TryGetValue((document, id), out var row) ? row : Refs.None;

        /// <summary>The row of the event <paramref name="id"/> of <paramref name="document"/>, or <see cref="Refs.None"/>.</summary>
        public int Event(int document, string id) => _eventRows.TryGetValue((document, id), out var row) ? row : Refs.None;

        public void Write()
        {
            foreach (var firstRows in _firstRows)
            {
                // The array is indexed by the row's own field offsets.
                var row = _table.Row(Section.StandoffDocuments, StandoffDocumentRow.Width);
                for (var field = 0; field < StandoffDocumentRow.Width; field++)
                {
                    row.Set(field, firstRows[field]);
                }

                row.End();
            }

            var argumentRow = 0;
            foreach (var (document, layer) in Layers())
            {
                foreach (var t in layer.TextBounds)
                {
                    var row = _table.Row(Section.TextBounds, TextBoundRow.Width)
                        .Set(TextBoundRow.Document, document)
                        .Set(TextBoundRow.Id, _table.String(t.Id))
                        .Set(TextBoundRow.Type, _typeIndex[t.Type]);
                    _table.Span(row, TextBoundRow.Span, document, t.Span);
                    row.End();
                }

                foreach (var e in layer.Events)
                {
                    _table.Row(Section.Events, EventRow.Width)
                        .Set(EventRow.Document, document)
                        .Set(EventRow.Id, _table.String(e.Id))
                        .Set(EventRow.Type, _typeIndex[e.Type])
                        .Set(EventRow.Trigger, Row(document, AnnotationKind.TextBound, e.Trigger))
                        .Set(EventRow.Arguments, argumentRow)
                        .Set(EventRow.ArgumentCount, e.Arguments.Count)
                        .End();
                    foreach (var argument in e.Arguments)
                    {
                        _table.Row(Section.EventArguments, EventArgumentRow.Width)
                            .Set(EventArgumentRow.Role, _table.String(argument.Role))
                            .Set(EventArgumentRow.TargetKind, Kind(argument.Target.Kind))
                            .Set(EventArgumentRow.Target, Row(document, argument.Target))
                            .End();
                    }

                    argumentRow += e.Arguments.Count;
                }

                foreach (var r in layer.Relations)
                {
                    _table.Row(Section.AnnotationRelations, AnnotationRelationRow.Width)
                        .Set(AnnotationRelationRow.Document, document)
                        .Set(AnnotationRelationRow.Id, _table.String(r.Id))
                        .Set(AnnotationRelationRow.Type, _typeIndex[r.Type])
                        .Set(AnnotationRelationRow.Role1, _table.String(r.Role1))
                        .Set(AnnotationRelationRow.Arg1Kind, Kind(r.Arg1.Kind))
                        .Set(AnnotationRelationRow.Arg1, Row(document, r.Arg1))
                        .Set(AnnotationRelationRow.Role2, _table.String(r.Role2))
                        .Set(AnnotationRelationRow.Arg2Kind, Kind(r.Arg2.Kind))
                        .Set(AnnotationRelationRow.Arg2, Row(document, r.Arg2))
                        .End();
                }

                foreach (var a in layer.Attributes)
                {
                    _table.Row(Section.Attributes, AttributeRow.Width)
                        .Set(AttributeRow.Document, document)
                        .Set(AttributeRow.Id, _table.String(a.Id))
                        .Set(AttributeRow.Type, _typeIndex[a.Name])
                        .Set(AttributeRow.TargetKind, Kind(a.Target.Kind))
                        .Set(AttributeRow.Target, Row(document, a.Target))
                        .Set(AttributeRow.Value, _table.String(a.Value))
                        .End();
                }

                foreach (var n in layer.Normalizations)
                {
                    _table.Row(Section.Normalizations, NormalizationRow.Width)
                        .Set(NormalizationRow.Document, document)
                        .Set(NormalizationRow.Id, _table.String(n.Id))
                        .Set(NormalizationRow.Type, _typeIndex[n.Type])
                        .Set(NormalizationRow.TargetKind, Kind(n.Target.Kind))
                        .Set(NormalizationRow.Target, Row(document, n.Target))
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
                        .Set(EquivalenceRow.Members, _table.List(q.Members.SelectMany(m => new[] { Kind(m.Kind), Row(document, m) }).ToList()))
                        .End();
                }
            }

            foreach (var type in _types)
            {
                _table.Row(Section.AnnotationTypes, AnnotationTypeRow.Width).Set(AnnotationTypeRow.Name, _table.String(type)).End();
            }

            _table.HashIndex(Section.AnnotationTypeNames, _types.Select((type, index) => (type, index)).ToList(), ignoreCase: false);
            var all = Layers().ToList();
            _table.Grouping(Section.TextBoundsByType, _types.Count, all.SelectMany(l => l.Layer.TextBounds).Select(t => new[] { _typeIndex[t.Type] }));
            _table.Grouping(Section.EventsByType, _types.Count, all.SelectMany(l => l.Layer.Events).Select(e => new[] { _typeIndex[e.Type] }));
            _table.Grouping(Section.AnnotationRelationsByType, _types.Count, all.SelectMany(l => l.Layer.Relations).Select(r => new[] { _typeIndex[r.Type] }));
            var keys = _textBoundCount + _eventCount + _firstRows[_layers.Length][StandoffDocumentRow.Relations];
            _table.Grouping(Section.AttributesByTarget, keys, all.SelectMany(l => l.Layer.Attributes.Select(a => new[] { Key(l.Document, a.Target) })));
            _table.Grouping(Section.NormalizationsByTarget, keys, all.SelectMany(l => l.Layer.Normalizations.Select(n => new[] { Key(l.Document, n.Target) })));
            _table.Grouping(Section.NotesByTarget, keys, all.SelectMany(l => l.Layer.Notes.Select(n => new[] { Key(l.Document, n.Target) })));

            // Notes last: a note's id and text are then the last strings of the pool (the ids below are all known by
            // now, except notes'), so editing a note renumbers no other string reference.
            foreach (var (document, layer) in all)
            {
                WriteNotes(document, layer);
            }

            foreach (var (document, layer) in all)
            {
                WriteIntervals(document, layer);
                WriteIds(document, layer);
            }
        }

        private void WriteNotes(int document, StandoffLayerModel layer)
        {
            foreach (var note in layer.Notes)
            {
                _table.Row(Section.Notes, NoteRow.Width)
                    .Set(NoteRow.Document, document)
                    .Set(NoteRow.Id, _table.String(note.Id))
                    .Set(NoteRow.Type, _typeIndex[note.Type])
                    .Set(NoteRow.TargetKind, Kind(note.Target.Kind))
                    .Set(NoteRow.Target, Row(document, note.Target))
                    .Set(NoteRow.Text, _table.String(note.Text))
                    .End();
            }
        }

        /// <summary>
        /// The document's text-bounds by start (then end), each with the largest end up to it: a query walks back from
        /// the last start at or before an offset while that maximum is past the offset, and reads nothing else.
        /// </summary>
        private void WriteIntervals(int document, StandoffLayerModel layer)
        {
            var first = _firstRows[document][StandoffDocumentRow.TextBounds];
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

        /// <summary>The document's ids by their hash, then their UTF-8 bytes (<see cref="AnnotationIdFields"/>).</summary>
        private void WriteIds(int document, StandoffLayerModel layer)
        {
            var rows = _firstRows[document];
            var ids = layer.TextBounds.Select((t, i) => (t.Id, AnnotationKinds.TextBound, rows[StandoffDocumentRow.TextBounds] + i))
                .Concat(layer.Events.Select((e, i) => (e.Id, AnnotationKinds.Event, rows[StandoffDocumentRow.Events] + i)))
                .Concat(layer.Relations.Select((r, i) => (r.Id, AnnotationKinds.Relation, rows[StandoffDocumentRow.Relations] + i)))
                .Concat(layer.Attributes.Select((a, i) => (a.Id, AnnotationKinds.Attribute, rows[StandoffDocumentRow.Attributes] + i)))
                .Concat(layer.Normalizations.Select((n, i) => (n.Id, AnnotationKinds.Normalization, rows[StandoffDocumentRow.Normalizations] + i)))
                .Concat(layer.Notes.Select((n, i) => (n.Id, AnnotationKinds.Note, rows[StandoffDocumentRow.Notes] + i)))
                .Select(e => (Hash: KeyHash.Whole(e.Id.AsSpan(), KeyFold.Ordinal), e.Id, Kind: e.Item2, Row: e.Item3))
                .OrderBy(e => e.Hash)
                .ThenBy(e => e.Id, Utf8Order.Instance);
            foreach (var (hash, id, kind, row) in ids)
            {
                _table.Row(Section.AnnotationIds, AnnotationIdFields.Width)
                    .Set(AnnotationIdFields.Hash, unchecked((int)hash))
                    .Set(AnnotationIdFields.Id, _table.String(id))
                    .Set(AnnotationIdFields.Kind, kind)
                    .Set(AnnotationIdFields.Row, row)
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

        private int Row(int document, AnnotationRef target) => Row(document, target.Kind, target.Index);

        private int Row(int document, AnnotationKind kind, int index) => _firstRows[document][kind switch
        {
            AnnotationKind.TextBound => StandoffDocumentRow.TextBounds,
            AnnotationKind.Event => StandoffDocumentRow.Events,
            _ => StandoffDocumentRow.Relations,
        }] + index;

        private int Key(int document, AnnotationRef target) => AnnotationKeys.Of(Kind(target.Kind), Row(document, target), _textBoundCount, _eventCount);

        private static int Kind(AnnotationKind kind) => kind switch
        {
            AnnotationKind.TextBound => AnnotationKinds.TextBound,
            AnnotationKind.Event => AnnotationKinds.Event,
            _ => AnnotationKinds.Relation,
        };

        private static int IdCount(StandoffLayerModel layer)
            => layer.TextBounds.Count + layer.Events.Count + layer.Relations.Count + layer.Attributes.Count + layer.Normalizations.Count + layer.Notes.Count;

        private static IEnumerable<string> TypesOf(StandoffLayerModel layer)
            => layer.TextBounds.Select(t => t.Type)
                .Concat(layer.Events.Select(e => e.Type))
                .Concat(layer.Relations.Select(r => r.Type))
                .Concat(layer.Attributes.Select(a => a.Name))
                .Concat(layer.Normalizations.Select(n => n.Type))
                .Concat(layer.Notes.Select(n => n.Type))
                .Concat(layer.Equivalences.Select(q => q.Type));
    }
}
