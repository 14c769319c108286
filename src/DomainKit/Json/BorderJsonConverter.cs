using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DomainKit.Json;

/// <summary>A border as the array of its two country codes, in order: <c>["AFG","TJK"]</c>.</summary>
internal sealed class BorderJsonConverter : JsonConverter<Border>
{
    public override Border Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray || !reader.Read() || reader.GetString() is not { } first || !reader.Read() || reader.GetString() is not { } second
            || !reader.Read() || reader.TokenType != JsonTokenType.EndArray)
        {
            throw new JsonException("A border is an array of two ISO 3166-1 alpha-3 codes, such as [\"AFG\",\"TJK\"].");
        }

        return Border.Between(first, second);
    }

    public override void Write(Utf8JsonWriter writer, Border value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        writer.WriteStringValue(value.First);
        writer.WriteStringValue(value.Second);
        writer.WriteEndArray();
    }
}
