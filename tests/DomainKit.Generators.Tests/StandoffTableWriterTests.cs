using DomainKit.Compiled;
using DomainKit.Generators.Generation.Emit.Data;

namespace DomainKit.Generators.Tests;

/// <summary>How the standoff layer is laid out in the integer table, as far as an edit's reach depends on it.</summary>
public sealed class StandoffTableWriterTests
{
    [Fact]
    public void Editing_a_note_changes_no_string_reference_outside_the_notes()
    {
        var corpus = new TestCorpus();
        var edited = new TestCorpus().ReplaceLine("pledge.ann", "#1\t", "#1\tAnnotatorNotes T5\ta note of another length than the one it replaces");
        var before = Tables(corpus);
        var after = Tables(edited);

        // Notes take the last string references, so the strings before them keep their places (and bytes).
        var notes = before.Sections[(int)Section.Notes];
        Assert.NotEmpty(notes);
        var firstNoteString = Enumerable.Range(0, notes.Count / NoteRow.Width)
            .SelectMany(row => new[] { notes[(row * NoteRow.Width) + NoteRow.Id], notes[(row * NoteRow.Width) + NoteRow.Text] })
            .Min();
        var unchangedStrings = firstNoteString * StringFields.Width;
        Assert.Equal(before.Sections[(int)Section.Strings].Take(unchangedStrings), after.Sections[(int)Section.Strings].Take(unchangedStrings));
        for (var section = 0; section < (int)Section.Count; section++)
        {
            if (section is not ((int)Section.Strings or (int)Section.Notes))
            {
                Assert.True(before.Sections[section].SequenceEqual(after.Sections[section]), $"{(Section)section} changed");
            }
        }
    }

    private static CompiledTables Tables(TestCorpus corpus)
        => CorpusTableWriter.Write(CorpusPipeline.Link(corpus.Files).Corpus!, CorpusPipeline.Vocabulary);
}
