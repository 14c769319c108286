using DomainKit.Generators.Corpus.Catalogs;
using DomainKit.Generators.Corpus.Schema;
using DomainKit.Generators.Corpus.Values;

namespace DomainKit.Generators.Tests;

public class CatalogParserTests
{
    [Fact]
    public void Schema_reads_entities_events_roles_relations_and_attributes()
    {
        var schema = SchemaParser.Parse("annotation.conf", TestCorpus.Schema.Replace("Border\n", "Border\n\t!Nested\n<SPAN>=Actor|Quote\n"));

        Assert.Empty(schema.Diagnostics);
        Assert.Contains("Nested", schema.Entities);
        var statement = schema.FindEvent("Statement")!;
        Assert.Equal((1, 1), (statement.Roles.Single(r => r.Name == "Speaker").Minimum, statement.Roles.Single(r => r.Name == "Speaker").Maximum));
        Assert.Equal((1, int.MaxValue), (statement.Roles.Single(r => r.Name == "Content").Minimum, statement.Roles.Single(r => r.Name == "Content").Maximum));
        Assert.Equal(["Location", "Actor"], schema.FindEvent("BorderEvent")!.Roles.Single(r => r.Name == "Location").Types);
        Assert.Equal(["Statement", "BorderEvent"], schema.FindRelation("Contradicts")!.TypesAt(0));
        Assert.Empty(schema.FindAttributes("Direct").Single().Values);
        Assert.Equal(["Assurance", "Denial"], schema.FindAttributes("StatementKind").Single().Values);
    }

    [Fact]
    public void Schema_ignores_lines_before_the_first_section_as_brat_does()
    {
        var schema = SchemaParser.Parse("annotation.conf", "Stray\n[entities]\nActor\n");

        Assert.Empty(schema.Diagnostics);
        Assert.Equal(["Actor"], schema.Entities);
    }

    [Fact]
    public void Tsv_finds_columns_by_header_and_reports_missing_ones()
    {
        var table = TsvTable.Parse("documents.tsv", "title\tid\textra\nT\tdoc\tx\n", "id", "title", "outlet");

        Assert.Equal("doc", table.Rows[0][table.Column("id")]);
        Assert.Equal("DK0016", Assert.Single(table.Diagnostics).Id);
    }

