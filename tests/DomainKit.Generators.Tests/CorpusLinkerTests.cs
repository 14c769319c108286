using DomainKit.Generators.Common;
using DomainKit.Generators.Diagnostics;
using DomainKit.Generators.Corpus.Linking;

namespace DomainKit.Generators.Tests;

/// <summary>The linker on its own, without Roslyn: the layer the CLI reuses.</summary>
public class CorpusLinkerTests
{
    [Fact]
    public void Attestations_with_one_canonical_id_merge_into_one_statement()
    {
        var result = Link(new TestCorpus());

        Assert.Empty(result.Diagnostics);
        var statement = Assert.Single(result.Corpus.Statements);
        Assert.Equal("taliban-border-pledge", statement.Id);
        Assert.Equal([0, 1], statement.Attestations.Select(a => a.Document));
        Assert.Equal([3], statement.Via);
        Assert.Equal("Assurance", statement.Kind);
    }

    [Fact]
    public void Actors_are_stored_in_id_order_with_their_organisation_as_an_index()
    {
        var corpus = Link(new TestCorpus()).Corpus;

        Assert.Equal(["sahin", "tajikistan", "taliban", "tass"], corpus.Actors.Select(a => a.Id));
        Assert.Equal(2, corpus.Actors[0].MemberOf);
    }

    [Fact]
    public void Names_win_over_aliases_and_keys_ignore_case()
    {
        var corpus = new TestCorpus().AppendLine("actors.tsv", "sahin-namesake\tSahin\tPerson\t\t\t\t");

        var result = Link(corpus);

        var sahin = result.Corpus.NameKeys.Single(k => k.Key.Equals("sahin", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("sahin-namesake", result.Corpus.Actors[sahin.Actor].Id);
        Assert.Equal("DK0024", Assert.Single(result.Diagnostics).Id);
    }

    [Fact]
    public void Passages_are_code_point_slices_even_after_astral_characters()
    {
        var corpus = new TestCorpus();
        corpus.AppendLine("echo.ann", $"T9\tBorderEvent {TestCorpus.Span(TestCorpus.EchoText, "repeated")}\trepeated")
            .AppendLine("echo.ann", "E9\tBorderEvent:T9 Agent:T4")
            .AppendLine("echo.ann", "A9\tBorderEventKind E9 NonAggressionPledge");

        var result = Link(corpus);

        Assert.Empty(result.Diagnostics);
        var pledge = Assert.Single(result.Corpus.BorderEvents, e => e.Id == "echo#E9");
        Assert.Equal("Islamic Emirate repeated", pledge.Attestations[0].Passage.Text);
        Assert.Equal(60, pledge.Attestations[0].Passage.Start);
    }

    private static (LinkedCorpus Corpus, EquatableArray<CorpusDiagnostic> Diagnostics) Link(TestCorpus corpus)
    {
        var result = CorpusPipeline.Link(corpus.Files);
        Assert.NotNull(result.Corpus);
        return (result.Corpus, result.Diagnostics);
    }
}
