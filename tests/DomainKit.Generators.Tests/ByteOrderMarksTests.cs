using DomainKit.Generators.Common;
using DomainKit.Generators.Corpus;
using DomainKit.Generators.Corpus.Standoff;
using static DomainKit.Generators.Tests.LinkerRuleCorpus;

namespace DomainKit.Generators.Tests;

/// <summary>
/// <see cref="ByteOrderMarks"/>: a BOM the host reported is given back when the host tells files apart; when every file
/// reports one, each document's text-bound annotations decide whether its text starts with one (a tie keeps it).
/// </summary>
public sealed class ByteOrderMarksTests
{
    // "Hola Ana.": "Ana" is code points 5-8 without a BOM, 6-9 with one.
    private const string Text = "Hola Ana.";
    private const string WithoutMark = "T1\tActor 5 8\tAna\n";
    private const string WithMark = "T2\tActor 6 9\tAna\n";

    [Fact]
    public void When_some_file_was_decoded_without_a_BOM_each_reported_BOM_is_given_back_whatever_the_annotations_say()
    {
        var text = Marked(Parsed("doc.txt", Text));
        var annotations = Parsed("doc.ann", WithoutMark);

        var settled = new ByteOrderMarks([text, annotations], Documents(annotations)).Settle(text);

        Assert.Equal(text.Text! with { Content = "\uFEFF" + Text }, settled);
    }

    [Fact]
    public void A_text_not_decoded_with_a_BOM_is_returned_as_it_is()
    {
        var text = Parsed("doc.txt", Text);
        var annotations = Marked(Parsed("doc.ann", WithMark));

        // Whether the host's reports are believed (a file without a BOM) or the annotations decide (every file marked).
        Assert.Same(text.Text, new ByteOrderMarks([text, annotations], Documents(annotations)).Settle(text));
        Assert.Same(text.Text, new ByteOrderMarks([annotations], Documents(annotations)).Settle(text));
    }

    [Fact]
    public void When_every_file_reports_a_BOM_annotations_that_match_the_text_without_it_drop_it()
        => Assert.Equal(Text, SettledWhenEveryFileIsMarked(Text, ("doc.ann", WithoutMark)));

    [Fact]
    public void When_every_file_reports_a_BOM_annotations_that_match_the_text_with_it_keep_it()
        => Assert.Equal("\uFEFF" + Text, SettledWhenEveryFileIsMarked(Text, ("doc.ann", WithMark)));

    [Fact]
    public void More_matching_annotations_win_and_a_tie_keeps_the_BOM()
    {
        const string Hola = "T3\tActor 0 4\tHola\n"; // matches the text without a BOM
        const string Ola = "T4\tActor 2 5\tola\n";   // matches the text with one

        Assert.Equal(Text, SettledWhenEveryFileIsMarked(Text, ("doc.ann", WithMark + WithoutMark + Hola)));
        Assert.Equal("\uFEFF" + Text, SettledWhenEveryFileIsMarked(Text, ("doc.ann", WithMark + Ola + WithoutMark)));
        Assert.Equal("\uFEFF" + Text, SettledWhenEveryFileIsMarked(Text, ("doc.ann", WithMark + WithoutMark)));
        // Nothing matches either way: no evidence, the report stands.
        Assert.Equal("\uFEFF" + Text, SettledWhenEveryFileIsMarked(Text, ("doc.ann", "T1\tActor 0 3\tAna\n")));
    }

    [Fact]
    public void A_span_text_is_matched_by_its_start_as_brat_checks_it()
        // "Ana." starts with what 6-9 covers with a BOM ("Ana"), and ends with what it covers without ("na.").
        => Assert.Equal("\uFEFF" + Text, SettledWhenEveryFileIsMarked(Text, ("doc.ann", "T1\tActor 6 9\tAna.\n")));

    [Fact]
    public void An_annotation_past_the_end_of_one_reading_counts_only_for_the_other()
    {
        // 9-10 is the final '.' with a BOM and past the end without one.
        Assert.Equal("\uFEFF" + Text, SettledWhenEveryFileIsMarked(Text, ("doc.ann", "T1\tActor 9 10\t.\n")));
        // 0-9 is valid in both readings, but covers the whole text only without a BOM.
        Assert.Equal(Text, SettledWhenEveryFileIsMarked(Text, ("doc.ann", "T1\tActor 0 9\tHola Ana.\n")));
    }

    [Fact]
    public void A_text_without_annotations_keeps_its_BOM_even_when_other_documents_drop_theirs()
    {
        var text = Marked(Parsed("doc.txt", Text));
        var other = Marked(Parsed("other.txt", Text));
        // Annotations of documents with other ids: another name, another case, the same name in a subfolder.
        var annotations = new[] { Marked(Parsed("other.ann", WithoutMark)), Marked(Parsed("Doc.ann", WithoutMark)), Marked(Parsed("sub/doc.ann", WithoutMark)) };
        var marks = new ByteOrderMarks([text, other, .. annotations], Documents(annotations));

        Assert.Equal("\uFEFF" + Text, marks.Settle(text).Content);
        Assert.Equal(Text, marks.Settle(other).Content);
    }

    [Fact]
    public void Of_two_annotation_files_whose_names_differ_only_in_the_extensions_case_the_first_decides()
    {
        // In path order "doc.ANN" comes before "doc.ann"; the constructor takes the documents in that order.
        var upper = Marked(Parsed("doc.ANN", WithMark));
        var lower = Marked(Parsed("doc.ann", WithoutMark));
        var text = Marked(Parsed("doc.txt", Text));

        Assert.Equal("\uFEFF" + Text, new ByteOrderMarks([text, upper, lower], Documents(upper, lower)).Settle(text).Content);
        Assert.Equal(Text, new ByteOrderMarks([text, lower, upper], Documents(lower, upper)).Settle(text).Content);
    }

    /// <summary>The content of <c>doc.txt</c> settled in a corpus where every file, the text and its annotations, reported a BOM.</summary>
    private static string SettledWhenEveryFileIsMarked(string content, (string Name, string Content) annotations)
    {
        var text = Marked(Parsed("doc.txt", content));
        var ann = Marked(Parsed(annotations.Name, annotations.Content));
        var settled = new ByteOrderMarks([text, ann], Documents(ann)).Settle(text);
        Assert.Equal(text.Text! with { Content = settled.Content }, settled);
        return settled.Content;
    }

    private static ParsedFile Marked(ParsedFile file) => file with { DecodedWithByteOrderMark = true };

    private static EquatableArray<StandoffDocument> Documents(params ParsedFile[] files) => files.Select(f => f.Annotations!).ToEquatableArray();
}
