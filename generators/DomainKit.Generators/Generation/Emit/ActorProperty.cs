namespace DomainKit.Generators.Generation.Emit
{
    /// <summary>An actor's static property: its member name, and its id and name for the doc comment.</summary>
    internal readonly record struct ActorProperty(string MemberName, string Id, string Name);
}
