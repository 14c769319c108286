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
                        // A role loses brat's repeat number: "Content2:T12" is role Content.
                        var arguments = head.Skip(1).Select(a => a.Split(':')).Select(a => a[0].TrimEnd("0123456789".ToCharArray()) + ":" + a[1]);
                        Assert.Equal(arguments, e.Arguments.Select(a => a.Role + ":" + a.Target.Id));
                        Assert.Equal(arguments, e.Arguments.Select(a => a.ToString()));
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
            var length = document.Text.EnumerateRunes().Count();

            // Offset o's covering ids at index o + 1, from each fragment's own range (a contiguous span is its one fragment).
            var expected = Enumerable.Range(0, length + 3).Select(_ => new SortedSet<string>(StringComparer.Ordinal)).ToArray();
            foreach (var t in layer.TextBounds)
            {
                foreach (var fragment in t.Fragments.IsEmpty ? [new CodePointRange(t.Start, t.End)] : t.Fragments)
                {
                    for (var offset = fragment.Start; offset < fragment.End; offset++)
                    {
                        expected[offset + 1].Add(t.Id);
                    }
                }
            }

            for (var offset = -1; offset <= length + 1; offset++)
            {
                Assert.Equal(expected[offset + 1], layer.Covering(offset).Select(t => t.Id).Order(StringComparer.Ordinal));
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

    [Fact]
    public void Each_kinds_table_is_every_documents_lines_of_that_kind_in_file_order()
    {
        var corpus = Path.Combine(BundledCorpusTests.RepositoryRoot(), "src", "DomainKit", "Corpus");
        var expected = new Dictionary<char, List<string>>();
        foreach (var document in Data.Documents)
        {
            var ids = File.ReadAllLines(Path.Combine(corpus, document.Id + ".ann")).Where(l => l.Length > 0).Select(l => l.Split('\t')[0]).ToList();
            var layer = document.Standoff;
            Assert.Same(document, layer.Document);
            Assert.Equal(ids.Where(id => id[0] == 'T'), layer.TextBounds.Select(t => t.Id));
            Assert.Equal(ids.Where(id => id[0] == 'E'), layer.Events.Select(e => e.Id));
            Assert.Equal(ids.Where(id => id[0] == 'R'), layer.Relations.Select(r => r.Id));
            Assert.Equal(ids.Where(id => id[0] is 'A' or 'M'), layer.Attributes.Select(a => a.Id));
            Assert.Equal(ids.Where(id => id[0] == 'N'), layer.Normalizations.Select(n => n.Id));
            Assert.Equal(ids.Where(id => id[0] == '#'), layer.Notes.Select(n => n.Id));
            AssertIn(Data.Standoff.TextBounds, layer.TextBounds);
            AssertIn(Data.Standoff.Events, layer.Events);
            AssertIn(Data.Standoff.Relations, layer.Relations);
            AssertIn(Data.Standoff.Attributes, layer.Attributes);
            AssertIn(Data.Standoff.Normalizations, layer.Normalizations);
            AssertIn(Data.Standoff.Notes, layer.Notes);
            Assert.Equal(Data.Standoff.Equivalences.In(document), layer.Equivalences);

            void AssertIn<T>(StandoffTable<T> table, RecordRange<T> inLayer)
                where T : Annotation
            {
                Assert.Equal(inLayer, table.In(document));
                Assert.All(inLayer, a => Assert.Same(document, a.Document));
            }
        }

        Assert.Equal(Data.Documents.SelectMany(d => d.Standoff.TextBounds), Data.Standoff.TextBounds);
        Assert.Equal(Data.Documents.SelectMany(d => d.Standoff.Events), Data.Standoff.Events);
        Assert.Equal(Data.Documents.SelectMany(d => d.Standoff.Relations), Data.Standoff.Relations);
        Assert.Equal(Data.Documents.SelectMany(d => d.Standoff.Attributes), Data.Standoff.Attributes);
        Assert.Equal(Data.Documents.SelectMany(d => d.Standoff.Normalizations), Data.Standoff.Normalizations);
        Assert.Equal(Data.Documents.SelectMany(d => d.Standoff.Notes), Data.Standoff.Notes);
    }

    [Fact]
    public void Types_are_every_type_the_annotations_use_once_in_ordinal_order_and_each_finds_exactly_its_annotations()
    {
        var used = Data.Standoff.TextBounds.Select(t => t.Type)
            .Concat(Data.Standoff.Events.Select(e => e.Type))
            .Concat(Data.Standoff.Relations.Select(r => r.Type))
            .Concat(Data.Standoff.Attributes.Select(a => a.Type))
            .Concat(Data.Standoff.Normalizations.Select(n => n.Type))
            .Concat(Data.Standoff.Notes.Select(n => n.Type))
            .Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(used, Data.Standoff.Types);
        foreach (var type in Data.Standoff.Types)
        {
            Assert.Equal(Data.Standoff.TextBounds.Where(t => t.Type == type), Data.Standoff.TextBounds.OfType(type));
            Assert.Equal(Data.Standoff.Events.Where(e => e.Type == type), Data.Standoff.Events.OfType(type));
            Assert.Equal(Data.Standoff.Relations.Where(r => r.Type == type), Data.Standoff.Relations.OfType(type));
            foreach (var document in Data.Documents)
            {
                Assert.Equal(document.Standoff.TextBounds.Where(t => t.Type == type), document.Standoff.TextBoundsOfType(type));
                Assert.Equal(document.Standoff.Events.Where(e => e.Type == type), document.Standoff.EventsOfType(type));
                Assert.Equal(document.Standoff.Relations.Where(r => r.Type == type), document.Standoff.RelationsOfType(type));
            }
        }
    }

    [Fact]
    public void An_id_of_another_document_or_a_near_miss_finds_nothing()
    {
        var ids = Data.Documents.ToDictionary(d => d.Id, d => AllIds(d.Standoff).ToHashSet(StringComparer.Ordinal));
        foreach (var document in Data.Documents)
        {
            var layer = document.Standoff;
            foreach (var id in ids.Values.SelectMany(i => i).Distinct().Where(id => !ids[document.Id].Contains(id)))
            {
                Assert.False(layer.TryGet(id, out var found), $"{document.Id}: {id} found {found?.Id}");
            }

            foreach (var id in ids[document.Id])
            {
                foreach (var miss in new[] { id + " ", id.ToLowerInvariant(), id + "0", id[..^1] + "\u00E9", new string('0', 300) + id })
                {
                    if (!ids[document.Id].Contains(miss))
                    {
                        Assert.False(layer.TryGet(miss, out var found), $"{document.Id}: '{miss}' found {found?.Id}");
                    }
                }
            }
        }

        static IEnumerable<string> AllIds(StandoffLayer layer)
            => layer.TextBounds.Select(a => a.Id).Concat(layer.Events.Select(a => a.Id)).Concat(layer.Relations.Select(a => a.Id))
                .Concat(layer.Attributes.Select(a => a.Id)).Concat(layer.Normalizations.Select(a => a.Id)).Concat(layer.Notes.Select(a => a.Id));
    }

    [Fact]
    public void A_document_the_dataset_does_not_hold_has_an_empty_layer_and_a_copy_has_the_originals()
    {
        var document = Data.Documents.First(d => d.Id.Contains("nbc"));
        foreach (var layer in new[] { Data.Standoff.Of(document with { Id = "no-such-document" }), (document with { Id = "no-such-document" }).Standoff, default })
        {
            Assert.Null(layer.Document);
            Assert.True(layer.TextBounds.IsEmpty);
            Assert.True(layer.Events.IsEmpty);
            Assert.True(layer.Relations.IsEmpty);
            Assert.True(layer.Attributes.IsEmpty);
            Assert.True(layer.Normalizations.IsEmpty);
            Assert.True(layer.Notes.IsEmpty);
            Assert.True(layer.Equivalences.IsEmpty);
            Assert.True(layer.TextBoundsOfType(Afghanistan2021.Types.Actor).IsEmpty);
            Assert.True(layer.EventsOfType(Afghanistan2021.Types.Statement).IsEmpty);
            Assert.True(layer.RelationsOfType(Afghanistan2021.RelationTypes.Corroborates).IsEmpty);
            Assert.Empty(layer.Covering(5));
            Assert.False(layer.TryGet("T1", out _));
        }

        Assert.True(Data.Standoff.TextBounds.In(document with { Id = "no-such-document" }).IsEmpty);
        var copy = Data.Standoff.Of(document with { });
        Assert.Same(document, copy.Document);
        Assert.Equal(document.Standoff.TextBounds, copy.TextBounds);
        Assert.Equal(document.Standoff.Covering(5), copy.Covering(5));
        Assert.True(copy.TryGet("T1", out var t1));
        Assert.Same(document.Standoff.TextBounds[0], t1);
    }

    [Fact]
    public void Annotations_on_a_copy_are_found_by_its_document_and_id_and_on_an_unknown_one_not_at_all()
    {
        var layer = Data.Documents.First(d => d.Id.Contains("nbc")).Standoff;
        Assert.True(layer.TryGet("T1", out var t1));
        Assert.True(Data.Standoff.Normalizations.Of(t1 with { Id = "T999999" }).IsEmpty);
        Assert.True(Data.Standoff.Normalizations.Of(t1 with { Document = Data.Documents.First(d => !d.Id.Contains("nbc")), Id = "T999999" }).IsEmpty);
        var attributes = Data.Standoff.Attributes.ToLookup(a => a.Target, ReferenceEqualityComparer.Instance);
        var notes = Data.Standoff.Notes.ToLookup(n => n.Target, ReferenceEqualityComparer.Instance);
        var normalizations = Data.Standoff.Normalizations.ToLookup(n => n.Target, ReferenceEqualityComparer.Instance);
        foreach (var annotation in Data.Standoff.TextBounds.Concat<Annotation>(Data.Standoff.Events).Concat(Data.Standoff.Relations))
        {
            Assert.Equal(attributes[annotation], Data.Standoff.Attributes.Of(annotation));
            Assert.Equal(attributes[annotation], Data.Standoff.Attributes.Of(annotation with { }));
            Assert.Equal(notes[annotation], Data.Standoff.Notes.Of(annotation));
            Assert.Equal(normalizations[annotation], Data.Standoff.Normalizations.Of(annotation));
        }

        Assert.True(Data.Standoff.Notes.Of(Data.Standoff.Notes[0]).IsEmpty);
        Assert.True(Data.Standoff.Normalizations.Of(Data.Standoff.Normalizations[0]).IsEmpty);
    }

    [Fact]
    public void Enumerators_start_again_after_Reset()
    {
        var layer = Data.Documents.First(d => d.Id.Contains("nbc")).Standoff;
        AssertRestarts(layer.Covering(5).GetEnumerator(), ["T1"]);
        AssertRestarts(layer.TextBounds.GetEnumerator(), layer.TextBounds.Select(t => t.Id).ToList());
        AssertRestarts(Data.Statements.Between(DateOnly.MinValue, DateOnly.MaxValue).GetEnumerator(), Data.Statements.Between(DateOnly.MinValue, DateOnly.MaxValue).Select(s => s.Id).ToList());

        static void AssertRestarts<T>(IEnumerator<T> enumerator, IReadOnlyList<string> expected)
        {
            for (var pass = 0; pass < 2; pass++)
            {
                var seen = new List<string>();
                while (enumerator.MoveNext())
                {
                    seen.Add(enumerator.Current switch { Annotation a => a.Id, Statement s => s.Id, _ => "?" });
                }

                Assert.Equal(expected, seen);
                Assert.False(enumerator.MoveNext());
                enumerator.Reset();
            }
        }
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
