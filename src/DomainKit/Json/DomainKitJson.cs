using System.Text.Json.Serialization;

namespace DomainKit;

/// <summary>
/// The records' JSON contract, source-generated (no reflection; trimming- and NativeAOT-safe):
/// <c>JsonSerializer.Serialize(statement, DomainKitJson.Default.Statement)</c>. Properties are camelCase, kinds
/// camelCase strings, PLOVER types their code, dates <c>{"start","end","precision"}</c> with ISO days, a border
/// <c>["AFG","TJK"]</c>. Actors and documents inside another record are written as their ids, so no record repeats
/// another and none refers back to itself. The contract is for writing: reading a record back would need the
/// dataset its ids refer to, so the id converters refuse to read.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(Actor))]
[JsonSerializable(typeof(Document))]
[JsonSerializable(typeof(Statement))]
[JsonSerializable(typeof(BorderEvent))]
[JsonSerializable(typeof(Mention))]
[JsonSerializable(typeof(Relation))]
public sealed partial class DomainKitJson : JsonSerializerContext;
