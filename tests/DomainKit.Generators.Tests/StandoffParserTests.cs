using DomainKit.Generators.Corpus.Standoff;

namespace DomainKit.Generators.Tests;

public class StandoffParserTests
{
    [Fact]
    public void Reads_every_line_kind()
    {
        var document = StandoffParser.Parse("a.ann", string.Join("\n",
            "T1\tQuote 0 5;10 15\thello world",
            "E1\tStatement:T2 Speaker:T3 Content:T1 Content2:T4",
            "A1\tDirect T1",
            "A2\tStatementKind E1 Assurance",
            "N1\tReference T3 actor:taliban\tTaliban",
            "R1\tContradicts Arg1:E1 Arg2:E2",
            "#1\tAnnotatorNotes T1\ta note",
            "*\tEquiv T3 T5",
            ""));

        Assert.Empty(document.Diagnostics);
        var quote = Assert.Single(document.TextBounds);
        Assert.Equal([new Fragment(0, 5), new Fragment(10, 15)], quote.Fragments.AsSpan().ToArray());
        Assert.Equal("hello world", quote.Text);
        var statement = Assert.Single(document.Events);
        Assert.Equal(["Speaker", "Content", "Content"], statement.Arguments.Select(a => a.Role));
        Assert.Equal([null, "Assurance"], document.Attributes.Select(a => a.Value));
        Assert.Equal(("actor", "taliban", "Taliban"), (document.Normalizations[0].Database, document.Normalizations[0].Value, document.Normalizations[0].Label));
        Assert.Equal(("E1", "E2"), (document.Relations[0].Arg1, document.Relations[0].Arg2));
        Assert.Equal("a note", document.Notes[0].Text);
        Assert.Equal(["T3", "T5"], document.Equivalences[0].Members);
    }

    [Fact]
    public void Accepts_inception_role_numbering()
    {
        var document = StandoffParser.Parse("a.ann", "E1\tStatement:T1 Content:T2 Content1:T3 Content2:T4 Content10:T5\n");

        Assert.Equal(["Content", "Content", "Content", "Content"], document.Events[0].Arguments.Select(a => a.Role));
    }

    [Theory]
    [InlineData("T1\tActor 5\tx")]
    [InlineData("T1\tActor 1 4;5  6\tx")]
    [InlineData("M1\tNegation E1 extra")]
    [InlineData("R1\tRel Arg1:T1 Arg1:T2")]
    [InlineData("R1\tRel Arg1:T1")]
    [InlineData("1T\tActor 0 1\tx")]
    [InlineData("X1\tfoo")]
    [InlineData("E1\tStatement Speaker:T1")]
    [InlineData("N1\tReference T1 taliban\tx")]
    [InlineData("\tT1 Actor 0 1")]
    [InlineData("A1\t")]
    [InlineData("A1\tDirect")]
    public void Reports_a_malformed_line_and_keeps_the_rest(string bad)
    {
        var document = StandoffParser.Parse("a.ann", $"T1\tActor 0 3\tabc\n{bad}\nT2\tActor 4 7\tdef\n");

        var diagnostic = Assert.Single(document.Diagnostics);
        Assert.Equal("DK0001", diagnostic.Id);
        Assert.Equal(1, diagnostic.Span.Line);
        Assert.Equal(["T1", "T2"], document.TextBounds.Select(t => t.Id));
    }

    [Fact]
    public void Locations_point_at_the_line_and_column()
    {
        var document = StandoffParser.Parse("a.ann", "\uFEFFT1\tActor 0 3\tabc\r\nE1\tStatement:T1 Speaker:T9\r\n");

        Assert.Empty(document.Diagnostics);
        Assert.Equal((1, 16), (document.Events[0].Arguments[0].Span.Line, document.Events[0].Arguments[0].Span.Column));
        Assert.Equal("abc", document.TextBounds[0].Text);
    }
}
