using System.Text.RegularExpressions;

namespace DomainKit.Package.Tests;

/// <summary>
/// The README's quickstart shows the sample consumer's files, which the package tests build: each block marked
/// <c>&lt;!-- samples/Consumer/FILE --&gt;</c> must be that file, word for word. Fast, so not in the Package category.
/// </summary>
public sealed partial class ReadmeQuickstartTests
{
    [Fact]
    public void Readme_shows_the_sample_consumer_files_as_they_are()
    {
        var readme = File.ReadAllText(Path.Combine(PackageFixture.RepositoryRoot, "README.md")).ReplaceLineEndings("\n");

        var shown = SampleBlock().Matches(readme).ToDictionary(m => m.Groups["file"].Value, m => m.Groups["content"].Value);

        Assert.Equal(["samples/Consumer/MyCorpus.cs", "samples/Consumer/Program.cs", "samples/Consumer/nuget.config"], shown.Keys.Order(StringComparer.Ordinal));
        foreach (var (file, content) in shown)
        {
            Assert.Equal(File.ReadAllText(Path.Combine(PackageFixture.RepositoryRoot, file)).ReplaceLineEndings("\n"), content);
        }
    }

    [GeneratedRegex(@"<!-- (?<file>samples/Consumer/[^ ]+) -->\n```[a-z]*\n(?<content>.*?)```", RegexOptions.Singleline)]
    private static partial Regex SampleBlock();
}
