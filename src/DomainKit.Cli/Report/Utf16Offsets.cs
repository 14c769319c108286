using System;

namespace DomainKit.Cli.Report;

/// <summary>
/// Maps a document's code-point offsets (how brat and the records count) to UTF-16 offsets (how a browser's
/// strings count), so the page can slice the text directly: every character outside the Basic Multilingual Plane
/// is one code point but two UTF-16 units.
/// </summary>
internal sealed class Utf16Offsets
{
    private readonly int[] _utf16ByCodePoint;

    public Utf16Offsets(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var offsets = new int[text.Length + 1];
        var codePoints = 0;
        for (var i = 0; i < text.Length; i++)
        {
            offsets[codePoints++] = i;
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
        }

        offsets[codePoints] = text.Length;
        _utf16ByCodePoint = offsets[..(codePoints + 1)];
    }

    /// <summary>The UTF-16 offset of code point <paramref name="codePoint"/> (the text's length for one past the end).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The offset is outside the text.</exception>
    public int this[int codePoint] => (uint)codePoint < (uint)_utf16ByCodePoint.Length
        ? _utf16ByCodePoint[codePoint]
        : throw new ArgumentOutOfRangeException(nameof(codePoint), codePoint, $"The text has {_utf16ByCodePoint.Length - 1} code points.");
}
