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
    /// and after): each document's rows as <see cref="DocumentStandoffWriter"/> wrote them in its own numbering, moved to
    /// the corpus's (rows are numbered corpus-wide, document after document, each document's lines of one kind in file
    /// order: <see cref="StandoffRowNumbering"/>), or copied from the last table where it placed them the same
    /// (<see cref="LastWrite"/>), then the indexes over every document (by type, by target) computed here. The notes are
    /// not here: they are a table of their own (<see cref="NoteTableWriter"/>).
    /// </summary>
    internal sealed class StandoffTableWriter
    {
        private readonly CorpusTableWriter _table;
        private readonly StandoffLayerModel?[] _layers;
        private readonly StandoffRowNumbering _rows;
        private readonly IReadOnlyList<string> _types;
        private readonly Dictionary<string, int> _typeIndex;
        private readonly Func<StandoffLayerModel, DocumentStandoffRows> _documentRows;

        /// <summary>The catalogs' part the table was written on from, if it was: the documents' strings it has are found there.</summary>
        private readonly CatalogTables? _catalog;

        /// <summary>The string reference of each short string the documents used, by its <see cref="ShortStringKey"/>.</summary>
        private readonly Dictionary<long, int> _shortStrings = new();

        /// <summary>Each document's rows appended, with where they went.</summary>
        private readonly List<PlacedStandoffRows> _placed = new();

        /// <summary>The last table written on from the same catalogs' part, if there was one.</summary>
        private readonly LastWrite? _last;

        /// <summary>Whether the table's pool is in step with <see cref="_last"/>'s.</summary>
        private readonly StringsInStep _strings;

        /// <summary>Whether the corpus has <see cref="_last"/>'s standoff type names, which a document's rows refer to.</summary>
        private readonly bool _sameTypes;

        /// <summary>
        /// A writer of <paramref name="corpus"/>'s standoff layer into <paramref name="table"/>, each document's rows as
        /// <paramref name="documentRows"/> gives them; <paramref name="catalog"/> is the catalogs' part the table was
        /// written on from, if it was, <paramref name="last"/> the last table written on from it, and
        /// <paramref name="strings"/> says whether the table's pool is in step with that one's.
        /// </summary>
        public StandoffTableWriter(CorpusTableWriter table, LinkedCorpus corpus, Func<StandoffLayerModel, DocumentStandoffRows> documentRows, CatalogTables? catalog, LastWrite? last, StringsInStep strings)
        {
            _last = last;
            _strings = strings;
            _table = table;
            _documentRows = documentRows;
            _catalog = catalog;
            _layers = new StandoffLayerModel?[corpus.Documents.Count];
            foreach (var layer in corpus.Standoff)
            {
                _layers[layer.Document] = layer;
            }

            _rows = StandoffRowNumbering.Of(corpus.Documents.Count, corpus.Standoff);
            LayerTypes = Layers().Select(l => l.Layer.TypeNames).ToList();
            _types = last is not null && LayerTypeNames.Same(LayerTypes, last.Table.LayerTypes) ? last.Table.StandoffTypes : TypesOf(LayerTypes);
            _typeIndex = _types.Select((type, index) => (type, index)).ToDictionary(t => t.type, t => t.index, StringComparer.Ordinal);
            _sameTypes = last is not null && last.Table.StandoffTypes.SequenceEqual(_types, StringComparer.Ordinal);
        }

        /// <summary>The type names each layer uses, in document order.</summary>
        public IReadOnlyList<LayerTypeNames> LayerTypes { get; }

        /// <summary>The row of the text-bound at <paramref name="index"/> in the standoff layer of <paramref name="document"/>; <see cref="Refs.None"/> for none.</summary>
        public int TextBound(int document, int index) => RowOf(document, StandoffDocumentRow.TextBounds, index);

        /// <summary>The row of the event at <paramref name="index"/> in the standoff layer of <paramref name="document"/>; <see cref="Refs.None"/> for none.</summary>
        public int Event(int document, int index) => RowOf(document, StandoffDocumentRow.Events, index);

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

            var documentRows = Layers().Select(l => _documentRows(l.Layer)).ToList();
            ReserveRows(documentRows);
            foreach (var rows in documentRows)
            {
                Append(rows);
            }

            foreach (var type in _types)
            {
                _table.Row(Section.AnnotationTypes, AnnotationTypeRow.Width).Set(AnnotationTypeRow.Name, _table.Tables.String(type)).End();
            }

            _table.HashIndex(Section.AnnotationTypeNames, _types.Select((type, index) => (type, index)).ToList(), ignoreCase: false);
            var tables = _table.Tables;
            // Grouped by the type index each row holds, read back from the rows: no name hashed again.
            tables.Grouping(Section.TextBoundsByType, _types.Count, Section.TextBounds, TextBoundRow.Width, TextBoundRow.Type);
            tables.Grouping(Section.EventsByType, _types.Count, Section.Events, EventRow.Width, EventRow.Type);
            tables.Grouping(Section.AnnotationRelationsByType, _types.Count, Section.AnnotationRelations, AnnotationRelationRow.Width, AnnotationRelationRow.Type);
            ByTarget(Section.AttributesByTarget, Section.Attributes, AttributeRow.Width, AttributeRow.TargetKind, AttributeRow.Target);
            ByTarget(Section.NormalizationsByTarget, Section.Normalizations, NormalizationRow.Width, NormalizationRow.TargetKind, NormalizationRow.Target);
        }

        /// <summary>
        /// A by-target grouping of the rows of <paramref name="rows"/>, each row's key read back from its target's kind and
        /// row as written (<see cref="StandoffRowNumbering.Key"/>): one pass over the section, not over every layer's models.
        /// </summary>
        private void ByTarget(Section byTarget, Section rows, int width, int kindField, int targetField)
        {
            var ints = _table.Tables.Sections[(int)rows];
            var (textBounds, events) = (_rows.First(_rows.DocumentCount, StandoffDocumentRow.TextBounds), _rows.First(_rows.DocumentCount, StandoffDocumentRow.Events));
            var (keys, targets) = (ints.Column(width, kindField), ints.Column(width, targetField));
            for (var row = 0; row < keys.Length; row++)
            {
                keys[row] = AnnotationKeys.Of(keys[row], targets[row], textBounds, events);
            }

            _table.Tables.Grouping(byTarget, _rows.KeyCount, keys);
        }

        /// <summary>Grows each standoff section once to hold every document's rows, not by doubling as the documents are appended.</summary>
        private void ReserveRows(List<DocumentStandoffRows> documentRows)
        {
            var counts = new int[_table.Tables.Sections.Length];
            foreach (var rows in documentRows)
            {
                foreach (var section in rows.Sections)
                {
                    counts[(int)section.Section] += section.Rows.Values.Count;
                }
            }

            foreach (var section in DocumentStandoffWriter.Sections)
            {
                _table.Tables.Reserve(section, counts[(int)section]);
            }
        }

        /// <summary>The numbering of the corpus's standoff rows, which the records' rows refer to.</summary>
        public StandoffRowNumbering Numbering => _rows;

        /// <summary>The corpus's standoff type names, in the order of their indexes.</summary>
        public IReadOnlyList<string> Types => _types;

        /// <summary>Where each document's rows went, in the order they were appended.</summary>
        public IReadOnlyList<PlacedStandoffRows> Placed => _placed;

        /// <summary>
        /// Appends one document's rows, written in its own numbering, to the corpus's table. If the last table written on
        /// from the same catalogs' part placed them where they go now, they are copied from it: found without a lookup
        /// while this table is in step with that one (its pool added the same strings before them, and they start at the
        /// same rows: then their strings have the same references), else by their placement. Otherwise they are moved into
        /// place.
        /// </summary>
        private void Append(DocumentStandoffRows rows)
        {
            var tables = _table.Tables;
            var added = tables.Strings.Added;
            var before = added.Count;
            var starts = rows.Sections.Select(section => tables.Sections[(int)section.Section].Count).ToArray();
            StandoffPlacement placement;
            var placed = PlacedInStep(rows, before);
            if (placed is not null)
            {
                placement = placed.Placement;
                _strings.Replay(placed.AddedBefore, placed.AddedAfter);
            }
            else
            {
                placement = Place(rows);
                placed = _last?.Find(rows, placement);
            }

            if (placed is not null)
            {
                var sections = _last!.Table.Sections;
                for (var i = 0; i < starts.Length; i++)
                {
                    var section = (int)rows.Sections[i].Section;
                    tables.Sections[section].AppendRun(sections[section], placed.Starts[i], rows.Sections[i].Rows.Values.Count);
                }

                // The document's lists, but the shared empty one its numbering starts with.
                tables.Lists.AppendCopy(sections[(int)Section.Lists], placement.ListBase, rows.Lists.Values.Count - 1);
            }
            else
            {
                Move(rows, placement);
            }

            _placed.Add(new PlacedStandoffRows(rows, placement, starts, before, added.Count));
        }

        /// <summary>
        /// Where the last table placed <paramref name="rows"/> if they go there now, known without looking their strings
        /// up: the table's pool has added the strings the last one's had when it placed them (<paramref name="before"/> of
        /// them, in step), the type names are the same and the rows and lists start where they did.
        /// </summary>
        private PlacedStandoffRows? PlacedInStep(DocumentStandoffRows rows, int before)
            => _sameTypes && _strings.Through(before) && _last!.Placed(rows) is { } placed && placed.AddedBefore == before && StartsAsPlaced(rows.Document, placed.Placement)
                ? placed
                : null;

        /// <summary>Whether a document's rows and lists start here where <paramref name="placement"/> put them.</summary>
        private bool StartsAsPlaced(int document, StandoffPlacement placement)
            => _table.Tables.Lists.Count == placement.ListBase && Bases(document).AsSpan().SequenceEqual(placement.Bases);

        /// <summary>
        /// Where a document's rows go in the table as it is now: its strings and type names looked up (each once, in the
        /// order the document first used them, so the string pool's order is as if each row had been written here), where
        /// its rows of each kind and its lists start.
        /// </summary>
        private StandoffPlacement Place(DocumentStandoffRows rows)
        {
            var strings = _catalog is null ? new int[rows.Strings.Count] : (int[])_catalog.StringReferences(rows).Clone();
            for (var i = 0; i < strings.Length; i++)
            {
                if (_catalog is null || strings[i] == CatalogTables.NotInCatalog)
                {
                    strings[i] = String(rows.Strings[i], rows.StringKeys[i]);
                }
            }

            var types = new int[rows.Types.Count];
            for (var i = 0; i < types.Length; i++)
            {
                types[i] = _typeIndex[rows.Types[i]];
            }

            return new StandoffPlacement(strings, types, Bases(rows.Document), _table.Tables.Lists.Count);
        }

        /// <summary>Where a document's rows of each kind start, by <see cref="Relocation"/>.</summary>
        private int[] Bases(int document)
        {
            var bases = new int[RowRelocations.Count];
            bases[(int)Relocation.TextBoundRow] = _rows.First(document, StandoffDocumentRow.TextBounds);
            bases[(int)Relocation.EventRow] = _rows.First(document, StandoffDocumentRow.Events);
            bases[(int)Relocation.RelationRow] = _rows.First(document, StandoffDocumentRow.Relations);
            bases[(int)Relocation.AttributeRow] = _rows.First(document, StandoffDocumentRow.Attributes);
            bases[(int)Relocation.NormalizationRow] = _rows.First(document, StandoffDocumentRow.Normalizations);
            bases[(int)Relocation.EventArgumentRow] = _table.Tables.Sections[(int)Section.EventArguments].Count / EventArgumentRow.Width;
            return bases;
        }

        /// <summary>Appends one document's rows placed as <paramref name="placement"/> says, each value that points at something moved there.</summary>
        private void Move(DocumentStandoffRows rows, StandoffPlacement placement)
        {
            var tables = _table.Tables;
            var (strings, types, bases) = (placement.Strings, placement.Types, placement.Bases);

            // Lists are added again in the document's order, so each lands where the document's numbering put it after the corpus's.
            var lists = new int[rows.Lists.Values.Count];
            var values = new List<int>();
            for (var position = 1; position < lists.Length; position += rows.Lists.Values[position] + 1)
            {
                values.Clear();
                for (var i = position + 1; i <= position + rows.Lists.Values[position]; i++)
                {
                    values.Add(Relocate(rows.Lists.Values[i], rows.Lists.RelocationAt(i)));
                }

                lists[position] = tables.Lists.Add(values);
            }

            // Copied whole, then only the values that point at something moved: most (offsets, kinds, counts) stay as written.
            foreach (var section in rows.Sections)
            {
                var target = tables.Sections[(int)section.Section];
                var start = target.Count;
                var written = section.Rows.Values;
                target.AddRange(written.AsSpan());
                var relocations = section.Rows.Relocations.AsSpan();
                for (var i = 0; i < relocations.Length; i++)
                {
                    if (relocations[i] != (byte)Relocation.None)
                    {
                        target[start + i] = Relocate(written[i], (Relocation)relocations[i]);
                    }
                }
            }

            int Relocate(int value, Relocation relocation) => relocation switch
            {
                Relocation.None => value,
                Relocation.String => value < 0 ? value : strings[value],
                Relocation.List => lists[value],
                Relocation.Type => types[value],
                _ => bases[(int)relocation] + value,
            };
        }

        /// <summary>
        /// The reference to a document's string, which the pool adds on first use. A short one is found by its key in a
        /// table of a few thousand (every document numbers its annotations `T1`, `T2` and on): looking it up in the
        /// pool would read the string itself, one of hundreds of thousands spread over the heap, a cache miss each.
        /// </summary>
        private int String(string value, long key)
        {
            if (key == ShortStringKey.None)
            {
                return _table.Tables.Strings.Add(value);
            }

            if (!_shortStrings.TryGetValue(key, out var reference))
            {
                reference = _table.Tables.Strings.Add(value);
                _shortStrings.Add(key, reference);
            }

            return reference;
        }

        /// <summary>Every name the layers use, in ordinal order.</summary>
        private static List<string> TypesOf(IEnumerable<LayerTypeNames> layers)
        {
            var types = new HashSet<string>(StringComparer.Ordinal);
            foreach (var names in layers)
            {
                types.UnionWith(names.All);
            }

            return types.OrderBy(t => t, StringComparer.Ordinal).ToList();
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

        private int RowOf(int document, int column, int index) => index < 0 ? Refs.None : _rows.First(document, column) + index;
    }
}
