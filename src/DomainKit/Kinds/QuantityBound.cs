using System.Text.Json.Serialization;
using DomainKit.Json;

namespace DomainKit;

/// <summary>How a stated number bounds the real one ("more than 1,000", "about 9,000").</summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<QuantityBound>))]
public enum QuantityBound
{
    /// <summary>Exactly the value.</summary>
    Exact,

    /// <summary>The value or more.</summary>
    AtLeast,

    /// <summary>Strictly more than the value.</summary>
    MoreThan,

    /// <summary>The value or fewer.</summary>
    AtMost,

    /// <summary>Strictly fewer than the value.</summary>
    LessThan,

    /// <summary>Roughly the value.</summary>
    Approximately,
}