    [Fact]
    public void Tsv_rows_keep_each_fields_column_and_a_missing_field_reads_empty_at_the_row()
    {
        var table = TsvTable.Parse("catalogs/actors.tsv", "\nid\tname\tkind\n\n  \ntaliban\tTaliban\nx\ty\tz\textra\nfull\trow\tof three\n", "id", "name");

        Assert.Equal(["id", "name", "kind"], table.Header);
        Assert.Equal((0, 1, 2, -1), (table.Column("id"), table.Column("name"), table.Column("kind"), table.Column("Kind")));
        var row = table.Rows[0];
        Assert.Equal(("taliban", "Taliban", string.Empty), (row[0], row[1], row[2]));
        Assert.Equal((4, 8, 26, 7), (row.SpanOf(1).Line, row.SpanOf(1).Column, row.SpanOf(1).Start, row.SpanOf(1).Length));
        Assert.Equal(row.Line, row.SpanOf(2));
        Assert.Equal((4, 0, 15), (row.Line.Line, row.Line.Column, row.Line.Length));
        Assert.Equal(3, table.Rows.Count);
        Assert.Equal("of three", table.Rows[2][2]);
        var diagnostic = Assert.Single(table.Diagnostics);
        Assert.Equal(("DK0016", 5), (diagnostic.Id, diagnostic.Span.Line));
        Assert.Contains("actors.tsv", diagnostic.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("catalogs/", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("4 fields but the header has 3", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tsv_reports_each_missing_column_and_lists_the_expected_ones()
    {
        var table = TsvTable.Parse("documents.tsv", "title\n", "id", "title", "published");

        Assert.Equal(2, table.Diagnostics.Count);
        Assert.Contains("'id'", table.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Contains("'published'", table.Diagnostics[1].Message, StringComparison.Ordinal);
        Assert.All(table.Diagnostics, d => Assert.Contains("id, title, published", d.Message, StringComparison.Ordinal));
        Assert.Empty(table.Rows);
    }

    [Theory]
    [InlineData("2021", "2021-01-01", "2021-12-31", "Year")]
    [InlineData("2021-02", "2021-02-01", "2021-02-28", "Month")]
    [InlineData("2024-02-29", "2024-02-29", "2024-02-29", "Day")]
    [InlineData("2021-07-04/2021-07-05", "2021-07-04", "2021-07-05", "Range")]
    [InlineData("2021-06/2021-07", "2021-06-01", "2021-07-31", "Range")]
    [InlineData("2020-02", "2020-02-01", "2020-02-29", "Month")]
    [InlineData("2021-12-31", "2021-12-31", "2021-12-31", "Day")]
    [InlineData("2021-01-01", "2021-01-01", "2021-01-01", "Day")]
    [InlineData("0987", "0987-01-01", "0987-12-31", "Year")]
    [InlineData("0001", "0001-01-01", "0001-12-31", "Year")]
    [InlineData("2021-07-04/2021-07-04", "2021-07-04", "2021-07-04", "Range")]
    [InlineData("2020/2021-03", "2020-01-01", "2021-03-31", "Range")]
    [InlineData("2021-06-30/2021-07-01", "2021-06-30", "2021-07-01", "Range")]
    [InlineData("2020-12-31/2021-01-01", "2020-12-31", "2021-01-01", "Range")]
    public void Dates_parse_at_their_precision(string text, string start, string end, string precision)
    {
        Assert.True(DateValue.TryParse(text, out var date));
        Assert.Equal((start, end, precision), (date.Start.ToString(), date.End.ToString(), date.Precision.ToString()));
    }

    [Theory]
    [InlineData("2021", "2021")]
    [InlineData("0987", "0987")]
    [InlineData("2021-07", "2021-07")]
    [InlineData("2021-07-04", "2021-07-04")]
    [InlineData("2021-07-04/2021-07-05", "2021-07-04/2021-07-05")]
    [InlineData("2021-06/2021-07", "2021-06-01/2021-07-31")]
    public void A_dates_canonical_text_reads_back_to_the_same_date(string text, string canonical)
    {
        Assert.True(DateValue.TryParse(text, out var date));
        Assert.Equal(canonical, date.ToIsoString());
        Assert.True(DateValue.TryParse(canonical, out var again));
        Assert.Equal(date, again);
    }

    [Theory]
    [InlineData("2021-13")]
    [InlineData("2021-02-30")]
    [InlineData("21-07-04")]
    [InlineData("2021-07-05/2021-07-04")]
    [InlineData("July 2021")]
    [InlineData("")]
    [InlineData("2021-00")]
    [InlineData("2021-07-00")]
    [InlineData("2021-07-32")]
    [InlineData("2021-04-31")]
    [InlineData("2021-02-29")]
    [InlineData("0000")]
    [InlineData("0000-07-04")]
    [InlineData("2021-7")]
    [InlineData("2021-07-4")]
    [InlineData("2021-007")]
    [InlineData("2021-07-04-01")]
    [InlineData("+021")]
    [InlineData("2021-0a")]
    [InlineData("2021-07-04/")]
    [InlineData("/2021-07-04")]
    [InlineData("2021-07-04/2021-06-05")]
    [InlineData("2022-01-01/2021-12-31")]
    [InlineData("2021-13/2021-14")]
    public void Bad_dates_do_not_parse(string text) => Assert.False(DateValue.TryParse(text, out _));

    [Fact]
    public void Borders_are_unordered_pairs_of_alpha3_codes()
    {
        Assert.True(BorderValue.TryParse("TJK-AFG", out var border));
        Assert.Equal("AFG-TJK", border.ToString());
        Assert.False(BorderValue.TryParse("AFG-AFG", out _));
        Assert.False(BorderValue.TryParse("AF-TJK", out _));
        Assert.False(BorderValue.TryParse("afg-tjk", out _));
    }

    [Theory]
    [InlineData("AFG-TJK")]
    [InlineData("TJK-AFG")]
    public void A_border_keeps_its_codes_in_ordinal_order_whichever_way_it_is_written(string text)
    {
        Assert.True(BorderValue.TryParse(text, out var border));
        Assert.Equal(("AFG", "TJK"), (border.First, border.Second));
    }

    [Theory]
    [InlineData("AAA-ZZZ")]
    [InlineData("ZAZ-AZA")]
    public void Border_codes_take_every_capital_letter(string text) => Assert.True(BorderValue.TryParse(text, out _));

    [Theory]
    [InlineData("AFG")]
    [InlineData("AFG-TJK-UZB")]
    [InlineData("AFGX-TJK")]
    [InlineData("AFG-TJKX")]
    [InlineData("AFG-TJ")]
    [InlineData("@FG-TJK")]
    [InlineData("[FG-TJK")]
    [InlineData("A@G-TJK")]
    [InlineData("A[G-TJK")]
    [InlineData("AF@-TJK")]
    [InlineData("AF[-TJK")]
    [InlineData("AFG-@JK")]
    [InlineData("AFG-T[K")]
    [InlineData("AFG-TJ@")]
    [InlineData("AFG-tJK")]
    [InlineData("AFG-")]
    public void Borders_that_are_not_two_alpha3_codes_do_not_parse(string text) => Assert.False(BorderValue.TryParse(text, out _));

    [Theory]
    [InlineData("1000", "1000")]
    [InlineData("2.50", "2.50")]
    [InlineData("007", "7")]
    [InlineData("0", "0")]
    [InlineData("1234567890123456789012345678", "1234567890123456789012345678")]
    public void Quantities_are_canonical_decimals(string text, string canonical)
    {
        Assert.True(QuantityValue.TryParseNumber(text, out var number));
        Assert.Equal(canonical, number);
    }

    [Theory]
    [InlineData("-5")]
    [InlineData("1,000")]
    [InlineData("1e6")]
    [InlineData("99999999999999999999999999999999")]
    [InlineData("12345678901234567890123456789")]
    [InlineData("")]
    [InlineData(".5")]
    [InlineData("5.")]
    [InlineData(" 5")]
    public void Bad_quantities_do_not_parse(string text) => Assert.False(QuantityValue.TryParseNumber(text, out _));
}
