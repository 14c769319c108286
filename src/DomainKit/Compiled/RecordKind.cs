using System.ComponentModel;

namespace DomainKit.Compiled;

/// <summary>The record kinds that have ids. Infrastructure for generated code.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public enum RecordKind
{
    /// <summary>An <see cref="Actor"/>.</summary>
    Actor,

    /// <summary>A <see cref="DomainKit.Document"/>.</summary>
    Document,

    /// <summary>A <see cref="DomainKit.Statement"/>.</summary>
    Statement,

    /// <summary>A <see cref="DomainKit.BorderEvent"/>.</summary>
    BorderEvent,
}
