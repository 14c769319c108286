using System.Text.Json.Serialization;

namespace DomainKit;

/// <summary>A typed link between two statements or border events, such as a promise that a later finding contradicts.</summary>
/// <param name="From">The id of the first record.</param>
/// <param name="Kind">The relation type from <c>annotation.conf</c>, such as <c>Contradicts</c>.</param>
/// <param name="To">The id of the second record.</param>
public sealed record Relation(string From, [property: JsonPropertyName("relation")] string Kind, string To);
