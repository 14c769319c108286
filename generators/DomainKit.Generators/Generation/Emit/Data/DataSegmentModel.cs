namespace DomainKit.Generators.Generation.Emit.Data
{
    /// <summary>
    /// One literal segment of a corpus's data, written to a generated file of its own: equal when its bytes are, so an
    /// edit that leaves a segment as it was leaves its file cached (the compiler neither receives nor parses it again,
    /// and the integer table's text is not even made: <see cref="PackedIntSegmentContent"/>).
    /// </summary>
    internal sealed record DataSegmentModel(CorpusDeclaration Declaration, DataSegmentKind Kind, int Index, SegmentContent Content)
    {
        /// <summary>The member of the <c>Data</c> class that holds this segment.</summary>
        public string MemberName => MemberNameOf(Kind, Index);

        public static string MemberNameOf(DataSegmentKind kind, int index) => kind + "Segment" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
