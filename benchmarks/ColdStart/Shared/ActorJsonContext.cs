using System.Text.Json.Serialization;

namespace DomainKit.ColdStart;

/// <summary>System.Text.Json source-generated (reflection-free) serialization of the actor list.</summary>
[JsonSerializable(typeof(ActorRow[]))]
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
public sealed partial class ActorJsonContext : JsonSerializerContext;
