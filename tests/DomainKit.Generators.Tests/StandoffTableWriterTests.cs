using DomainKit.Compiled;
using DomainKit.Generators.Generation.Emit.Data;

namespace DomainKit.Generators.Tests;

/// <summary>How the standoff layer is laid out in the integer table, as far as an edit's reach depends on it.</summary>
public sealed class StandoffTableWriterTests
{
    [Fact]
    public void Editing_a_note_changes_the_notes_table_and_nothing_of_the_corpus_table()
    {
        // Another id, type, target and text than the note it replaces, and one note more.
        var corpus = new TestCorpus();
        var edited = new TestCorpus().ReplaceLine("pledge.ann", "#1\t", "#7\tCuratorNotes E1\ta note of another length than the one it replaces");
        edited.AppendLine("pledge.ann", "#8\tAnnotatorNotes T5\ta second note");
        var before = CorpusPipeline.Link(corpus.Files).Corpus!;
        var after = CorpusPipeline.Link(edited.Files).Corpus!;

        var (beforeTable, afterTable) = (CorpusTableWriter.Write(before, CorpusPipeline.Vocabulary), CorpusTableWriter.Write(after, CorpusPipeline.Vocabulary));
        Assert.Equal(beforeTable.Utf8Segments.SelectMany(s => s), afterTable.Utf8Segments.SelectMany(s => s));
        Assert.Equal(beforeTable.PackedIntSegments(), afterTable.PackedIntSegments());
        Assert.Empty(beforeTable.Sections[(int)Section.Notes]);

        var (beforeNotes, afterNotes) = (NoteTableWriter.Write(before), NoteTableWriter.Write(after));
        Assert.Equal(NoteRow.Width, beforeNotes.Sections[(int)Section.Notes].Count);
        Assert.Equal(2 * NoteRow.Width, afterNotes.Sections[(int)Section.Notes].Count);
        Assert.NotEqual(beforeNotes.Utf8Segments.SelectMany(s => s), afterNotes.Utf8Segments.SelectMany(s => s));
    }

    [Fact]
    public void Note_types_are_listed_in_ordinal_order_and_the_notes_of_one_target_in_note_order()
    {
        var corpus = new TestCorpus()
            .AppendLine("pledge.ann", "#8\tZebraNotes T1\ton the actor")
            .AppendLine("pledge.ann", "#9\tAnnotatorNotes T1\tagain on the actor")
            .AppendLine("pledge.ann", "#10\tannotatorNotes E1\ton the event");
        var linked = CorpusPipeline.Link(corpus.Files).Corpus!;
        var rows = StandoffRowNumbering.Of(linked.Documents.Count, linked.Standoff);

        var notes = NoteTableWriter.Write(linked);

        var types = notes.Sections[(int)Section.AnnotationTypes].Select(reference => CompiledStrings.Of(notes, reference)).ToList();
        Assert.Equal(linked.Standoff.SelectMany(l => l.Notes).Select(n => n.Type).Distinct().Order(StringComparer.Ordinal), types);
        Assert.Equal(["AnnotatorNotes", "ZebraNotes", "annotatorNotes"], types);
        var keys = linked.Standoff.OrderBy(l => l.Document).SelectMany(l => l.Notes.Select(n => rows.Key(l.Document, n.Target))).ToList();
        var byTarget = keys.Select((key, note) => (key, note)).OrderBy(e => e.key).ToList();
        Assert.Contains(byTarget, e => byTarget.Count(other => other.key == e.key) > 1);
        Assert.Equal(byTarget.Select(e => e.key).Concat(byTarget.Select(e => e.note)), notes.Sections[(int)Section.NotesByTarget]);
    }

    [Fact]
    public void A_document_given_without_notes_is_skipped_even_beyond_the_documents_with_text()
    {
        var linked = CorpusPipeline.Link(new TestCorpus().Files).Corpus!;
        var rows = StandoffRowNumbering.Of(linked.Documents.Count, linked.Standoff);
        var withNotes = linked.Standoff.Where(l => l.Notes.Count > 0).Select(l => (l.Document, l.Notes)).ToList();

        var notes = NoteTableWriter.Write(rows, withNotes.Append((linked.Documents.Count + 2, Generators.Common.EquatableArray<Generators.Corpus.Linking.NoteModel>.Empty)));

        var expected = NoteTableWriter.Write(rows, withNotes);
        Assert.Equal(expected.PackedIntSegments(), notes.PackedIntSegments());
        Assert.Equal(expected.Utf8SegmentTexts(), notes.Utf8SegmentTexts());
    }
}
