using System;
using System.Collections.Generic;
using System.Linq;
using DomainKit.Compiled;
using DomainKit.Generators.Common;
using DomainKit.Generators.Corpus.Linking;
using DomainKit.Generators.Corpus.Values;

namespace DomainKit.Generators.Generation.Emit.Data
{
    /// <summary>
    /// Lays a linked corpus out as the runtime reads it (<see cref="Section"/> and the row classes): records as
    /// fixed-width rows of integers, strings as references into one UTF-8 blob, and the indexes (groupings, date
    /// indexes, hash indexes) computed here so that no query has to build anything at run time. Written on from a
    /// catalogs' part the generator keeps (<see cref="CatalogTables"/>), it copies from the last table written on from it
    /// the records and documents' standoff rows that are the same and land in the same places (<see cref="WrittenTables"/>).
    /// </summary>
    internal sealed class CorpusTableWriter
    {
        private readonly LinkedCorpus _corpus;
        private readonly RuntimeVocabulary _vocabulary;
        private readonly TableBuilder _tables;
        private readonly List<BorderValue> _borders;
        private readonly StandoffTableWriter _standoff;
        private readonly RecordRowWriter _records;
        private readonly RecordRunWriter _runs;

        /// <summary>What the tables written on from the catalogs' part leave for the next, if the table is written on from one.</summary>
        private readonly WrittenTables? _written;
        private WrittenRecords<MentionModel>? _mentions;
        private WrittenRecords<StatementModel>? _statements;
        private WrittenRecords<BorderEventModel>? _borderEvents;
        private WrittenRecords<RelationModel>? _relations;

        /// <summary>The sections a mention's rows are in, besides lists and strings.</summary>
        private static readonly Section[] MentionSections = { Section.Mentions };

        /// <summary>The sections a statement's rows are in, its attestations' and their quotes'.</summary>
        private static readonly Section[] StatementSections = { Section.Statements, Section.Attestations, Section.Quotes };

        /// <summary>The sections a border event's rows are in, its attestations' and their quotes'.</summary>
        private static readonly Section[] BorderEventSections = { Section.BorderEvents, Section.Attestations, Section.Quotes };

        /// <summary>The section a relation's row is in.</summary>
        private static readonly Section[] RelationSections = { Section.Relations };

        private CorpusTableWriter(LinkedCorpus corpus, RuntimeVocabulary vocabulary, IReadOnlyDictionary<int, DocumentStandoffRows>? standoffRows, CatalogTables? catalog)
        {
            _corpus = corpus;
            _tables = catalog?.Copy() ?? CatalogTableWriter.Write(corpus.Documents, corpus.Actors, vocabulary);
            _vocabulary = vocabulary;
            _borders = corpus.BorderEvents
                .Where(e => e.Border is not null)
                .Select(e => e.Border!.Value)
                .Distinct()
                .OrderBy(b => b.First, StringComparer.Ordinal)
                .ThenBy(b => b.Second, StringComparer.Ordinal)
                .ToList();
            // Read once: another run can finish a table from the same catalogs' part meanwhile.
            _written = catalog?.Written;
            var last = _written?.Last;
            var strings = new StringsInStep(_tables.Strings, last?.Table.Strings);
            _standoff = new StandoffTableWriter(
                this,
                corpus,
                layer => standoffRows is not null && standoffRows.TryGetValue(layer.Document, out var rows) ? rows : DocumentStandoffWriter.Write(layer),
                catalog,
                last,
                strings);
            _records = new RecordRowWriter(_tables, vocabulary, _borders, Attestations);

            // A record's rows refer to text-bounds, events and borders by number: copied only while those are numbered the same.
            var sameReferences = last is not null && last.Table.Numbering.NumbersTextBoundsAndEventsAs(_standoff.Numbering) && last.Table.Borders.SequenceEqual(_borders);
            _runs = new RecordRunWriter(_tables, strings, sameReferences ? last!.Table : null);
            if (last is not null)
            {
                _tables.TakeIndexesFrom(last.Table.Sections, last.Table.Indexes);
            }
        }

