using System;
using System.Collections.Generic;
using System.Linq;
using DomainKit.Compiled;
using DomainKit.Generators.Common;
using DomainKit.Generators.Corpus.Linking;

namespace DomainKit.Generators.Generation.Emit.Data
{
    /// <summary>
    /// Lays the notes of a corpus out as a table of their own (<c>CorpusData.Notes</c>): per document where its notes
    /// start (<see cref="Section.NoteDocuments"/>), the note rows, their types, the by-target grouping and the ids, with
    /// strings of its own. It reads nothing of the corpus's table but where each document's annotations start
    /// (<see cref="StandoffRowNumbering"/>), so a note edit rewrites this table alone.
    /// </summary>
    internal static class NoteTableWriter
    {
        /// <summary>The notes of a linked corpus whose layers keep them (as the CLI links a folder).</summary>
        public static CompiledTables Write(LinkedCorpus corpus)
            => Write(StandoffRowNumbering.Of(corpus.Documents.Count, corpus.Standoff), corpus.Standoff.Select(l => (l.Document, l.Notes)));

        /// <summary>The notes of each document (a document not given has none), their targets numbered by <paramref name="rows"/>.</summary>
        public static CompiledTables Write(StandoffRowNumbering rows, IEnumerable<(int Document, EquatableArray<NoteModel> Notes)> documents)
        {
            var notes = new EquatableArray<NoteModel>[rows.DocumentCount];
            // A document without notes may be one without text, which is not among the corpus's documents.
            foreach (var (document, documentNotes) in documents.Where(d => d.Notes.Count > 0))
            {
                notes[document] = documentNotes;
            }

            var types = notes.SelectMany(n => n).Select(n => n.Type).Distinct().OrderBy(t => t, StringComparer.Ordinal).ToList();
            var typeIndex = types.Select((type, index) => (type, index)).ToDictionary(t => t.type, t => t.index, StringComparer.Ordinal);
            var table = new TableBuilder();

            // Each note has one id, so a document's run of ids is as long as its run of notes and starts at the same row.
            var first = 0;
            for (var document = 0; document <= notes.Length; document++)
            {
                table.Row(Section.NoteDocuments, NoteDocumentRow.Width).Set(NoteDocumentRow.Notes, first).End();
                first += document < notes.Length ? notes[document].Count : 0;
            }

            var row = 0;
            for (var document = 0; document < notes.Length; document++)
            {
                foreach (var note in notes[document])
                {
                    table.Row(Section.Notes, NoteRow.Width)
                        .Set(NoteRow.Document, document)
                        .Set(NoteRow.Id, table.Strings.Add(note.Id))
                        .Set(NoteRow.Type, typeIndex[note.Type])
                        .Set(NoteRow.TargetKind, StandoffRowNumbering.Kind(note.Target.Kind))
                        .Set(NoteRow.Target, rows.Row(document, note.Target))
                        .Set(NoteRow.Text, table.Strings.Add(note.Text))
                        .End();
                }

                // Most documents have no note; an empty run writes nothing, so it is not sorted either.
                if (notes[document].Count > 0)
                {
                    AnnotationIdRows.Write(table, notes[document].Select((note, i) => (note.Id, table.Strings.Add(note.Id), AnnotationKinds.Note, row + i)).ToList());
                    row += notes[document].Count;
                }
            }

            foreach (var type in types)
            {
                table.Row(Section.AnnotationTypes, AnnotationTypeRow.Width).Set(AnnotationTypeRow.Name, table.Strings.Add(type)).End();
            }

            // Keyed by target, not grouped: a grouping would hold a start for every annotation of the corpus.
            var byTarget = notes.SelectMany((documentNotes, document) => documentNotes.Select(n => rows.Key(document, n.Target)))
                .Select((key, note) => (Key: key, Note: note))
                .OrderBy(e => e.Key)
                .ThenBy(e => e.Note)
                .ToList();
            table.Sections[(int)Section.NotesByTarget].AddRange(byTarget.Select(e => e.Key).Concat(byTarget.Select(e => e.Note)));
            // Nothing reads the notes' dispatched kinds: NoteDataModel has no dispatch.
            return table.Finish(EquatableArray<string>.Empty);
        }
    }
}
