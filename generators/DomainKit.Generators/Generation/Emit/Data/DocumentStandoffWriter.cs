using System;
using System.Collections.Generic;
using System.Linq;
using DomainKit.Compiled;
using DomainKit.Generators.Common;
using DomainKit.Generators.Corpus.Linking;

namespace DomainKit.Generators.Generation.Emit.Data
{
    /// <summary>
    /// Lays one document's standoff layer out (<see cref="DocumentStandoffRows"/>): every annotation line as a fixed-width
    /// row, references between annotations as (kind, row), its ids by hash and its text-bounds by offset, all numbered from
    /// 0 within the document and each value marked with what it points at, so that appending it to the corpus's table
    /// (<see cref="StandoffTableWriter"/>) only moves numbers. The notes are not here: they are a table of their own
    /// (<see cref="NoteTableWriter"/>).
    /// </summary>
    internal sealed class DocumentStandoffWriter : IRowTable
    {
        /// <summary>The tables a document has rows of, in the order they are appended to the corpus's.</summary>
        public static readonly IReadOnlyList<Section> Sections = new[]
        {
            Section.TextBounds, Section.Events, Section.EventArguments, Section.AnnotationRelations, Section.Attributes,
            Section.Normalizations, Section.Equivalences, Section.AnnotationIds, Section.TextBoundIntervals,
        };

        private readonly IntSection[] _ints = NewSections(() => new IntSection());
        private readonly List<byte>[] _relocations = NewSections(() => new List<byte>());
        private readonly TableRows _rows;
        private readonly FirstUseNumbering _strings = new();
        private readonly FirstUseNumbering _types = new();

        // Position 0 is the shared empty list, as in the corpus's lists section.
        private readonly List<int> _lists = new() { 0 };
        private readonly List<byte> _listRelocations = new() { (byte)Relocation.None };

        private DocumentStandoffWriter() => _rows = new TableRows(_ints, _relocations);

        /// <summary>The rows of <paramref name="layer"/>.</summary>
        public static DocumentStandoffRows Write(StandoffLayerModel layer) => new DocumentStandoffWriter().Rows(layer);

        /// <inheritdoc />
        public TableRows.Row Row(Section section, int width) => _rows.Begin(section, width);

        /// <inheritdoc />
        public int String(string? value) => value is null ? Refs.None : _strings.Number(value);

        /// <inheritdoc />
        public int List(IReadOnlyCollection<int> values) => List(values.Select(v => (v, Relocation.None)).ToList());