        /// <summary>The corpus's tables, its key indexes, its catalogs' part and its documents' standoff rows laid out here.</summary>
        public static CompiledTables Write(LinkedCorpus corpus, RuntimeVocabulary vocabulary)
            => Write(corpus, vocabulary, KeyIndex.Build(KeyIndexKeys.Of(corpus)), standoffRows: null, catalog: null);

        /// <summary>
        /// The corpus's tables, with its key indexes (<see cref="KeyIndexKeys.Of"/>) already laid out (<see cref="KeyIndex.Build"/>)
        /// its documents' standoff rows, by document, where <paramref name="standoffRows"/> has them
        /// (<see cref="DocumentStandoffWriter.Write"/>; the others are laid out here), and its catalogs' part where
        /// <paramref name="catalog"/> has it (<see cref="CatalogTables"/>, made from the same documents and actors).
        /// </summary>
        public static CompiledTables Write(LinkedCorpus corpus, RuntimeVocabulary vocabulary, EquatableArray<KeyIndex> keyIndexes, IReadOnlyDictionary<int, DocumentStandoffRows>? standoffRows, CatalogTables? catalog)
            => new CorpusTableWriter(corpus, vocabulary, standoffRows, catalog).Write(keyIndexes);

        private CompiledTables Write(EquatableArray<KeyIndex> keyIndexes)
        {
            // Each record section grown once to its size, not by doubling (a copy and a larger array each time).
            var attestations = _corpus.Statements.Sum(s => s.Attestations.Count) + _corpus.BorderEvents.Sum(e => e.Attestations.Count);
            _tables.Reserve(Section.Mentions, _corpus.Mentions.Count * MentionRow.Width);
            _tables.Reserve(Section.Statements, _corpus.Statements.Count * StatementRow.Width);
            _tables.Reserve(Section.BorderEvents, _corpus.BorderEvents.Count * BorderEventRow.Width);
            _tables.Reserve(Section.Relations, _corpus.Relations.Count * RelationRow.Width);
            _tables.Reserve(Section.Attestations, attestations * AttestationRow.Width);
            WriteMentions();
            WriteStatements();
            WriteBorderEvents();
            WriteRelations();
            WriteIndexes();
            _standoff.Write();
            // Every key set gets its index, which is all a Dataset needs; a kind's ids also get generated dispatch when
            // they are few (LookupDispatch). Laid out in a step of their own: an edit that keeps
            // the keys passes the same layouts, which the last table's sections hold.
            foreach (var index in keyIndexes)
            {
                var section = index.Keys.Section;
                _tables.Index(section, 0, index.Layout, () => _tables.Sections[(int)section].AddRange(index.Layout.AsSpan()));
            }

            var finished = _tables.Finish(LookupDispatch.IdKinds(_corpus));
            _written?.Remember(new LastWrite(
                new WrittenTable(_tables.Sections, _tables.IndexInputs, _tables.Strings, _standoff.Types, _standoff.LayerTypes, _standoff.Numbering, _borders, _mentions!, _statements!, _borderEvents!, _relations!),
                _standoff.Placed));
            return finished;
        }

        private void WriteMentions() => _mentions = _runs.Write(_corpus.Mentions, MentionSections, table => table.Mentions, WriteMention);

        private void WriteMention(MentionModel mention)
        {
            var row = Row(Section.Mentions, MentionRow.Width)
                .Set(MentionRow.Document, mention.Document)
                .Set(MentionRow.Actor, mention.Actor)
                .Set(MentionRow.Annotation, _standoff.TextBound(mention.Document, mention.TextBound));
            Span(row, MentionRow.Span, mention.Span);
            row.End();
        }

