using DomainKit.Standoff;

namespace DomainKit.Tests;

/// <summary>The bundled corpus's whole standoff layer, compiled: every line of its .ann files, and the queries over it.</summary>
public class StandoffLayerTests
{
    private static readonly Dataset Data = Afghanistan2021.Dataset;

    [Fact]
    public void Every_annotation_line_of_every_ann_file_is_in_the_compiled_layer()
    {
        var corpus = Path.Combine(BundledCorpusTests.RepositoryRoot(), "src", "DomainKit", "Corpus");
        var lines = 0;
        foreach (var document in Data.Documents)
        {
            var layer = document.Standoff;
            var equivalences = 0;
            foreach (var line in File.ReadAllLines(Path.Combine(corpus, document.Id + ".ann")).Where(l => l.Length > 0))
            {
                lines++;
                var fields = line.Split('\t');
                var head = fields[1].Split(' ');
                if (fields[0] == "*")
                {
                    equivalences++;
                    continue;
                }

                Assert.True(layer.TryGet(fields[0], out var annotation), $"{document.Id}: {line}");
                Assert.Equal(fields[0], annotation.Id);
                Assert.Same(document, annotation.Document);
                switch (annotation)
                {
                    case TextBoundAnnotation t:
                        Assert.Equal(head[0], t.Type);
                        Assert.Equal(fields[2], t.Text);
                        if (t.Fragments.IsEmpty)
                        {
                            Assert.Equal(fields[2], CodePointSlice(document.Text, t.Start, t.End));
                        }

                        break;
                    case EventAnnotation e:
                        Assert.Equal(head[0], e.Type + ":" + e.Trigger.Id);
                        Assert.Equal(head.Skip(1).Select(a => a.Split(':')[1]), e.Arguments.Select(a => a.Target.Id));
                        break;
                    case RelationAnnotation r:
                        Assert.Equal(head, new[] { r.Type, r.Arg1.Role + ":" + r.Arg1.Target.Id, r.Arg2.Role + ":" + r.Arg2.Target.Id });
                        break;
                    case AttributeAnnotation a:
                        Assert.Equal(head, new[] { a.Type, a.Target.Id }.Concat(a.Value is null ? [] : [a.Value]));
                        break;
                    case NormalizationAnnotation n:
                        Assert.Equal(head, new[] { n.Type, n.Target.Id, n.Database + ":" + n.EntryId });
                        Assert.Equal(fields[2], n.Label);
                        break;
                    case NoteAnnotation note:
                        Assert.Equal(head, new[] { note.Type, note.Target.Id });
                        Assert.Equal(fields[2], note.Text);
                        break;
                }
            }

            Assert.Equal(equivalences, layer.Equivalences.Count);
        }

        Assert.True(lines > 1000);
        Assert.Equal(lines, Data.Standoff.TextBounds.Count + Data.Standoff.Events.Count + Data.Standoff.Relations.Count + Data.Standoff.Attributes.Count
            + Data.Standoff.Normalizations.Count + Data.Standoff.Notes.Count + Data.Standoff.Equivalences.Count);
        Assert.False(Data.Documents[0].Standoff.TryGet("T100000", out _));
        Assert.False(Data.Documents[0].Standoff.TryGet("", out _));
    }

    [Fact]
    public void Generated_type_constants_name_the_schema_types_and_find_their_annotations()
    {
        Assert.Equal("Actor", Afghanistan2021.Types.Actor);
        Assert.Equal("Statement", Afghanistan2021.Types.Statement);
        Assert.Equal("RespondsTo", Afghanistan2021.RelationTypes.RespondsTo);
        Assert.Equal("StatementKind", Afghanistan2021.AttributeTypes.StatementKind);
        var actors = Data.Standoff.TextBounds.OfType(Afghanistan2021.Types.Actor);
        Assert.Equal(Data.Standoff.TextBounds.Count(t => t.Type == "Actor"), actors.Count);
        Assert.All(actors, t => Assert.Equal("Actor", t.Type));
        foreach (var document in Data.Documents)
        {
            var layer = document.Standoff;
            Assert.Equal(layer.TextBounds.Where(t => t.Type == "Quote"), layer.TextBoundsOfType(Afghanistan2021.Types.Quote));
            Assert.Equal(layer.Events.Where(e => e.Type == "Statement"), layer.EventsOfType(Afghanistan2021.Types.Statement));
            Assert.Equal(layer.Relations.Where(r => r.Type == "Corroborates"), layer.RelationsOfType(Afghanistan2021.RelationTypes.Corroborates));
        }

        Assert.True(Data.Standoff.TextBounds.OfType("NoSuchType").IsEmpty);
        Assert.True(Data.Documents[0].Standoff.TextBoundsOfType("actor").IsEmpty);
    }

