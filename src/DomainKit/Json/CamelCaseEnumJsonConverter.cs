using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DomainKit.Json;

/// <summary>An enum as its member name in camelCase (<c>ArmedGroup</c> is <c>"armedGroup"</c>).</summary>
/// <typeparam name="TEnum">The enum.</typeparam>
internal sealed class CamelCaseEnumJsonConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    where TEnum : struct, Enum;
