using System;

namespace DomainKit.Compiled;

/// <summary>Consecutive integers of one chunk of a section, over the literal's bytes (<see cref="DataReader.Run"/>).</summary>
internal readonly ref struct IntRun(ReadOnlySpan<byte> bytes, int width, int bias)
{
    private readonly ReadOnlySpan<byte> _bytes = bytes;

    public int this[int index] => SectionLayout.Read(_bytes, index * width, width, bias);
}
