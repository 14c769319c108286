using System.Text.Json.Serialization;
using DomainKit.Json;

namespace DomainKit;

/// <summary>How precisely a <see cref="PartialDate"/> is known.</summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<DatePrecision>))]
public enum DatePrecision
{
    /// <summary>One calendar day.</summary>
    Day,

    /// <summary>A calendar month.</summary>
    Month,

    /// <summary>A calendar year.</summary>
    Year,

    /// <summary>An interval from <see cref="PartialDate.Start"/> to <see cref="PartialDate.End"/>.</summary>
    Range,
}