        private DocumentStandoffRows Rows(StandoffLayerModel layer)
        {
            var document = layer.Document;
            var ids = new List<(string Id, int String, int Kind, int Row)>();

            // Each annotation's id with its string and row, for the document's id rows (AnnotationIdRows).
            int Id(string id, int kind, TableRows.Row row)
            {
                var reference = String(id);
                ids.Add((id, reference, kind, row.Index));
                return reference;
            }

            foreach (var t in layer.TextBounds)
            {
                var row = Row(Section.TextBounds, TextBoundRow.Width);
                row.Set(TextBoundRow.Document, document)
                    .Set(TextBoundRow.Id, Id(t.Id, AnnotationKinds.TextBound, row), Relocation.String)
                    .Set(TextBoundRow.Type, Type(t.Type), Relocation.Type);
                SpanFieldsWriter.Write(this, row, TextBoundRow.Span, t.Span);
                row.End();
            }

            var argumentRow = 0;
            foreach (var e in layer.Events)
            {
                var row = Row(Section.Events, EventRow.Width);
                row.Set(EventRow.Document, document)
                    .Set(EventRow.Id, Id(e.Id, AnnotationKinds.Event, row), Relocation.String)
                    .Set(EventRow.Type, Type(e.Type), Relocation.Type)
                    .Set(EventRow.Trigger, e.Trigger, Relocation.TextBoundRow)
                    .Set(EventRow.Arguments, argumentRow, Relocation.EventArgumentRow)
                    .Set(EventRow.ArgumentCount, e.Arguments.Count)
                    .End();
                foreach (var argument in e.Arguments)
                {
                    Row(Section.EventArguments, EventArgumentRow.Width)
                        .Set(EventArgumentRow.Role, String(argument.Role), Relocation.String)
                        .Set(EventArgumentRow.TargetKind, StandoffRowNumbering.Kind(argument.Target.Kind))
                        .Set(EventArgumentRow.Target, argument.Target.Index, RowOf(argument.Target))
                        .End();
                }

                argumentRow += e.Arguments.Count;
            }

            foreach (var r in layer.Relations)
            {
                var row = Row(Section.AnnotationRelations, AnnotationRelationRow.Width);
                row.Set(AnnotationRelationRow.Document, document)
                    .Set(AnnotationRelationRow.Id, Id(r.Id, AnnotationKinds.Relation, row), Relocation.String)
                    .Set(AnnotationRelationRow.Type, Type(r.Type), Relocation.Type)
                    .Set(AnnotationRelationRow.Role1, String(r.Role1), Relocation.String)
                    .Set(AnnotationRelationRow.Arg1Kind, StandoffRowNumbering.Kind(r.Arg1.Kind))
                    .Set(AnnotationRelationRow.Arg1, r.Arg1.Index, RowOf(r.Arg1))
                    .Set(AnnotationRelationRow.Role2, String(r.Role2), Relocation.String)
                    .Set(AnnotationRelationRow.Arg2Kind, StandoffRowNumbering.Kind(r.Arg2.Kind))
                    .Set(AnnotationRelationRow.Arg2, r.Arg2.Index, RowOf(r.Arg2))
                    .End();
            }

            foreach (var a in layer.Attributes)
            {
                var row = Row(Section.Attributes, AttributeRow.Width);
                row.Set(AttributeRow.Document, document)
                    .Set(AttributeRow.Id, Id(a.Id, AnnotationKinds.Attribute, row), Relocation.String)
                    .Set(AttributeRow.Type, Type(a.Name), Relocation.Type)
                    .Set(AttributeRow.TargetKind, StandoffRowNumbering.Kind(a.Target.Kind))
                    .Set(AttributeRow.Target, a.Target.Index, RowOf(a.Target))
                    .Set(AttributeRow.Value, String(a.Value), Relocation.String)
                    .End();
            }

            foreach (var n in layer.Normalizations)
            {
                var row = Row(Section.Normalizations, NormalizationRow.Width);
                row.Set(NormalizationRow.Document, document)
                    .Set(NormalizationRow.Id, Id(n.Id, AnnotationKinds.Normalization, row), Relocation.String)
                    .Set(NormalizationRow.Type, Type(n.Type), Relocation.Type)
                    .Set(NormalizationRow.TargetKind, StandoffRowNumbering.Kind(n.Target.Kind))
                    .Set(NormalizationRow.Target, n.Target.Index, RowOf(n.Target))
                    .Set(NormalizationRow.Database, String(n.Database), Relocation.String)
                    .Set(NormalizationRow.Value, String(n.Value), Relocation.String)
                    .Set(NormalizationRow.Label, String(n.Label), Relocation.String)
                    .End();
            }

            foreach (var q in layer.Equivalences)
            {
                Row(Section.Equivalences, EquivalenceRow.Width)
                    .Set(EquivalenceRow.Document, document)
                    .Set(EquivalenceRow.Type, Type(q.Type), Relocation.Type)
                    .Set(EquivalenceRow.Members, List(q.Members.SelectMany(m => new[] { (StandoffRowNumbering.Kind(m.Kind), Relocation.None), (m.Index, RowOf(m)) }).ToList()), Relocation.List)
                    .End();
            }

            AnnotationIdRows.Write(this, ids);
            WriteIntervals(layer);
            _rows.EnsureAllEnded();
            return new DocumentStandoffRows(
                document,
                Sections.Select(section => new DocumentSectionRows(section, new RelocatableInts(new EquatableArray<int>(_ints[(int)section].ToArray()), _relocations[(int)section].ToEquatableArray()))).ToEquatableArray(),
                _strings.Values.ToEquatableArray(),
                _strings.Values.Select(ShortStringKey.Of).ToEquatableArray(),
                _types.Values.ToEquatableArray(),
                new RelocatableInts(_lists.ToEquatableArray(), _listRelocations.ToEquatableArray()));
        }

        /// <summary>
        /// The document's text-bounds by start (then end), each with the largest end up to it: a query walks back from
        /// the last start at or before an offset while that maximum is past the offset, and reads nothing else.
        /// </summary>
        private void WriteIntervals(StandoffLayerModel layer)
        {
            var maxEnd = int.MinValue;
            foreach (var (t, index) in layer.TextBounds.Select((t, index) => (t, index)).OrderBy(e => e.t.Span.Start).ThenBy(e => e.t.Span.End).ThenBy(e => e.index))
            {
                maxEnd = Math.Max(maxEnd, t.Span.End);
                Row(Section.TextBoundIntervals, IntervalFields.Width)
                    .Set(IntervalFields.Start, t.Span.Start)
                    .Set(IntervalFields.MaxEnd, maxEnd)
                    .Set(IntervalFields.TextBound, index, Relocation.TextBoundRow)
                    .End();
            }
        }

        /// <summary>The index of a type name among the document's.</summary>
        private int Type(string name) => _types.Number(name);

        private int List(IReadOnlyList<(int Value, Relocation Relocation)> values)
        {
            if (values.Count == 0)
            {
                return 0;
            }

            var position = _lists.Count;
            _lists.Add(values.Count);
            _listRelocations.Add((byte)Relocation.None);
            foreach (var (value, relocation) in values)
            {
                _lists.Add(value);
                _listRelocations.Add((byte)relocation);
            }

            return position;
        }

        /// <summary>The relocation of a reference to an annotation of the document by its index in the document's layer.</summary>
        private static Relocation RowOf(AnnotationRef target) => RowRelocations.Of(StandoffRowNumbering.Kind(target.Kind));

        /// <summary>Distinct strings numbered from 0 in the order they are first given.</summary>
        private sealed class FirstUseNumbering
        {
            private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);

            public List<string> Values { get; } = new();

            public int Number(string value)
            {
                if (!_numbers.TryGetValue(value, out var number))
                {
                    number = Values.Count;
                    Values.Add(value);
                    _numbers.Add(value, number);
                }

                return number;
            }
        }

        private static T[] NewSections<T>(Func<T> create)
        {
            var sections = new T[(int)Section.Count];
            foreach (var section in Sections)
            {
                sections[(int)section] = create();
            }

            return sections;
        }
    }
}