    [Fact]
    public void The_interval_index_gives_exactly_the_spans_covering_each_offset()
    {
        foreach (var document in Data.Documents)
        {
            var layer = document.Standoff;
            var all = layer.TextBounds.ToArray();
            var length = document.Text.EnumerateRunes().Count();
            for (var offset = -1; offset <= length + 1; offset++)
            {
                var expected = all.Where(t => t.Covers(offset)).Select(t => t.Id).Order(StringComparer.Ordinal);
                Assert.Equal(expected, layer.Covering(offset).Select(t => t.Id).Order(StringComparer.Ordinal));
            }
        }

        // The first document's "US troops" (T1, 3-12) and nothing else covers offset 5.
        Assert.Equal(["T1"], Data.Documents.First(d => d.Id.Contains("nbc")).Standoff.Covering(5).Select(t => t.Id));
    }

    [Fact]
    public void Attributes_normalizations_and_notes_are_found_from_their_annotation()
    {
        var layer = Data.Documents.First(d => d.Id.Contains("nbc")).Standoff;
        Assert.True(layer.TryGet("T1", out var t1));
        Assert.Equal(["us-armed-forces"], Data.Standoff.Normalizations.Of(t1).Select(n => n.EntryId));
        Assert.True(layer.TryGet("T15", out var t15));
        Assert.Single(Data.Standoff.Notes.Of(t15));
        foreach (var attribute in Data.Standoff.Attributes)
        {
            Assert.Contains(attribute, Data.Standoff.Attributes.Of(attribute.Target));
        }

        foreach (var note in Data.Standoff.Notes)
        {
            Assert.Contains(note, Data.Standoff.Notes.Of(note.Target));
        }

        Assert.Equal(Data.Standoff.Normalizations.Count, Data.Standoff.TextBounds.Concat<Annotation>(Data.Standoff.Events).Sum(a => Data.Standoff.Normalizations.Of(a).Count));
        Assert.True(Data.Standoff.Attributes.Of(Data.Standoff.Attributes[0]).IsEmpty);
        Assert.Equal(["us-armed-forces"], Data.Standoff.Normalizations.Of((TextBoundAnnotation)t1 with { Text = "a copy" }).Select(n => n.EntryId));
    }

    [Fact]
    public void Mentions_and_attestations_link_to_the_annotations_they_came_from()
    {
        Assert.NotEmpty(Data.Mentions);
        foreach (var mention in Data.Mentions)
        {
            var annotation = mention.Annotation;
            Assert.NotNull(annotation);
            Assert.Equal((mention.Document, mention.Start, mention.End, mention.Text, "Actor"), (annotation.Document, annotation.Start, annotation.End, annotation.Text, annotation.Type));
        }

        foreach (var attestation in Data.Statements.SelectMany(s => s.Attestations).Concat(Data.BorderEvents.SelectMany(e => e.Attestations)))
        {
            Assert.NotNull(attestation.Annotation);
            Assert.Same(attestation.Document, attestation.Annotation.Document);
            Assert.Contains(attestation.Annotation.Type, new[] { "Statement", "BorderEvent" });
        }
    }

    [Fact]
    public void Lookups_and_enumeration_allocate_nothing_once_records_are_decoded()
    {
        var document = Data.Documents[0];
        _ = document.Standoff.TextBounds.ToArray();
        Count(document);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var found = Count(document);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.True(found > 0);
    }

    private static string CodePointSlice(string text, int start, int end)
        => string.Concat(text.EnumerateRunes().Skip(start).Take(end - start).Select(r => r.ToString()));

    private static int Count(Document document)
    {
        var layer = document.Standoff;
        var found = 0;
        foreach (var t in layer.Covering(5))
        {
            found += t.End;
        }

        foreach (var t in layer.TextBoundsOfType(Afghanistan2021.Types.Actor))
        {
            found += t.Start;
        }

        found += layer.TryGet("T1", out var annotation) ? annotation.Id.Length : 0;
        found += Data.Standoff.Normalizations.Of(annotation!).Count;
        return found;
    }
}
