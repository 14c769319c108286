using System;
using System.Globalization;
using System.Text.Json;

namespace DomainKit.Cli.Export;

/// <summary>Values as the CSV and Parquet exports write them, the same way the JSON contract does.</summary>
internal static class ExportValues
{
    /// <summary>An enum member in camelCase, as in JSON (<c>ArmedGroup</c> is <c>armedGroup</c>).</summary>
    public static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    /// <summary>A day as ISO 8601 (<c>2021-06-07</c>).</summary>
    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
