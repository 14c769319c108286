namespace DomainKit.Generators.Common
{
    /// <summary>An actor (by index) that did not get the property name it wanted, because <see cref="Owner"/> has it.</summary>
    internal readonly record struct NameCollision(int Actor, string Owner, string Wanted, string Chosen);
}
