using System.Globalization;
using DuckDB.NET.Data;

namespace DomainKit.Cli.Tests;

/// <summary>
/// DuckDB, embedded, loads the CSV and Parquet exports and answers analysts' questions with exactly the C# API's
/// answers; the Hive-partitioned exports read back with <c>hive_partitioning</c>.
/// </summary>
public sealed class DuckDbInteropTests(ExportedFiles files) : IClassFixture<ExportedFiles>, IDisposable
{
    private static readonly Dataset Data = Afghanistan2021.Dataset;
    private readonly DuckDBConnection _connection = Open();

    public void Dispose() => _connection.Dispose();

    [Fact]
    public void Statements_per_speaker_per_month()
    {
        var expected = Data.Statements.All
            .Where(s => s.Date is not null)
            .GroupBy(s => (s.Speaker.Id, Month: s.Date!.Value.Start.ToString("yyyy-MM", CultureInfo.InvariantCulture)))
            .Select(g => $"{g.Key.Id} {g.Key.Month} {g.Count()}")
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(expected.Count > 5);
        Assert.Equal(expected, Query($"""
            SELECT speaker || ' ' || strftime(date_start, '%Y-%m') || ' ' || count(*)
            FROM '{files.Parquet}/statements.parquet' WHERE date_start IS NOT NULL GROUP BY speaker, strftime(date_start, '%Y-%m')
            """));
        Assert.Equal(expected, Query($"""
            SELECT actor1 || ' ' || strftime(event_date, '%Y-%m') || ' ' || count(DISTINCT event_id)
            FROM read_csv('{files.Csv}/statements.csv', header = true) WHERE event_date IS NOT NULL GROUP BY actor1, strftime(event_date, '%Y-%m')
            """));
    }

    [Fact]
    public void Border_events_on_afg_tjk_with_their_quantities()
    {
        var expected = Data.BorderEvents.On(Border.Between("AFG", "TJK"))
            .Select(e => $"{e.Id} {e.Kind} {(e.Quantity is { } q ? $"{q.Bound} {q.Value.ToString("G29", CultureInfo.InvariantCulture)} {q.Unit}" : "-")}".ToLowerInvariant())
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Contains(expected, e => e.Contains("morethan 1000 person", StringComparison.Ordinal));
        Assert.Equal(expected, Query($"""
            SELECT lower(id || ' ' || kind || ' ' || coalesce(quantity_bound || ' ' || {Number("CAST(quantity AS VARCHAR)")} || ' ' || coalesce(quantity_unit, ''), '-'))
            FROM '{files.Parquet}/border_events.parquet' WHERE border = 'AFG-TJK'
            """));
        Assert.Equal(expected, Query($"""
            SELECT DISTINCT lower(event_id || ' ' || event_type || ' ' || coalesce(quantity_bound || ' ' || {Number("quantity")} || ' ' || coalesce(quantity_unit, ''), '-'))
            FROM read_csv('{files.Csv}/border_events.csv', header = true, all_varchar = true) WHERE border = 'AFG-TJK'
            """));
    }

    [Fact]
    public void Actors_mentioned_in_two_or_more_documents()
    {
        var expected = Data.Mentions.All
            .GroupBy(m => m.Actor.Id)
            .Where(g => g.Select(m => m.Document.Id).Distinct().Count() >= 2)
            .Select(g => g.Key)
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Contains("taliban", expected);
        Assert.Equal(expected, Query($"SELECT actor FROM '{files.Parquet}/mentions.parquet' GROUP BY actor HAVING count(DISTINCT document) >= 2"));
        Assert.Equal(expected, Query($"SELECT actor FROM read_csv('{files.Csv}/mentions.csv', header = true) GROUP BY actor HAVING count(DISTINCT document) >= 2"));
    }

    [Theory]
    [InlineData("documents", "id title outlet published_start published_end date_precision text")]
    [InlineData("actors", "id name kind aliases country member_of role")]
    [InlineData("statements", "id kind speaker addressees date_start date_end date_precision via plover cameo attestations")]
    [InlineData("border_events", "id kind border actors date_start date_end date_precision quantity quantity_bound quantity_unit locations destination source via plover cameo attestations")]
    [InlineData("mentions", "document start end text actor fragments")]
    [InlineData("relations", "from relation to")]
    public void Each_parquet_file_has_exactly_the_schemas_columns(string file, string columns)
    {
        // Every property of the records' contracts is one of these: none is left to the columns made from the contract.
        Assert.Equal(columns.Split(' ').Order(StringComparer.Ordinal), Query($"SELECT column_name FROM (DESCRIBE SELECT * FROM '{files.Parquet}/{file}.parquet')"));
    }

    [Fact]
    public void Parquet_columns_are_typed_with_dates_as_date_and_attestations_nested()
    {
        var types = Query($"SELECT column_name || ' ' || column_type FROM (DESCRIBE SELECT * FROM '{files.Parquet}/statements.parquet')");

        Assert.Contains("date_start DATE", types);
        Assert.Contains("addressees VARCHAR[]", types);
        Assert.Contains(types, t => t.StartsWith("attestations STRUCT(\"document\" VARCHAR, \"start\" INTEGER, \"end\" INTEGER", StringComparison.Ordinal) && t.Contains("fragments STRUCT(\"start\" INTEGER, \"end\" INTEGER)[]", StringComparison.Ordinal));
        Assert.Contains(Query($"SELECT column_name || ' ' || column_type FROM (DESCRIBE SELECT * FROM '{files.Parquet}/border_events.parquet')"), t => t.StartsWith("quantity DECIMAL", StringComparison.Ordinal));
    }

