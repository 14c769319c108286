using DomainKit.Compiled;
using DomainKit.Standoff;

namespace DomainKit.Tests;

/// <summary>
/// The notes are compiled as data of their own (<see cref="CorpusData.Notes"/>), apart from the rest of the standoff
/// layer, so that a note edit rewrites them alone: the layer reads them from there, and data without them (as older
/// generated code emitted) is a layer without notes.
/// </summary>
public class NoteDataTests
{
    private static readonly Dataset Data = Afghanistan2021.Dataset;
    private static readonly Dataset WithoutNotes = new(new NoNotes(Data.Actors.Reader.Data));

    [Fact]
    public void The_notes_are_read_from_their_own_data_and_point_at_annotations_of_the_corpus_data()
    {
        var notes = Data.Actors.Reader.Data.Notes;
        Assert.NotNull(notes);
        Assert.Equal(Data.Standoff.Notes.Count, new DataReader(notes).Rows(Section.Notes, NoteRow.Width));
        Assert.Equal(0, Data.Actors.Reader.Rows(Section.Notes, NoteRow.Width));
        Assert.NotEmpty(Data.Standoff.Notes);
        foreach (var note in Data.Standoff.Notes)
        {
            Assert.True(note.Document.Standoff.TryGet(note.Target.Id, out var target));
            Assert.Same(target, note.Target);
            Assert.True(note.Document.Standoff.TryGet(note.Id, out var found));
            Assert.Same(note, found);
        }
    }

    [Fact]
    public void Data_without_notes_reads_as_a_layer_without_notes_and_keeps_every_other_annotation()
    {
        Assert.Empty(WithoutNotes.Standoff.Notes);
        foreach (var document in WithoutNotes.Documents)
        {
            var layer = document.Standoff;
            var compiled = Data.Documents[document.Ordinal].Standoff;
            Assert.True(layer.Notes.IsEmpty);
            Assert.Equal(compiled.TextBounds.Select(t => t.Id), layer.TextBounds.Select(t => t.Id));
            foreach (var note in compiled.Notes)
            {
                Assert.False(layer.TryGet(note.Id, out _), note.Id);
                Assert.True(layer.TryGet(note.Target.Id, out var target), note.Target.Id);
                Assert.True(WithoutNotes.Standoff.Notes.Of(target).IsEmpty);
            }
        }

        var noteOnlyTypes = Data.Standoff.Notes.Select(n => n.Type).Except(Data.Standoff.TextBounds.Select(t => t.Type)).ToList();
        Assert.NotEmpty(noteOnlyTypes);
        Assert.Equal(Data.Standoff.Types.Except(noteOnlyTypes), WithoutNotes.Standoff.Types);
    }

    /// <summary>The bundled corpus's data with its notes left out.</summary>
    private sealed class NoNotes(CorpusData data) : CorpusData
    {
        public override int PackedIntSegments => data.PackedIntSegments;

        public override ReadOnlySpan<string> FallbackStrings => data.FallbackStrings;

        public override ReadOnlySpan<byte> Utf8(int segment) => data.Utf8(segment);

        public override ReadOnlySpan<byte> PackedInts(int segment) => data.PackedInts(segment);
    }
}