        private void WriteStatements() => _statements = _runs.Write(_corpus.Statements, StatementSections, table => table.Statements, statement =>
        {
            statement.WriteRow(_records.Begin(Section.Statements, StatementRow.Width));
            _records.End();
        });

        private void WriteBorderEvents() => _borderEvents = _runs.Write(_corpus.BorderEvents, BorderEventSections, table => table.BorderEvents, borderEvent =>
        {
            borderEvent.WriteRow(_records.Begin(Section.BorderEvents, BorderEventRow.Width));
            _records.End();
        });

        private void WriteRelations()
        {
            _relations = _runs.Write(_corpus.Relations, RelationSections, table => table.Relations, relation => Row(Section.Relations, RelationRow.Width)
                .Set(RelationRow.From, _tables.Strings.Add(relation.From))
                .Set(RelationRow.Kind, _tables.Strings.Add(relation.Kind))
                .Set(RelationRow.To, _tables.Strings.Add(relation.To))
                .End());

            foreach (var border in _borders)
            {
                Row(Section.Borders, BorderRow.Width)
                    .Set(BorderRow.First, _tables.Strings.Add(border.First))
                    .Set(BorderRow.Second, _tables.Strings.Add(border.Second))
                    .End();
            }
        }

        private void WriteIndexes()
        {
            var statements = _corpus.Statements;
            var events = _corpus.BorderEvents;
            _tables.Grouping(Section.StatementsBySpeaker, _corpus.Actors.Count, Section.Statements, StatementRow.Width, StatementRow.Speaker);
            _tables.Memberships(Section.StatementsByDocument, _corpus.Documents.Count, DocumentMemberships(statements, s => s.Attestations));
            _tables.Grouping(Section.StatementsByKind, _vocabulary.StatementKinds.Count, Section.Statements, StatementRow.Width, StatementRow.Kind);
            DateIndex(Section.StatementsByDate, statements.Select(s => s.Date));
            _tables.Memberships(Section.BorderEventsByDocument, _corpus.Documents.Count, DocumentMemberships(events, e => e.Attestations));
            _tables.Grouping(Section.BorderEventsByBorder, _borders.Count, Section.BorderEvents, BorderEventRow.Width, BorderEventRow.Border);
            _tables.Grouping(Section.BorderEventsByKind, _vocabulary.BorderEventKinds.Count, Section.BorderEvents, BorderEventRow.Width, BorderEventRow.Kind);
            DateIndex(Section.BorderEventsByDate, events.Select(e => e.Date));
            _tables.Grouping(Section.MentionsByActor, _corpus.Actors.Count, Section.Mentions, MentionRow.Width, MentionRow.Actor);

            // Mentions are stored by document, so a document's mentions are one run of the table: starts only.
            var documents = _corpus.Documents.Count;
            var mentionDocuments = _tables.Sections[(int)Section.Mentions].Column(MentionRow.Width, MentionRow.Document);
            _tables.Index(Section.MentionsByDocument, documents, new EquatableArray<int>(mentionDocuments), () =>
            {
                var starts = new int[documents + 2];
                starts[0] = documents;
                foreach (var document in mentionDocuments)
                {
                    if ((uint)document < (uint)documents)
                    {
                        starts[document + 2]++;
                    }
                }

                for (var document = 2; document < starts.Length; document++)
                {
                    starts[document] += starts[document - 1];
                }

                _tables.Sections[(int)Section.MentionsByDocument].AddRange(starts);
            });
        }

