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
}
