using DomainKit.Generators.Generation;

namespace DomainKit.Generators.Tests;

/// <summary>Which project files belong to a declared corpus folder, with and without the project's directory known.</summary>
public sealed class CorpusFolderMatchTests
{
    [Theory]
    [InlineData("/p/Corpus/a.ann", true)]
    [InlineData("/p/Corpus/sub/a.ann", true)]
    [InlineData("/p/Corpus2/a.ann", false)]
    [InlineData("/p/Corp/a.ann", false)]
    [InlineData("/p/a.ann", false)]
    [InlineData("/q/Corpus/a.ann", false)]
    [InlineData("/x/p/Corpus/a.ann", false)]
    public void With_the_project_directory_known_the_folder_is_resolved_from_it(string path, bool inside)
        => Assert.Equal(inside, new CorpusFolderMatch("Corpus", "/p").Contains(path));

    [Theory]
    [InlineData("/any/Corpus/a.ann", true)]
    [InlineData("Corpus/a.ann", true)]
    [InlineData("/any/Corpus/sub/a.ann", true)]
    [InlineData("/any/Corpus/sub/deeper/a.ann", true)]
    [InlineData("/any/MyCorpus/a.ann", false)]
    [InlineData("/any/Corpus2/a.ann", false)]
    [InlineData("/any/a.ann", false)]
    [InlineData("a.ann", false)]
    public void Without_it_a_folder_ending_with_the_declared_one_matches(string path, bool inside)
        => Assert.Equal(inside, new CorpusFolderMatch("Corpus", root: null).Contains(path));

    [Theory]
    [InlineData("/any/Data/Corpus/a.ann", true)]
    [InlineData("/any/OtherData/Corpus/a.ann", false)]
    [InlineData("/any/Data/Corpus/sub/a.ann", true)]
    public void A_declared_folder_of_several_segments_matches_them_all(string path, bool inside)
        => Assert.Equal(inside, new CorpusFolderMatch("Data/Corpus", root: null).Contains(path));

    [Theory]
    [InlineData("Corpus", "/p", "/p/Corpus")]
    [InlineData("/abs/Corpus", "/p", "/abs/Corpus")]
    [InlineData("C:/abs/Corpus", "/p", "C:/abs/Corpus")]
    [InlineData("Corpus", null, null)]
    public void The_full_path_is_the_root_and_the_folder_unless_the_folder_is_rooted(string folder, string? root, string? expected)
        => Assert.Equal(expected, CorpusFolderMatch.FullPath(folder, root));
}
