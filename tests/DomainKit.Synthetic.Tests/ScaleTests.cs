namespace DomainKit.Synthetic.Tests;

public sealed class ScaleTests
{
    /// <summary>
    /// A 100,000-statement corpus must build: the 1786× synthetic corpus (240 MB of annotations) is generated,
    /// linked, emitted, compiled to an assembly and loaded, and its lookups work.
    /// </summary>
    [Fact]
    public void A_corpus_of_100000_statements_builds_and_answers_lookups()
    {
        var shape = SyntheticCorpusShape.WithAtLeast(100_000);

        var result = SyntheticCompilation.Run(shape, SyntheticCompilation.Seed);

        // Only the note that so many actors get no property each (DK0035, Info).
        Assert.Equal(["DK0035"], result.GeneratorDiagnostics.Select(d => d.Id));
        Assert.Empty(result.CompileErrors);
        var dataset = SyntheticCompilation.Load(result);
        Assert.Equal((shape.Statements, shape.Actors, shape.Mentions), (dataset.Statements.Count, dataset.Actors.Count, dataset.Mentions.Count));
        var actor = dataset.Actors[shape.Actors / 2];
        Assert.True(dataset.Actors.TryFind(actor.Name.ToUpperInvariant(), out var found));
        Assert.Same(actor, found);
        var statement = dataset.Statements[shape.Statements - 1];
        Assert.True(dataset.Statements.TryGet(statement.Id, out var same));
        Assert.Same(statement, same);
        Assert.Contains(statement, dataset.Statements.BySpeaker(statement.Speaker));
    }
}
