using System;
using System.Runtime.CompilerServices;

namespace DomainKit.Compiled;

/// <summary>Where one section of the integer table is and how its integers are written (<see cref="IntTableCodec"/>).</summary>
internal readonly record struct SectionLayout(int FirstSegment, int Offset, int Width, int Bias, int Count)
{
    /// <summary>The integer at character <paramref name="at"/> of <paramref name="segment"/>, <paramref name="width"/> characters wide.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Read(ReadOnlySpan<byte> segment, int at, int width, int bias)
    {
        var characters = segment.Slice(at, width);
        uint value = 0;
        for (var i = characters.Length - 1; i >= 0; i--)
        {
            value = (value << IntTableCodec.BitsPerCharacter) | (uint)(characters[i] - IntTableCodec.Zero);
        }

        return (int)(value + (uint)bias);
    }

    /// <summary>Reads the directory at the start of segment 0: a few integers per section, nothing per record.</summary>
    public static SectionLayout[] ReadDirectory(ReadOnlySpan<byte> segment)
    {
        const int width = IntTableCodec.DirectoryWidth;
        var count = Read(segment, 0, width, 0);
        var sections = new SectionLayout[count];
        for (var section = 0; section < count; section++)
        {
            var at = width * (1 + (section * DirectoryFields.Length));
            sections[section] = new SectionLayout(
                // Stryker disable once Arithmetic : the field's offset is 0, so - and + read the same integer
                Read(segment, at + (width * DirectoryFields.FirstSegment), width, 0),
                // Stryker disable once Arithmetic : the field's offset is 1, so width * 1 and width / 1 are the same
                Read(segment, at + (width * DirectoryFields.Offset), width, 0),
                Read(segment, at + (width * DirectoryFields.Width), width, 0),
                Read(segment, at + (width * DirectoryFields.Bias), width, 0),
                Read(segment, at + (width * DirectoryFields.Count), width, 0));
        }

        return sections;
    }
}
