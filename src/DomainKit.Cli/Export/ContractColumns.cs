using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Parquet.Schema;

namespace DomainKit.Cli.Export;

/// <summary>
/// The columns of a record's JSON contract properties that a Parquet file's own schema does not name: a property added
/// to a record is exported with no change here. An <c>int</c>, <c>long</c>, <c>double</c>, <c>decimal</c>, <c>bool</c> or
/// <c>DateOnly</c> gets its Parquet type; anything else (a string, an enum, an actor by its id, a list, a nested record)
/// the JSON the contract writes for it, a string as itself. Columns are named in snake_case, in the contract's order,
/// after the schema's own. A record with such a property is serialized once a row to read them (the whole record, its
/// texts and nested lists too): a field of a large record type that is exported often is worth a column of the
/// schema's own.
/// </summary>
internal sealed class ContractColumns<T>
{
    private readonly JsonTypeInfo<T> _contract;
    private readonly (string Json, DataField Field)[] _columns;

    /// <param name="contract">The record's JSON contract (<see cref="DomainKitJson"/>).</param>
    /// <param name="named">The contract's property names the schema already exports, in its own columns.</param>
    public ContractColumns(JsonTypeInfo<T> contract, IEnumerable<string> named)
    {
        _contract = contract;
        var known = new HashSet<string>(named, StringComparer.Ordinal);
        _columns = contract.Properties.Where(p => p.Get is not null && !known.Contains(p.Name))
            .Select(p => (p.Name, Column(JsonNamingPolicy.SnakeCaseLower.ConvertName(p.Name), p.PropertyType)))
            .ToArray();
    }

    /// <summary>The columns, none for a record whose every property the schema names.</summary>
    public IEnumerable<Field> Fields => _columns.Select(c => (Field)c.Field);

    /// <summary>Adds <paramref name="record"/>'s values of the columns to <paramref name="row"/>.</summary>
    public Dictionary<string, object?> AddTo(Dictionary<string, object?> row, T record)
    {
        if (_columns.Length == 0)
        {
            return row;
        }

        var json = JsonSerializer.SerializeToElement(record, _contract);
        foreach (var (name, field) in _columns)
        {
            row[field.Name] = json.TryGetProperty(name, out var value) ? Value(value, field.ClrType) : null;
        }

        return row;
    }

    private static DataField Column(string name, Type type) => (Nullable.GetUnderlyingType(type) ?? type) switch
    {
        var t when t == typeof(int) => new DataField<int?>(name),
        var t when t == typeof(long) => new DataField<long?>(name),
        var t when t == typeof(double) => new DataField<double?>(name),
        var t when t == typeof(decimal) => new DataField<decimal?>(name),
        var t when t == typeof(bool) => new DataField<bool?>(name),
        var t when t == typeof(DateOnly) => new DataField<DateOnly?>(name),
        _ => new DataField<string?>(name),
    };

    private static object? Value(JsonElement value, Type type) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ when type == typeof(int) => value.GetInt32(),
        _ when type == typeof(long) => value.GetInt64(),
        _ when type == typeof(double) => value.GetDouble(),
        _ when type == typeof(decimal) => value.GetDecimal(),
        _ when type == typeof(bool) => value.GetBoolean(),
        _ when type == typeof(DateOnly) => DateOnly.ParseExact(value.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        JsonValueKind.String => value.GetString(),
        _ => value.GetRawText(),
    };
}
