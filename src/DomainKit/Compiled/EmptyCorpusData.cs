using System;

namespace DomainKit.Compiled;

/// <summary>Data with no section at all: what a table of data that was not emitted (such as a corpus's notes from older generated code) reads.</summary>
internal sealed class EmptyCorpusData : CorpusData
{
    public static EmptyCorpusData Instance { get; } = new();

    public override int PackedIntSegments => 0;

    public override ReadOnlySpan<byte> Utf8(int segment) => default;

    public override ReadOnlySpan<byte> PackedInts(int segment) => default;
}
