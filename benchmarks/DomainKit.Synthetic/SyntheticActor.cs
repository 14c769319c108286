namespace DomainKit.Synthetic;

/// <summary>One row of a synthetic <c>actors.tsv</c>.</summary>
/// <param name="Id">Unique kebab-case id.</param>
/// <param name="Name">Canonical name, 5–40 characters, possibly in Cyrillic, Arabic script or accented Latin.</param>
/// <param name="Kind">An <c>ActorKind</c> member name.</param>
/// <param name="Country">Alpha-3 code or empty.</param>
/// <param name="MemberOf">Id of an actor generated earlier, or empty (so memberships never form a cycle).</param>
/// <param name="Role">Free text or empty.</param>
/// <param name="Aliases">Other names; every name and alias in a corpus is unique ignoring case.</param>
public sealed record SyntheticActor(string Id, string Name, string Kind, string Country, string MemberOf, string Role, IReadOnlyList<string> Aliases);
