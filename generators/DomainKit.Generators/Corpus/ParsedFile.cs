using DomainKit.Generators.Corpus.Catalogs;
using DomainKit.Generators.Corpus.Schema;
using DomainKit.Generators.Corpus.Standoff;
using DomainKit.Generators.Diagnostics;

namespace DomainKit.Generators.Corpus
{
    /// <summary>
    /// One parsed corpus file. Exactly one of the payload members is set, according to <see cref="Kind"/>, unless the
    /// file is over a size limit: then none is, <see cref="OverLimit"/> says why, and the corpus is not linked.
    /// <see cref="Length"/> is the file's length in characters, for the corpus-wide limit.
    /// </summary>
    internal sealed record ParsedFile(string Path, CorpusFileKind Kind, TextFile? Text, StandoffDocument? Annotations, AnnotationSchema? Schema, TsvTable? Table)
    {
        public int Length { get; init; }

        public CorpusDiagnostic? OverLimit { get; init; }

        /// <summary>
        /// The host decoded the file with an encoding that has a byte order mark and passed the content without one: the
        /// compiler does so for a file that began with a BOM, some hosts for every file (<see cref="ByteOrderMarks"/>).
        /// </summary>
        public bool DecodedWithByteOrderMark { get; init; }
    }
}
