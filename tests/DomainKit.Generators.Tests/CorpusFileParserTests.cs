using DomainKit.Generators.Common;
using DomainKit.Generators.Corpus;
using DomainKit.Generators.Diagnostics;

namespace DomainKit.Generators.Tests;

/// <summary>
/// <see cref="CorpusFileParser"/> rule by rule, without Roslyn: a file's kind from its name alone, each kind parsed into
/// its own payload, a file over a limit left unparsed, and the CRLF warning of a text.
/// </summary>
public sealed class CorpusFileParserTests
{
    // The kind by name: the enum is internal, and a public test method cannot take it.
    public static TheoryData<string, string?> Names => new()
    {
        { "/c/annotation.conf", "Schema" },
        { "/c/Annotation.CONF", "Schema" },
        { "/c/actors.tsv", "Actors" },
        { "/c/ACTORS.tsv", "Actors" },
        { "/c/documents.tsv", "Documents" },
        { "/c/Documents.TSV", "Documents" },
        { "/c/relations.tsv", "Relations" },
        { "/c/RELATIONS.Tsv", "Relations" },
        { "/c/doc.ann", "Annotations" },
        { "/c/doc.ANN", "Annotations" },
        { "/c/sub/v1.2/doc.Ann", "Annotations" },
        { "/c/doc.txt", "Text" },
        { "/c/doc.TXT", "Text" },
        // The name decides, not the folder: a catalog's name in a subfolder is still that catalog.
        { "/c/sub/actors.tsv", "Actors" },
        { "/c/annotation.conf/doc.txt", "Text" },
        { "doc.txt", "Text" },
        // Not corpus files: other names and extensions, an extension only as part of a longer one, a catalog's name
        // with something around it, no name at all.
        { "/c/README.md", null },
        { "/c/other.tsv", null },
        { "/c/my-actors.tsv", null },
        { "/c/actors.tsv.bak", null },
        { "/c/annotation.conf.orig", null },
        { "/c/doc.txt.orig", null },
        { "/c/doc.xann", null },
        { "/c/doctxt", null },
        { "/c/doc", null },
        { "/c/", null },
    };

    [Theory]
    [MemberData(nameof(Names))]
    public void A_file_is_classified_by_its_name_whatever_the_case(string path, string? kind)
        => Assert.Equal(kind, CorpusFileParser.Classify(path)?.ToString());

    [Fact]
    public void A_text_is_its_content_exactly_and_has_no_other_payload()
    {
        var parsed = CorpusFileParser.Parse("/c/doc.txt", CorpusFileKind.Text, "\uFEFFHola\nAna.");

        Assert.Equal(new TextFile("/c/doc.txt", "\uFEFFHola\nAna.", EquatableArray<CorpusDiagnostic>.Empty), parsed.Text);
        Assert.Equal(("/c/doc.txt", CorpusFileKind.Text, 10), (parsed.Path, parsed.Kind, parsed.Length));
        NoOtherPayload(parsed);
    }

    [Fact]
    public void Annotations_are_parsed_as_standoff_and_have_no_other_payload()
    {
        const string Content = "T1\tActor 0 4\tHola\nT2\tActor 5 8\tAna\n";
        var parsed = CorpusFileParser.Parse("/c/doc.ann", CorpusFileKind.Annotations, Content);

        var annotations = parsed.Annotations!;
        Assert.Equal("/c/doc.ann", annotations.Path);
        Assert.Equal(["T1", "T2"], annotations.TextBounds.Select(t => t.Id));
        Assert.Equal(Content.Length, parsed.Length);
        NoOtherPayload(parsed);
    }

    [Fact]
    public void The_schema_is_parsed_as_annotation_conf_and_has_no_other_payload()
    {
        const string Content = "[entities]\nActor\nQuote\n";
        var parsed = CorpusFileParser.Parse("/c/annotation.conf", CorpusFileKind.Schema, Content);

        var schema = parsed.Schema!;
        Assert.Equal(["Actor", "Quote"], schema.Entities);
        Assert.Equal("/c/annotation.conf", schema.Path);
        Assert.Equal(Content.Length, parsed.Length);
        NoOtherPayload(parsed);
    }

