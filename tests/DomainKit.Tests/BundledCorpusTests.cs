using System.Globalization;
using System.Runtime.CompilerServices;

namespace DomainKit.Tests;

/// <summary>The bundled dataset through its public API: known facts of the five articles.</summary>
public class BundledCorpusTests
{
    private static readonly Border AfghanTajik = Border.Between("AFG", "TJK");

    [Fact]
    public void Every_seed_text_is_in_the_dataset_byte_for_byte()
    {
        var corpus = Path.Combine(RepositoryRoot(), "src", "DomainKit", "Corpus");
        Assert.Equal(5, Afghanistan2021.Documents.All.Length);
        foreach (var document in Afghanistan2021.Documents.All)
        {
            var bytes = File.ReadAllBytes(Path.Combine(corpus, document.Id + ".txt"));
            Assert.Equal(bytes, System.Text.Encoding.UTF8.GetBytes(document.Text));
        }

        // CI checks out shared/ beside the repository: when the seeds are there, the corpus texts are exactly them.
        var seeds = Path.Combine(RepositoryRoot(), "..", "shared", "seeds");
        if (Directory.Exists(seeds))
        {
            var seedHashes = Directory.GetFiles(seeds, "*.txt").Select(f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))).Order();
            var corpusHashes = Afghanistan2021.Documents.All.Select(d => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(d.Text)))).Order();
            Assert.Equal(seedHashes, corpusHashes);
        }
    }

    [Theory]
    [InlineData("Islamic Emirate")]
    [InlineData("TALIBAN")]
    [InlineData("talibs")]
    public void Names_and_aliases_find_the_Taliban_ignoring_case(string name)
    {
        Assert.True(Afghanistan2021.Actors.TryFind(name, out var actor));
        Assert.Same(Afghanistan2021.Actors.Taliban, actor);
        Assert.Equal(ActorKind.ArmedGroup, actor.Kind);
    }

    [Fact]
    public void Unknown_names_and_ids_are_not_found()
    {
        Assert.False(Afghanistan2021.Actors.TryFind("Nobody at all", out _));
        Assert.False(Afghanistan2021.Actors.TryGet("Taliban", out _));
        Assert.True(Afghanistan2021.Actors.TryGet("taliban", out var taliban));
        Assert.Equal("Taliban", taliban.Name);
    }

    [Fact]
    public void The_retreat_of_4_5_July_2021_is_one_border_event_with_both_passages_of_the_article()
    {
        var retreat = Assert.Single(Afghanistan2021.BorderEvents.All, e => e.Date?.Start == new DateOnly(2021, 7, 4));

        Assert.Equal("afghan-security-forces-2021-07-05-retreat-into-tajikistan", retreat.Id);
        Assert.Equal(BorderEventKind.Retreat, retreat.Kind);
        Assert.Equal(AfghanTajik, retreat.Border);
        Assert.Equal(PartialDate.Parse("2021-07-04/2021-07-05"), retreat.Date);
        Assert.Equal(new Quantity(1000m, QuantityBound.MoreThan, "Person"), retreat.Quantity);
        Assert.Equal("Tajikistan", retreat.Destination);
        Assert.Equal(["khovar"], retreat.Via.Select(a => a.Id));
        Assert.Equal(["afghan-security-forces", "afghan-special-forces"], retreat.Actors.Select(a => a.Id));

        Assert.Collection(
            retreat.Attestations,
            first =>
            {
                Assert.Equal(1310, first.Start);
                Assert.Contains("retreated to the territory of Tajikistan on July 4-5", first.Text, StringComparison.Ordinal);
            },
            second =>
            {
                Assert.Same(retreat.Attestations[0].Document, second.Document);
                Assert.Contains("crossed the border at various points along the entire length of the border", second.Text, StringComparison.Ordinal);
                Assert.DoesNotContain("retreated", second.Text, StringComparison.Ordinal);
            });
        Assert.Equal("tajikistan", Assert.Single(Afghanistan2021.Actors.All, a => a.Name == "Tajikistan").Id);
    }

    [Fact]
    public void The_Taliban_statement_of_7_June_2021_is_one_record_attested_by_two_documents()
    {
        Assert.True(Afghanistan2021.Statements.TryGet("taliban-2021-06-07-assurance-to-collaborators", out var statement));

        Assert.Same(Afghanistan2021.Actors.Taliban, statement.Speaker);
        Assert.Equal(PartialDate.Day(2021, 6, 7), statement.Date);
        Assert.Equal(StatementKind.Assurance, statement.Kind);
        Assert.Equal(2, statement.Attestations.Select(a => a.Document.Id).Distinct().Count());
        Assert.Contains(statement, Afghanistan2021.Statements.BySpeaker(Afghanistan2021.Actors.Taliban));
        Assert.Contains(statement, Afghanistan2021.Statements.Between(new DateOnly(2021, 6, 1), new DateOnly(2021, 6, 30)));
    }

    [Fact]
    public void Every_span_is_the_document_text_at_its_code_point_offsets()
    {
        foreach (var mention in Afghanistan2021.Mentions.All.Where(m => m.Fragments.IsEmpty))
        {
            Assert.Equal(mention.Text, Slice(mention.Document.Text, mention.Start, mention.End));
        }

        foreach (var attestation in Afghanistan2021.Statements.All.SelectMany(s => s.Attestations).Concat(Afghanistan2021.BorderEvents.All.SelectMany(e => e.Attestations)))
        {
            Assert.Equal(attestation.Text, Slice(attestation.Document.Text, attestation.Start, attestation.End));
            Assert.All(attestation.Quotes.Where(q => q.Fragments.IsEmpty), q => Assert.Equal(q.Text, Slice(attestation.Document.Text, q.Start, q.End)));
        }
    }

    [Fact]
    public void Mentions_are_indexed_by_actor_and_document()
    {
        var taliban = Afghanistan2021.Mentions.Of(Afghanistan2021.Actors.Taliban);

        Assert.Equal(5, taliban.Select(m => m.Document.Id).Distinct().Count());
        Assert.All(Afghanistan2021.Documents.All, d => Assert.All(Afghanistan2021.Mentions.In(d), m => Assert.Same(d, m.Document)));
        Assert.Equal(Afghanistan2021.Mentions.All.Length, Afghanistan2021.Documents.All.Sum(d => Afghanistan2021.Mentions.In(d).Count));
    }

    [Fact]
    public void Every_document_has_an_id_title_and_publication_date()
    {
        Assert.All(Afghanistan2021.Documents.All, d =>
        {
            Assert.False(string.IsNullOrWhiteSpace(d.Title));
            Assert.NotNull(d.Published);
        });
        Assert.True(Afghanistan2021.Documents.TryGet("2021-07-pravda-tajikistan-asks-csto-help", out var pravda));
        Assert.Equal("pravda-ru", pravda.Outlet?.Id);
    }

    internal static string Slice(string text, int start, int end)
    {
        var runes = text.EnumerateRunes().ToArray();
        return string.Concat(runes[start..end].Select(r => r.ToString()));
    }

    internal static string RepositoryRoot([CallerFilePath] string path = "")
        => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", ".."));
}
