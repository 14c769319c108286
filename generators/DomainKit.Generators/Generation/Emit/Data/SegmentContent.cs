using DomainKit.Generators.Common;

namespace DomainKit.Generators.Generation.Emit.Data
{
    /// <summary>
    /// What a literal segment holds, equal when its text would be: the text itself is made only when the segment is
    /// emitted (<see cref="Text"/>), so an edit makes again the text of the segments it changed and no other.
    /// </summary>
    internal abstract record SegmentContent
    {
        /// <summary>The literal's text.</summary>
        public abstract string Text();
    }

    /// <summary>A segment of the strings' UTF-8 bytes, compared as bytes and made text only when emitted.</summary>
    internal sealed record Utf8SegmentContent(EquatableArray<byte> Bytes) : SegmentContent
    {
        /// <inheritdoc />
        public override string Text() => System.Text.Encoding.UTF8.GetString(Bytes.AsSpan().ToArray());
    }
}