    [Theory]
    [InlineData("Actors", "id, name, kind, country, memberOf, role, aliases")]
    [InlineData("Documents", "id, title, outlet, published")]
    [InlineData("Relations", "from, relation, to")]
    public void A_catalog_is_a_table_that_expects_its_own_columns_and_has_no_other_payload(string kind, string columns)
    {
        // A header without the catalog's columns: the table's diagnostics name the columns it was read against.
        var parsed = CorpusFileParser.Parse("/c/some.tsv", Enum.Parse<CorpusFileKind>(kind), "other\nx\n");

        var table = parsed.Table!;
        Assert.Equal("/c/some.tsv", table.Path);
        Assert.Equal(["other"], table.Header);
        Assert.Equal(["x"], table.Rows.Select(r => r[0]));
        Assert.Equal(
            columns.Split(", ").Select(c => $"the header has no '{c}' column; expected columns: {columns}"),
            table.Diagnostics.Select(d => d.Arguments[1]));
        Assert.Equal(8, parsed.Length);
        NoOtherPayload(parsed);
    }

    [Fact]
    public void A_file_over_a_limit_is_not_parsed_says_why_and_keeps_its_length()
    {
        var content = new string('a', CorpusLimits.MaxFileLength + 1);
        foreach (var kind in Enum.GetValues<CorpusFileKind>())
        {
            var parsed = CorpusFileParser.Parse("/c/big", kind, content);

            Assert.Equal(new ParsedFile("/c/big", kind, null, null, null, null)
            {
                Length = CorpusLimits.MaxFileLength + 1,
                OverLimit = new CorpusDiagnostic("DK0034", SourceSpan.File("/c/big"), new EquatableArray<string>(["'big'", "33554433 characters", "33554432 characters per file"])),
            }, parsed);
        }
    }

    [Fact]
    public void An_annotation_file_over_the_line_limit_is_not_parsed()
    {
        var parsed = CorpusFileParser.Parse("/c/doc.ann", CorpusFileKind.Annotations, new string('\n', CorpusLimits.MaxLinesPerFile + 1));

        Assert.Null(parsed.Annotations);
        Assert.Equal(["'doc.ann'", "1000001 lines", "1000000 lines per file"], parsed.OverLimit!.Arguments);
    }

    [Theory]
    [InlineData("a\r\nb")]
    [InlineData("\ra")]
    [InlineData("a\r")]
    public void A_text_with_a_carriage_return_is_warned_about_at_its_file_and_kept_as_it_is(string content)
    {
        var text = CorpusFileParser.Parse("/c/sub/doc.txt", CorpusFileKind.Text, content).Text!;

        Assert.Equal(content, text.Content);
        var diagnostic = Assert.Single(text.Diagnostics);
        Assert.Equal(new CorpusDiagnostic("DK0025", SourceSpan.File("/c/sub/doc.txt"), new EquatableArray<string>(["doc.txt"])), diagnostic);
        Assert.Equal(
            "'doc.txt' contains carriage returns, so brat offsets will not match a checkout with LF endings; mark corpus .txt files '-text' in .gitattributes",
            diagnostic.Message);
    }

    [Fact]
    public void A_text_without_a_carriage_return_and_an_annotation_file_with_one_get_no_CRLF_warning()
    {
        Assert.Empty(CorpusFileParser.Parse("/c/doc.txt", CorpusFileKind.Text, "a\nb\n").Text!.Diagnostics);
        Assert.DoesNotContain(
            CorpusFileParser.Parse("/c/doc.ann", CorpusFileKind.Annotations, "T1\tActor 0 1\ta\r\n").Annotations!.Diagnostics,
            d => d.Id == "DK0025");
    }

    /// <summary>Within the limits, exactly the payload of the file's kind is set.</summary>
    private static void NoOtherPayload(ParsedFile parsed)
    {
        Assert.Null(parsed.OverLimit);
        Assert.Equal(
            [parsed.Kind == CorpusFileKind.Text, parsed.Kind == CorpusFileKind.Annotations, parsed.Kind == CorpusFileKind.Schema, parsed.Kind is CorpusFileKind.Actors or CorpusFileKind.Documents or CorpusFileKind.Relations],
            new[] { parsed.Text is not null, parsed.Annotations is not null, parsed.Schema is not null, parsed.Table is not null });
    }
}
