namespace DomainKit.Generators.Generation.Emit
{
    /// <summary>A record kind with its own query file.</summary>
    internal enum RecordKind
    {
        Actor,
        Document,
        Statement,
        BorderEvent,
    }
}
