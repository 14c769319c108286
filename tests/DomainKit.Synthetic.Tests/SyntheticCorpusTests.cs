using System.Text;

namespace DomainKit.Synthetic.Tests;

public sealed class SyntheticCorpusTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(10)]
    public void The_generator_compiles_the_corpus_without_any_diagnostic(int scale)
    {
        // Compiled emits the consumer assembly and fails on any compile error.
        var (result, _) = SyntheticCompilation.Compiled(scale);

        Assert.Empty(result.GeneratorDiagnostics);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(10)]
    public void Record_counts_are_the_bundled_counts_times_the_scale(int scale)
    {
        var shape = SyntheticCorpusShape.AtScale(scale);

        var (_, dataset) = SyntheticCompilation.Compiled(scale);

        Assert.Equal(
            (shape.Documents, shape.Actors, shape.Statements, shape.BorderEvents, shape.Mentions),
            (dataset.Documents.Count, dataset.Actors.Count, dataset.Statements.Count, dataset.BorderEvents.Count, dataset.Mentions.Count));
    }

    [Fact]
    public void A_shape_with_more_actors_than_its_scale_lists_them_all_as_a_catalog()
    {
        var shape = SyntheticCorpusShape.AtScale(1) with { Actors = 3_000 };

        var result = SyntheticCompilation.Run(shape, SyntheticCompilation.Seed);
        var dataset = SyntheticCompilation.Load(result);

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Equal((3_000, shape.Statements, shape.Mentions), (dataset.Actors.Count, dataset.Statements.Count, dataset.Mentions.Count));
    }

    [Fact]
    public void Scale_one_has_the_bundled_corpus_counts()
    {
        Assert.Equal(SyntheticCorpusShape.Bundled, SyntheticCorpusShape.AtScale(1));
        Assert.Equal(1786, SyntheticCorpusShape.WithAtLeast(100_000).Scale);
    }

    [Fact]
    public void The_same_scale_and_seed_give_identical_files()
    {
        var shape = SyntheticCorpusShape.AtScale(3);

        Assert.Equal(SyntheticCorpus.Generate(shape, seed: 11), SyntheticCorpus.Generate(shape, seed: 11));
        Assert.NotEqual(SyntheticCorpus.Generate(shape, seed: 11), SyntheticCorpus.Generate(shape, seed: 12));
    }

    [Fact]
    public void The_corpus_uses_the_bundled_schema_and_LF_only()
    {
        var files = SyntheticCorpus.Generate(SyntheticCorpusShape.AtScale(1), seed: 1);
        var bundledSchema = File.ReadAllText(Path.Combine(RepositoryRoot(), "src", "DomainKit", "Corpus", "annotation.conf"));

        Assert.Equal(bundledSchema, Assert.Single(files, f => f.Name == "annotation.conf").Content);
        Assert.DoesNotContain(files, f => f.Content.Contains('\r', StringComparison.Ordinal));
    }

    [Fact]
    public void Names_are_realistic_and_about_a_fifth_are_in_another_script()
    {
        var (_, dataset) = SyntheticCompilation.Compiled(10);
        var names = dataset.Actors.All.Select(a => a.Name).ToList();
        var nonAscii = names.Count(name => !Ascii.IsValid(name.Replace('–', '-')));

        Assert.All(names, name => Assert.InRange(name.Length, 5, 40));
        Assert.InRange(nonAscii * 100 / names.Count, 15, 25);
        Assert.InRange(dataset.Actors.All.Count(a => a.Aliases.Length > 1) * 100 / names.Count, 10, 60);
    }

    [Fact]
    public void Write_puts_UTF8_files_without_BOM_on_disk()
    {
        var folder = Directory.CreateTempSubdirectory("domainkit-synthetic-").FullName;
        try
        {
            var shape = SyntheticCorpusShape.AtScale(1);
            var written = SyntheticCorpus.Write(folder, shape, seed: 3);

            var expected = SyntheticCorpus.Generate(shape, seed: 3);
            Assert.Equal(expected.Count, written);
            Assert.All(expected, f => Assert.Equal(new UTF8Encoding(false).GetBytes(f.Content), File.ReadAllBytes(Path.Combine(folder, f.Name))));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string RepositoryRoot([System.Runtime.CompilerServices.CallerFilePath] string path = "")
        => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", ".."));
}
