using System;
using System.ComponentModel;

namespace DomainKit.Compiled;

/// <summary>
/// The data of one compiled corpus, as the generator emits it: a UTF-8 blob of strings and a packed integer table
/// of records and indexes, both UTF-8 literals stored in the assembly image, plus generated key dispatch. Infrastructure for
/// generated code; use the corpus class's tables instead.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public abstract class CorpusData
{
    /// <summary>Every string of the corpus, UTF-8 encoded, one after another.</summary>
    public abstract ReadOnlySpan<byte> Utf8 { get; }

    /// <summary>The records and indexes (section starts, then the sections), packed as <c>IntTableCodec</c> writes them.</summary>
    public abstract ReadOnlySpan<byte> PackedInts { get; }

    /// <summary>Strings UTF-8 cannot hold (unpaired surrogates), referred to from the table as <c>-2 - index</c>.</summary>
    public virtual ReadOnlySpan<string> FallbackStrings => default;

    /// <summary>
    /// The index of the actor with this name or alias, ignoring case, or -1; <see langword="null"/> when the
    /// generator emitted no dispatch for it (a large key set), and the hash index is used instead.
    /// </summary>
    public virtual int? FindActorByName(ReadOnlySpan<char> nameOrAlias) => null;

    /// <summary>The index of the record of this kind with this id, or -1; <see langword="null"/> to use the hash index.</summary>
    public virtual int? FindById(RecordKind kind, ReadOnlySpan<char> id) => null;
}
