using System;

namespace DomainKit.Generators.Diagnostics
{
    /// <summary>
    /// A place in a corpus file: zero-based line and column (UTF-16 units, as editors count) and the
    /// character range in the file. Plain data so the pipeline can cache it; the generator turns it
    /// into a Roslyn <c>Location</c> only when it reports.
    /// </summary>
    internal readonly record struct SourceSpan(string Path, int Line, int Column, int Start, int Length)
    {
        /// <summary>A location for a whole file, used where no line applies.</summary>
        public static SourceSpan File(string path) => new(path, 0, 0, 0, 0);

        /// <summary>
        /// A problem of the corpus as a whole, such as a missing file or a total size: the CLI shows the folder,
        /// the build reports it at the <c>[DomainCorpus]</c> declaration, the place a user can click.
        /// </summary>
        public static SourceSpan Corpus(string folder) => new(folder, 0, 0, 0, 0) { IsCorpus = true };

        /// <summary>The lines the span runs onto after its first: 0 for a span within one line.</summary>
        public int ExtraLines { get; init; }

        /// <summary>Where the span ends on its last line, when it runs over several (<see cref="ExtraLines"/> &gt; 0).</summary>
        public int LastLineEndColumn { get; init; }

        /// <summary>The zero-based line and column after the span's last character.</summary>
        public (int Line, int Column) End => ExtraLines == 0 ? (Line, Column + Length) : (Line + ExtraLines, LastLineEndColumn);

        /// <summary>Whether this is a <see cref="Corpus(string)"/> span, which the build moves to the declaration.</summary>
        public bool IsCorpus { get; init; }

        public override string ToString() => $"{Path}({Line + 1},{Column + 1})";
    }
}
