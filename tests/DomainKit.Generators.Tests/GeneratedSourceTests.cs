using System.Runtime.CompilerServices;
using DomainKit.Generators.Corpus.Linking;
using DomainKit.Generators.Generation;
using DomainKit.Testing;

namespace DomainKit.Generators.Tests;

/// <summary>
/// Every file the generator adds for <see cref="TestCorpus"/>, written without Roslyn (<see cref="CorpusSources.Of"/> over
/// the corpus linked in memory), is the reviewed snapshot of <see cref="GeneratorTests.Generated_source_matches_the_snapshot"/>
/// itself, joined the same way: one snapshot for the driver's output and for this, which takes milliseconds and so
/// checks every line of the emitters (doc comments and blank lines included) for the mutation runs of the emit area.
/// </summary>
public sealed class GeneratedSourceTests
{
    /// <summary>The declaration <see cref="GeneratorHarness.Declaration"/> gives the generator.</summary>
    private static readonly CorpusDeclaration Declaration = new("Consumer", "TestCorpus", "public", "Corpus", true, CorpusPipeline.Vocabulary);

    [Fact]
    public void Every_generated_file_matches_the_generators_snapshot()
    {
        var (corpus, diagnostics) = CorpusPipeline.Link(new TestCorpus().Files);
        Assert.Empty(diagnostics);

        // Checked, never accepted: the driver's test owns the snapshot.
        Snapshot.AssertSameAs(
            GeneratorTests.Joined(CorpusSources.Of(Declaration, Assert.IsType<LinkedCorpus>(corpus))),
            testFile: Path.Combine(Path.GetDirectoryName(ThisFile())!, nameof(GeneratorTests) + ".cs"),
            testName: nameof(GeneratorTests.Generated_source_matches_the_snapshot));
    }

    private static string ThisFile([CallerFilePath] string path = "") => path;
}
