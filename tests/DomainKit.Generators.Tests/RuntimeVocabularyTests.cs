using DomainKit.Cli.Data;
using DomainKit.Generators.Generation;

namespace DomainKit.Generators.Tests;

/// <summary>
/// The runtime's vocabulary (its enums' member names, a name's position its value) has two readers: the generator's,
/// from the compilation's symbols, and the loaded runtime's (the CLI's and the tests'); they must give the same.
/// </summary>
public sealed class RuntimeVocabularyTests
{
    [Fact]
    public void The_generators_reading_of_a_compilation_is_the_loaded_runtimes_vocabulary()
    {
        var read = VocabularyReader.Read(GeneratorHarness.Compilation());

        Assert.NotEmpty(read.StatementKinds);
        Assert.Equal(CorpusFolder.Vocabulary, read);
    }
}
