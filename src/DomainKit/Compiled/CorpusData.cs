using System;
using System.ComponentModel;

namespace DomainKit.Compiled;

/// <summary>
/// The data of one compiled corpus, as the generator emits it: strings and an integer table of records and
/// indexes, both as UTF-8 literals (split into segments) stored in the assembly image and read there in place,
/// plus generated key dispatch. Infrastructure for
/// generated code; use the corpus class's tables instead.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public abstract class CorpusData
{
    /// <summary>Segment <paramref name="segment"/> of the corpus's strings: UTF-8, one after another.</summary>
    /// <param name="segment">The segment, from 0.</param>
    public abstract ReadOnlySpan<byte> Utf8(int segment);

    /// <summary>How many segments the packed integer table has.</summary>
    public abstract int PackedIntSegments { get; }

    /// <summary>
    /// Segment <paramref name="segment"/> of the records and indexes: the section directory, then each section's
    /// fixed-width integers (<c>IntTableCodec</c>), read in place.
    /// </summary>
    /// <param name="segment">The segment, from 0 to <see cref="PackedIntSegments"/> - 1.</param>
    public abstract ReadOnlySpan<byte> PackedInts(int segment);

    /// <summary>Strings UTF-8 cannot hold (unpaired surrogates), referred to from the table as <c>-2 - index</c>.</summary>
    public virtual ReadOnlySpan<string> FallbackStrings => default;

    /// <summary>
    /// The corpus's notes (<c>#</c> lines), compiled as data of their own (their rows, strings and indexes, pointing at
    /// documents and annotations of this data), so that editing a note rewrites them and nothing else;
    /// <see langword="null"/> for none.
    /// </summary>
    public virtual CorpusData? Notes => null;

    /// <summary>
    /// The generated id dispatch of <paramref name="kind"/> (the index of the record with an id, or -1), or
    /// <see langword="null"/> to use the hash index. A table asks once, when it is created.
    /// </summary>
    /// <param name="kind">The record kind whose ids are looked up.</param>
    public virtual KeyIndexer? IdIndexer(RecordKind kind) => null;

    /// <summary>
    /// The index of the actor with this name or alias, ignoring case as <see cref="PerfectHashSlot.IgnoringCase"/> compares,
    /// or -1; <see langword="null"/> to use the hash index. A virtual call, not a <see cref="KeyIndexer"/> as the ids have:
    /// the names' lookup measured 15 % slower through the delegate (docs/benchmarks.md).
    /// </summary>
    public virtual int? FindByName(ReadOnlySpan<char> nameOrAlias) => null;
}