    [Fact]
    public void Partitioned_by_year_reads_back_through_hive_partitioning()
    {
        var expected = Data.Statements.All
            .GroupBy(s => s.Date?.Start.Year.ToString(CultureInfo.InvariantCulture) ?? "undated")
            .Select(g => $"{g.Key} {g.Count()}")
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(expected.Count >= 2);
        Assert.Equal(expected, Query($"""
            SELECT coalesce(CAST(year AS VARCHAR), 'undated') || ' ' || count(*)
            FROM read_parquet('{files.ParquetByYear}/statements/*/*.parquet', hive_partitioning = true) GROUP BY year
            """));
        Assert.Equal([Data.Statements.Count.ToString(CultureInfo.InvariantCulture)], Query($"SELECT count(*) FROM read_parquet('{files.ParquetByYear}/statements/*/*.parquet', hive_partitioning = true)"));
    }

    [Fact]
    public void Partitioned_by_document_reads_back_through_hive_partitioning()
    {
        var expected = Data.Documents.All
            .Select(d => $"{d.Id} {Data.Statements.In(d).Count} {Data.Mentions.In(d).Count}")
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(expected, Query($"""
            SELECT s.document || ' ' || s.n || ' ' || m.n
            FROM (SELECT document, count(*) AS n FROM read_parquet('{files.ParquetByDocument}/statements/*/*.parquet', hive_partitioning = true) GROUP BY document) s
            JOIN (SELECT document, count(*) AS n FROM read_parquet('{files.ParquetByDocument}/mentions/*/*.parquet', hive_partitioning = true) GROUP BY document) m USING (document)
            """));
        Assert.Equal([Data.Statements.Count.ToString(CultureInfo.InvariantCulture)], Query($"SELECT count(DISTINCT id) FROM read_parquet('{files.ParquetByDocument}/statements/*/*.parquet', hive_partitioning = true)"));
    }

    [Fact]
    public void Every_csv_and_parquet_span_is_its_documents_text_or_its_fragments_joined_by_one_space()
    {
        var texts = Data.Documents.All.ToDictionary(d => d.Id, d => d.Text);
        const string Fragments = "array_to_string(list_transform(fragments, f -> f.start || '-' || f.end), ';')";
        var parquet = $"{files.Parquet}";
        var spans = new[]
        {
            $"SELECT document, start, \"end\", text, {Fragments} FROM '{parquet}/mentions.parquet'",
            $"SELECT a.document, a.start, a.\"end\", a.text, '' FROM (SELECT unnest(attestations) AS a FROM '{parquet}/statements.parquet')",
            $"SELECT a.document, a.start, a.\"end\", a.text, '' FROM (SELECT unnest(attestations) AS a FROM '{parquet}/border_events.parquet')",
            $"SELECT document, q.start, q.\"end\", q.text, array_to_string(list_transform(q.fragments, f -> f.start || '-' || f.end), ';') FROM (SELECT a.document AS document, unnest(a.quotes) AS q FROM (SELECT unnest(attestations) AS a FROM '{parquet}/statements.parquet'))",
            $"SELECT document, start, \"end\", text, coalesce(fragments, '') FROM read_csv('{files.Csv}/mentions.csv', header = true, all_varchar = true)",
            $"SELECT document, start, \"end\", quote, '' FROM read_csv('{files.Csv}/statements.csv', header = true, all_varchar = true)",
            $"SELECT document, start, \"end\", quote, '' FROM read_csv('{files.Csv}/border_events.csv', header = true, all_varchar = true)",
        };

        var checkedSpans = 0;
        var discontinuous = 0;
        foreach (var sql in spans)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = sql;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var text = texts[reader.GetString(0)];
                var fragments = reader.IsDBNull(4) ? string.Empty : reader.GetString(4);
                var expected = fragments.Length == 0
                    ? Cli.Slice(text, Int(reader.GetValue(1)), Int(reader.GetValue(2)))
                    : string.Join(" ", fragments.Split(';').Select(f => f.Split('-')).Select(f => Cli.Slice(text, int.Parse(f[0], CultureInfo.InvariantCulture), int.Parse(f[1], CultureInfo.InvariantCulture))));
                Assert.Equal(expected, reader.GetString(3));
                checkedSpans++;
                discontinuous += fragments.Length == 0 ? 0 : 1;
            }
        }

        Assert.True(checkedSpans > 1000, $"{checkedSpans} spans");
        Assert.True(discontinuous >= 4, $"{discontinuous} discontinuous spans (mentions and quotes, in CSV and Parquet)");
    }

    private static int Int(object value) => Convert.ToInt32(value, CultureInfo.InvariantCulture);

    /// <summary>SQL for a decimal's text without trailing zeros, as C#'s "G29" writes it.</summary>
    private static string Number(string text) => $"CASE WHEN contains({text}, '.') THEN rtrim(rtrim({text}, '0'), '.') ELSE {text} END";

    private static DuckDBConnection Open()
    {
        var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        return connection;
    }

    /// <summary>The first column of every row, as text, sorted ordinally.</summary>
    private List<string> Query(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture)!);
        }

        return rows.Order(StringComparer.Ordinal).ToList();
    }
}
