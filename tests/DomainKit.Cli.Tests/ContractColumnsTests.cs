using System.Collections.Immutable;
using System.Text.Json.Serialization;
using DomainKit.Cli.Export;
using DuckDB.NET.Data;
using Parquet.Schema;

namespace DomainKit.Cli.Tests;

/// <summary>
/// A record property the Parquet schema does not name is exported from the record's JSON contract: typed when it is a
/// number, a flag or a day, else the JSON the contract writes for it, and named in snake_case.
/// </summary>
public sealed class ContractColumnsTests
{
    private static readonly Sample Full = new()
    {
        Id = "s1", Count = 3, Ratio = 0.25m, Flag = true, FirstSeen = new DateOnly(2021, 7, 4), Kind = SampleKind.ArmedGroup,
        Tags = ["a", "b"], Note = "said \"so\"", Missing = null, Period = new SamplePeriod(1, 31),
    };

    [Fact]
    public void Properties_the_schema_names_get_no_column_and_the_others_one_each_in_the_contracts_order()
    {
        var columns = new ContractColumns<Sample>(SampleJson.Default.Sample, ["id", "tags"]);

        // Parquet.Net holds a string column's values as character memory.
        Assert.Equal(
            [("count", typeof(int)), ("ratio", typeof(decimal)), ("flag", typeof(bool)), ("first_seen", typeof(DateOnly)), ("kind", typeof(ReadOnlyMemory<char>)), ("note", typeof(ReadOnlyMemory<char>)), ("missing", typeof(int)), ("period", typeof(ReadOnlyMemory<char>))],
            columns.Fields.Cast<DataField>().Select(f => (f.Name, f.ClrType)));
        Assert.All(columns.Fields.Cast<DataField>(), f => Assert.True(f.IsNullable, f.Name));
        Assert.Empty(new ContractColumns<Sample>(SampleJson.Default.Sample, ["id", "count", "ratio", "flag", "firstSeen", "kind", "tags", "note", "missing", "period"]).Fields);
    }

    [Fact]
    public void Values_are_typed_or_the_contracts_json_and_a_null_stays_null()
    {
        var row = new ContractColumns<Sample>(SampleJson.Default.Sample, ["id"]).AddTo(new Dictionary<string, object?> { ["id"] = "kept" }, Full);

        Assert.Equal("kept", row["id"]);
        Assert.Equal(3, row["count"]);
        Assert.Equal(0.25m, row["ratio"]);
        Assert.Equal(true, row["flag"]);
        Assert.Equal(new DateOnly(2021, 7, 4), row["first_seen"]);
        Assert.Equal("ArmedGroup", row["kind"]);
        Assert.Equal("[\"a\",\"b\"]", row["tags"]);
        Assert.Equal("said \"so\"", row["note"]);
        Assert.Null(row["missing"]);
        Assert.Equal("{\"start\":1,\"end\":31}", row["period"]);
    }

    [Fact]
    public void The_columns_are_written_to_parquet_and_read_back_typed_by_duckdb()
    {
        var directory = Cli.TempDirectory("contract-columns");
        try
        {
            var path = Assert.Single(ParquetExport.Write(
                directory, "samples", 10, PartitionBy.None, [Full, new Sample { Id = "s2" }], new(SampleJson.Default.Sample, ["id"]),
                [new DataField<string>("id")], s => new Dictionary<string, object?> { ["id"] = s.Id }, _ => [], _ => []));

            using var connection = new DuckDBConnection("DataSource=:memory:");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT id, count + 1, ratio * 4, flag, first_seen + 1, kind, note, missing, period FROM '{path}' ORDER BY id";
            using var reader = command.ExecuteReader();
            var rows = new List<string>();
            while (reader.Read())
            {
                rows.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "null" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
            }

            Assert.Equal(["s1|4|1|True|07/05/2021|ArmedGroup|said \"so\"|null|{\"start\":1,\"end\":31}", "s2|1|null|False|null|Person|null|null|null"], rows);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void A_record_whose_every_property_the_schema_names_is_not_serialized_at_all()
    {
        var row = new Dictionary<string, object?>();

        // Serializing the record would call its getter, which throws.
        Assert.Same(row, new ContractColumns<Unreadable>(SampleJson.Default.Unreadable, ["id"]).AddTo(row, new Unreadable()));
        Assert.Empty(row);
        Assert.Throws<InvalidOperationException>(() => new ContractColumns<Unreadable>(SampleJson.Default.Unreadable, []).AddTo(row, new Unreadable()));
    }

    [Theory]
    [InlineData("count")]
    [InlineData("year")]
    [InlineData("document")]
    public void A_column_made_from_the_contract_may_not_take_a_schema_or_partition_column_s_name(string column)
    {
        var directory = Cli.TempDirectory("contract-columns");
        try
        {
            // Every property but the one under test is named: only its column is made from the contract.
            var contract = new ContractColumns<Clashing>(SampleJson.Default.Clashing, new[] { "id", "count", "year", "document" }.Where(p => p != column));
            var error = Assert.Throws<InvalidOperationException>(() => ParquetExport.Write(
                directory, "samples", 10, PartitionBy.None, [new Clashing()], contract,
                [new DataField<string>("id"), new DataField<int>("count")], r => new Dictionary<string, object?> { ["id"] = r.Id, ["count"] = 1 }, _ => [], _ => []).ToList());
            Assert.Contains($"column '{column}'", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}

/// <summary>A record with one property of every kind a column is made for.</summary>
public sealed record Sample
{
    public required string Id { get; init; }

    public int Count { get; init; }

    public decimal? Ratio { get; init; }

    public bool Flag { get; init; }

    public DateOnly? FirstSeen { get; init; }

    public SampleKind Kind { get; init; }

    public ImmutableArray<string> Tags { get; init; } = [];

    public string? Note { get; init; }

    public int? Missing { get; init; }

    public SamplePeriod? Period { get; init; }
}

[JsonConverter(typeof(JsonStringEnumConverter<SampleKind>))]
public enum SampleKind
{
    Person,
    ArmedGroup,
}

public sealed record SamplePeriod(int Start, int End);

/// <summary>A record that cannot be serialized: its one property's getter throws.</summary>
public sealed record Unreadable
{
    public string Id => throw new InvalidOperationException("read");
}

/// <summary>A record whose properties are named as a schema column (<c>count</c>) and the two partition keys.</summary>
public sealed record Clashing
{
    public string Id { get; init; } = "c1";

    public int Count { get; init; }

    public int Year { get; init; }

    public string? Document { get; init; }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(Sample))]
[JsonSerializable(typeof(Unreadable))]
[JsonSerializable(typeof(Clashing))]
internal sealed partial class SampleJson : JsonSerializerContext;
