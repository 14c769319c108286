// Compiled into both the runtime and the generator (linked), so the writer and the reader of the integer table
// cannot disagree about its geometry.
namespace DomainKit.Compiled;

/// <summary>
/// How the integer table sits in UTF-8 literals so that the runtime reads it in place, with no unpacking pass:
/// each section is a run of fixed-width integers, its width (in characters) and bias chosen for that section at
/// build time. A character holds six bits, <see cref="Zero"/> plus the bits ('?' to '~', printable ASCII, so a
/// literal stays one short token); an integer's characters are little-endian and hold the value minus the bias.
/// A section is cut into chunks of <see cref="ChunkLength"/> integers; a section of one chunk shares a segment with
/// others, a longer one starts a segment of its own and puts each chunk in the next segment, so no integer and no
/// chunk straddles two literals. Segment 0 starts with the directory: <see cref="DirectoryWidth"/>-character fields,
/// the section count, then <see cref="DirectoryFields"/> for each section.
/// </summary>
internal static class IntTableCodec
{
    public const int Zero = '?';
    public const int BitsPerCharacter = 6;
    public const int CharacterMask = (1 << BitsPerCharacter) - 1;

    /// <summary>The widest integer: six characters hold 36 bits, so any 32-bit value.</summary>
    public const int MaxWidth = 6;

    /// <summary>The directory's fields are all this wide, with no bias (values as unsigned 32 bits).</summary>
    public const int DirectoryWidth = MaxWidth;

    public const int ChunkBits = 15;
    public const int ChunkLength = 1 << ChunkBits;
    public const int ChunkMask = ChunkLength - 1;

    /// <summary>
    /// A table position is its section shifted left by this, plus its index in the section: a section holds up
    /// to 2^25 integers, and there can be 64 sections.
    /// </summary>
    public const int SectionShift = 25;
    public const int IndexMask = (1 << SectionShift) - 1;

    /// <summary>How many characters a value range of <paramref name="span"/> (maximum minus bias) needs.</summary>
    public static int WidthOf(uint span)
    {
        var width = 1;
        while (width < MaxWidth && (span >> (BitsPerCharacter * width)) != 0)
        {
            width++;
        }

        return width;
    }
}

/// <summary>A section's entry in the directory.</summary>
internal static class DirectoryFields
{
    public const int FirstSegment = 0, Offset = 1, Width = 2, Bias = 3, Count = 4, Length = 5;
}
