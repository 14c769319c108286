namespace DomainKit.Tests;

/// <summary>
/// What the bundled corpus has no example of, compiled from <c>EdgeCorpus/</c>: equivalence (<c>*</c>) lines, read
/// back against the <c>.ann</c> file itself, and records without a PLOVER type.
/// </summary>
public sealed class EdgeCorpusTests
{
    private static readonly Dataset Data = EdgeCorpus.Dataset;

    [Fact]
    public void Every_equivalence_line_is_compiled_with_its_type_and_members_in_file_order()
    {
        var lines = File.ReadAllLines(Path.Combine(BundledCorpusTests.RepositoryRoot(), "tests", "DomainKit.Tests", "EdgeCorpus", "edge-one.ann"))
            .Where(line => line.StartsWith('*'))
            .Select(line => line.Split('\t')[1].Split(' '))
            .ToList();
        Assert.Equal(2, lines.Count);

        var document = Assert.Single(Data.Documents.All);
        foreach (var equivalences in new[] { Data.Standoff.Equivalences.ToList(), document.Standoff.Equivalences.ToList(), Data.Standoff.Equivalences.In(document).ToList() })
        {
            Assert.Equal(lines.Select(l => l[0]), equivalences.Select(e => e.Type));
            Assert.Equal(lines.Select(l => string.Join(' ', l.Skip(1))), equivalences.Select(e => string.Join(' ', e.Members.Select(m => m.Id))));
            Assert.All(equivalences, e => Assert.Same(document, e.Document));
        }
    }

    [Fact]
    public void An_equivalence_member_is_the_annotation_of_that_id()
    {
        var document = Data.Documents.All[0];
        foreach (var member in Data.Standoff.Equivalences.SelectMany(e => e.Members))
        {
            Assert.True(document.Standoff.TryGet(member.Id, out var annotation));
            Assert.Equal(annotation, member);
            var textBound = Assert.IsType<Standoff.TextBoundAnnotation>(member);
            Assert.Equal("Actor", textBound.Type);
        }

        Assert.Equal(["Alpha", "Alpha", "Beta", "Beta"], Data.Standoff.Equivalences.SelectMany(e => e.Members).Cast<Standoff.TextBoundAnnotation>().Select(t => t.Text));
    }

    [Fact]
    public void Records_without_a_PLOVER_type_have_none()
    {
        Assert.True(EdgeCorpus.Statements.TryGet("alpha-pledge-to-talk", out var statement));
        Assert.Null(statement.Plover);
        Assert.Equal(StatementKind.Pledge, statement.Kind);
        Assert.True(EdgeCorpus.BorderEvents.TryGet("beta-crossing", out var borderEvent));
        Assert.Null(borderEvent.Plover);
        Assert.Equal(BorderEventKind.Crossing, borderEvent.Kind);
    }
}
