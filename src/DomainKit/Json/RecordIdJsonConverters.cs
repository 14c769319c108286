using System;
using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DomainKit.Json;

/// <summary>Writes an actor reference as the actor's id.</summary>
internal sealed class ActorIdJsonConverter : JsonConverter<Actor>
{
    public override Actor Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => throw RecordIds.NotReadable();

    public override void Write(Utf8JsonWriter writer, Actor value, JsonSerializerOptions options) => writer.WriteStringValue(value.Id);
}

/// <summary>Writes a list of actor references as an array of ids.</summary>
internal sealed class ActorIdsJsonConverter : JsonConverter<ImmutableArray<Actor>>
{
    public override ImmutableArray<Actor> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => throw RecordIds.NotReadable();

    public override void Write(Utf8JsonWriter writer, ImmutableArray<Actor> value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var actor in value.IsDefault ? [] : value)
        {
            writer.WriteStringValue(actor.Id);
        }

        writer.WriteEndArray();
    }
}

/// <summary>Writes a document reference as the document's id.</summary>
internal sealed class DocumentIdJsonConverter : JsonConverter<Document>
{
    public override Document Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => throw RecordIds.NotReadable();

    public override void Write(Utf8JsonWriter writer, Document value, JsonSerializerOptions options) => writer.WriteStringValue(value.Id);
}

internal static class RecordIds
{
    public static NotSupportedException NotReadable()
        => new("DomainKit records are written with references as ids; reading them back needs the dataset the ids refer to. Find records in the dataset instead.");
}
