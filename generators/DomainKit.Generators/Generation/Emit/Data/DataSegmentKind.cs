namespace DomainKit.Generators.Generation.Emit.Data
{
    /// <summary>Which of the data's two literal arrays a segment belongs to.</summary>
    internal enum DataSegmentKind
    {
        /// <summary>The strings, UTF-8.</summary>
        Utf8,

        /// <summary>The integer table (<c>IntTableCodec</c>'s printable characters).</summary>
        PackedInts,
    }
}
