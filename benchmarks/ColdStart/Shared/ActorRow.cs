namespace DomainKit.ColdStart;

/// <summary>An actor as the JSON and SQLite baselines store it: the columns of <c>actors.tsv</c>, aliases split.</summary>
public sealed record ActorRow(string Id, string Name, string Kind, string Country, string MemberOf, string Role, string[] Aliases);
