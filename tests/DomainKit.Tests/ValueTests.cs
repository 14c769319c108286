namespace DomainKit.Tests;

public class ValueTests
{
    [Theory]
    [InlineData("2021", DatePrecision.Year, "2021-01-01", "2021-12-31")]
    [InlineData("2021-07", DatePrecision.Month, "2021-07-01", "2021-07-31")]
    [InlineData("2021-07-04", DatePrecision.Day, "2021-07-04", "2021-07-04")]
    [InlineData("2021-07-04/2021-07-05", DatePrecision.Range, "2021-07-04", "2021-07-05")]
    public void Partial_dates_parse_and_print_canonically(string text, DatePrecision precision, string start, string end)
    {
        var date = PartialDate.Parse(text);

        Assert.Equal((precision, DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture)), (date.Precision, date.Start, date.End));
        Assert.Equal(text, date.ToString());
    }

    [Theory]
    [InlineData("2021-7")]
    [InlineData("2021-02-30")]
    [InlineData("2021-07-05/2021-07-04")]
    [InlineData("")]
    public void Bad_dates_are_rejected(string text)
    {
        Assert.False(PartialDate.TryParse(text, out _));
        Assert.Throws<FormatException>(() => PartialDate.Parse(text));
    }

    [Fact]
    public void A_month_overlaps_the_days_inside_it_only()
    {
        var july = PartialDate.Month(2021, 7);

        Assert.True(july.Overlaps(new DateOnly(2021, 7, 31), new DateOnly(2021, 8, 5)));
        Assert.False(july.Overlaps(new DateOnly(2021, 8, 1), new DateOnly(2021, 8, 5)));
    }

    [Fact]
    public void Records_made_in_code_have_empty_lists_where_none_are_given()
    {
        // The dataset sets every list when it decodes a record; one made in code (a test double, say) has empty lists, not default ones that throw when read.
        var speaker = new Actor { Id = "taliban", Name = "Taliban", Kind = ActorKind.ArmedGroup };
        var statement = new Statement { Id = "s", Speaker = speaker, Kind = StatementKind.Assurance, Attestations = [] };
        var borderEvent = new BorderEvent { Id = "e", Kind = BorderEventKind.Retreat, Attestations = [] };

        Assert.Equal((0, 0), (statement.Addressees.Length, statement.Via.Length));
        Assert.Equal((0, 0, 0), (borderEvent.Actors.Length, borderEvent.Locations.Length, borderEvent.Via.Length));
    }

    [Fact]
    public void Borders_are_unordered()
    {
        Assert.Equal(Border.Between("TJK", "AFG"), Border.Between("AFG", "TJK"));
        Assert.Equal("AFG-TJK", Border.Between("TJK", "AFG").ToString());
        Assert.True(Border.TryParse("TJK-AFG", out var parsed) && parsed.Touches("AFG"));
        Assert.Throws<ArgumentException>(() => Border.Between("AFG", "AFG"));
        Assert.False(Border.TryParse("afg-tjk", out _));
    }
}