        private void DateIndex(Section section, IEnumerable<DateValue?> dates)
        {
            // Each record's (dated, start day, end day): the index's inputs.
            var days = new List<int>();
            foreach (var date in dates)
            {
                var (dated, start, end) = date is { } value ? (1, FieldValues.DayNumber(value.Start), FieldValues.DayNumber(value.End)) : (0, 0, 0);
                days.Add(dated);
                days.Add(start);
                days.Add(end);
            }

            var inputs = days.ToArray();
            _tables.Index(section, 0, new EquatableArray<int>(inputs), () =>
            {
                // Entries by start day, then record: one key each, the start above the record, sorted as numbers.
                var keys = new List<long>();
                for (var record = 0; record < inputs.Length / 3; record++)
                {
                    if (inputs[3 * record] != 0)
                    {
                        keys.Add(((long)inputs[(3 * record) + 1] << 32) | (uint)record);
                    }
                }

                var sorted = keys.ToArray();
                Array.Sort(sorted);
                var ints = _tables.Sections[(int)section];
                ints.Add(sorted.Length);
                var widest = sorted.Length == 0 ? 0 : int.MinValue;
                var entries = new int[sorted.Length * 3];
                for (var i = 0; i < sorted.Length; i++)
                {
                    var (start, record) = ((int)(sorted[i] >> 32), (int)(uint)sorted[i]);
                    var end = inputs[(3 * record) + 2];
                    (entries[3 * i], entries[(3 * i) + 1], entries[(3 * i) + 2]) = (start, end, record);
                    widest = Math.Max(widest, end - start);
                }

                ints.Add(widest);
                ints.AddRange(entries);
            });
        }

        /// <summary>A hash index of <paramref name="keys"/>, its hash chosen here (<see cref="TableBuilder.HashIndex"/>).</summary>
        internal void HashIndex(Section section, IReadOnlyList<(string Key, int Record)> keys, bool ignoreCase) => _tables.HashIndex(section, keys, ignoreCase);

        private int Attestations(EquatableArray<AttestationModel> attestations)
        {
            var rows = new List<int>();
            foreach (var attestation in attestations)
            {
                var quotes = new List<int>();
                foreach (var quote in attestation.Quotes)
                {
                    var quoteRow = Row(Section.Quotes, QuoteRow.Width).Set(QuoteRow.Direct, quote.Direct ? 1 : 0);
                    quotes.Add(quoteRow.Index);
                    Span(quoteRow, QuoteRow.Span, quote.Span);
                    quoteRow.End();
                }

                var row = Row(Section.Attestations, AttestationRow.Width)
                    .Set(AttestationRow.Document, attestation.Document)
                    .Set(AttestationRow.Direct, attestation.Direct ? 1 : 0)
                    .Set(AttestationRow.Via, attestation.Via)
                    .Set(AttestationRow.Quotes, _tables.Lists.Add(quotes))
                    .Set(AttestationRow.Annotation, _standoff.Event(attestation.Document, attestation.Event));
                rows.Add(row.Index);
                Span(row, AttestationRow.Span, attestation.Passage);
                row.End();
            }

            return _tables.Lists.Add(rows);
        }

        /// <summary>A span's fields (<see cref="SpanFields"/>) at <paramref name="at"/> of <paramref name="row"/>.</summary>
        private void Span(TableRows.Row row, int at, SpanModel span) => SpanFieldsWriter.Write(_tables, row, at, span);

        /// <summary>The sections, pools and rows the corpus's table is written with.</summary>
        internal TableBuilder Tables => _tables;

        /// <summary>Starts the next row of <paramref name="section"/>: its fields are set by name, then it is ended.</summary>
        internal TableRows.Row Row(Section section, int width) => _tables.Row(section, width);

        /// <summary>(document, record) of each of the records' attestations, record after record: a by-document grouping's memberships.</summary>
        private static int[] DocumentMemberships<T>(EquatableArray<T> records, Func<T, EquatableArray<AttestationModel>> attestationsOf)
            where T : IEquatable<T>
        {
            var count = 0;
            foreach (var record in records)
            {
                count += attestationsOf(record).Count;
            }

            var memberships = new int[2 * count];
            var at = 0;
            for (var record = 0; record < records.Count; record++)
            {
                foreach (var attestation in attestationsOf(records[record]))
                {
                    (memberships[at], memberships[at + 1], at) = (attestation.Document, record, at + 2);
                }
            }

            return memberships;
        }
    }
}
