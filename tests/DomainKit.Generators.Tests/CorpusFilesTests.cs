using DomainKit.Generators.Common;
using DomainKit.Generators.Corpus;
using DomainKit.Generators.Corpus.Standoff;
using static DomainKit.Generators.Tests.LinkerRuleCorpus;

namespace DomainKit.Generators.Tests;

/// <summary>
/// <see cref="CorpusFiles"/>: a folder's files grouped by kind (the first of each catalog, the texts with their BOM
/// settled), and the id of the document a file belongs to, relative to the folder, without its extension.
/// </summary>
public sealed class CorpusFilesTests
{
    public static TheoryData<string, string, string> DocumentIds => new()
    {
        { "/p/Corpus", "/p/Corpus/pledge.txt", "pledge" },
        { "/p/Corpus", "/p/Corpus/Proces/20220111_1.ann", "Proces/20220111_1" },
        { "/p/Corpus/", "/p/Corpus/Proces/a.txt", "Proces/a" },
        { "/p/Corpus//", "/p/Corpus/Proces/a.txt", "Proces/a" },
        { @"C:\p\Corpus", @"C:\p\Corpus\Proces\a.ann", "Proces/a" },
        { @"C:\p\Corpus\", "C:/p/Corpus/Proces/a.ann", "Proces/a" },
        // A folder declared relative to a project whose path is unknown: below the outermost folder of that name.
        { "Corpus", "/home/u/p/Corpus/Proces/a.txt", "Proces/a" },
        { "src/Corpus", "/home/u/src/Corpus/a.txt", "a" },
        { "Corpus", "/p/Corpus/Corpus/a.txt", "Corpus/a" },
        { "Corpus/", @"\p\Corpus\Corpus\a.txt", "Corpus/a" },
        // A name that only starts like the folder is another folder.
        { "/p/Corpus", "/p/Corpus2/x/a.txt", "a" },
        { "Corpus", "/p/MyCorpus/x/a.txt", "a" },
        { "Corpus", "/p/Corpus2/Corpus/a.txt", "a" },
        // No folder of that name: the file name alone.
        { "Elsewhere", "/p/Corpus/Proces/a.txt", "a" },
        { "Corpus", "Corpus/Proces/a.txt", "Proces/a" },
        { "Corpus", "a.txt", "a" },
        { "Corpus", "/a", "a" },
    };

    [Theory]
    [MemberData(nameof(DocumentIds))]
    public void A_documents_id_is_its_path_below_the_folder_without_the_extension(string folder, string path, string id)
        => Assert.Equal(id, CorpusFiles.DocumentIdIn(folder, path));

    [Fact]
    public void The_folders_full_path_when_known_decides_the_id_and_else_the_declared_folder()
    {
        // A project below a folder of the corpus folder's name: only the full path finds the right one.
        var files = CorpusFiles.From("Corpus", []);

        Assert.Equal("a", (files with { FullPath = "/Corpus/p/Corpus" }).DocumentId("/Corpus/p/Corpus/a.txt"));
        Assert.Equal("p/Corpus/a", files.DocumentId("/Corpus/p/Corpus/a.txt"));
    }

    [Theory]
    [InlineData("/c/doc.txt", "/c/doc")]
    [InlineData("/c/doc.tar.gz", "/c/doc.tar")]
    [InlineData("/c/v1.2/doc.ann", "/c/v1.2/doc")]
    [InlineData("/c/v1.2/doc", "/c/v1.2/doc")]
    [InlineData("/c/doc", "/c/doc")]
    [InlineData("doc.", "doc")]
    [InlineData("doc", "doc")]
    [InlineData("", "")]
    public void A_path_loses_the_extension_of_its_file_name_only(string path, string without)
        => Assert.Equal(without, CorpusFiles.WithoutExtension(path));

    [Fact]
    public void The_files_are_grouped_by_kind_the_first_of_each_catalog_counting()
    {
        ParsedFile[] files =
        [
            Parsed("a.ann", "T1\tActor 0 1\ta\n"),
            Parsed("a.txt", "a"),
            Parsed("actors.tsv", ActorHeader),
            Parsed("annotation.conf", "[entities]\nActor\n"),
            Parsed("b.ann", "T1\tActor 0 1\tb\n"),
            Parsed("b.txt", "b"),
            Parsed("documents.tsv", DocumentHeader),
            Parsed("relations.tsv", "from\trelation\tto\n"),
            Parsed("sub/actors.tsv", ActorHeader),
            Parsed("sub/annotation.conf", "[entities]\nQuote\n"),
            Parsed("sub/documents.tsv", DocumentHeader),
            Parsed("sub/relations.tsv", "from\trelation\tto\n"),
        ];

        var grouped = CorpusFiles.From(Folder, files);

        Assert.Equal(Folder, grouped.Folder);
        Assert.Null(grouped.FullPath);
        Assert.Same(files[3].Schema, grouped.Schema);
        Assert.Same(files[2].Table, grouped.Actors);
        Assert.Same(files[6].Table, grouped.Documents);
        Assert.Same(files[7].Table, grouped.Relations);
        Assert.Equal([files[1].Text!, files[5].Text!], grouped.Texts);
        Assert.Equal([files[0].Annotations!, files[4].Annotations!], grouped.Annotations);
    }

    [Fact]
    public void A_folder_without_catalogs_or_schema_has_none()
    {
        var grouped = CorpusFiles.From(Folder, [Parsed("a.txt", "a")]);

        Assert.Null(grouped.Schema);
        Assert.Null(grouped.Actors);
        Assert.Null(grouped.Documents);
        Assert.Null(grouped.Relations);
        Assert.Empty(grouped.Annotations);
    }

    [Fact]
    public void The_texts_are_grouped_with_their_BOM_settled_against_the_folders_annotations()
    {
        var text = Parsed("doc.txt", "Hola Ana.") with { DecodedWithByteOrderMark = true };
        var annotations = Parsed("doc.ann", "T1\tActor 5 8\tAna\n");

        // The annotations file reports no BOM: the host tells files apart and the text's BOM is given back.
        Assert.Equal("\uFEFFHola Ana.", Assert.Single(CorpusFiles.From(Folder, [text, annotations]).Texts).Content);
        // Every file reports one: the annotations, written without it, drop it.
        Assert.Equal("Hola Ana.", Assert.Single(CorpusFiles.From(Folder, [text, annotations with { DecodedWithByteOrderMark = true }]).Texts).Content);
    }

    [Fact]
    public void Without_annotations_the_texts_are_settled_against_the_evidence_given_and_no_annotations_are_kept()
    {
        var text = Parsed("doc.txt", "Hola Ana.") with { DecodedWithByteOrderMark = true };
        var evidence = new EquatableArray<StandoffDocument>([Parsed("doc.ann", "T1\tActor 5 8\tAna\n").Annotations!]);

        var settled = CorpusFiles.WithoutAnnotations(Folder, [text], evidence);
        var unsettled = CorpusFiles.WithoutAnnotations(Folder, [text], EquatableArray<StandoffDocument>.Empty);

        Assert.Equal("Hola Ana.", Assert.Single(settled.Texts).Content);
        Assert.Equal("\uFEFFHola Ana.", Assert.Single(unsettled.Texts).Content);
        Assert.Empty(settled.Annotations);
        Assert.Equal(Folder, settled.Folder);
    }

    [Fact]
    public void Without_annotations_the_catalogs_are_grouped_as_with_them()
    {
        ParsedFile[] files = [Parsed("annotation.conf", "[entities]\nActor\n"), Parsed("actors.tsv", ActorHeader), Parsed("documents.tsv", DocumentHeader)];

        var grouped = CorpusFiles.WithoutAnnotations(Folder, files, EquatableArray<StandoffDocument>.Empty);

        Assert.Equal(CorpusFiles.From(Folder, files), grouped);
        Assert.Same(files[0].Schema, grouped.Schema);
    }
}
