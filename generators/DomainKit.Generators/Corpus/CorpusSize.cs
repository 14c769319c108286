using System.Collections.Generic;
using System.Linq;
using DomainKit.Generators.Common;
using DomainKit.Generators.Diagnostics;

namespace DomainKit.Generators.Corpus
{
    /// <summary>
    /// What the corpus-wide checks read of some of a corpus's files: how many there are, their length together, the
    /// diagnostics of those over a file limit (in path order), and whether every one was reported with a byte order mark
    /// (<see cref="ByteOrderMarks"/>). The generator sizes the annotations apart from the other files, so that an
    /// annotation edit does not list the others again, and adds the two.
    /// </summary>
    internal sealed record CorpusSize(int Files, long Length, EquatableArray<CorpusDiagnostic> OverLimit, bool EveryFileMarked)
    {
        /// <summary>The size of <paramref name="files"/>, given in any order.</summary>
        public static CorpusSize Of(IEnumerable<ParsedFile> files)
        {
            var count = 0;
            long length = 0;
            var overLimit = new List<CorpusDiagnostic>();
            var everyFileMarked = true;
            foreach (var file in files)
            {
                count++;
                length += file.Length;
                everyFileMarked &= file.DecodedWithByteOrderMark;
                if (file.OverLimit is { } diagnostic)
                {
                    overLimit.Add(diagnostic);
                }
            }

            return new CorpusSize(count, length, InPathOrder(overLimit), everyFileMarked);
        }

        /// <summary>Both sizes together, the files over a limit still in path order.</summary>
        public CorpusSize Plus(CorpusSize other) => new(
            Files + other.Files,
            Length + other.Length,
            OverLimit.Count == 0 ? other.OverLimit
                : other.OverLimit.Count == 0 ? OverLimit
                : InPathOrder(OverLimit.Concat(other.OverLimit).ToList()),
            EveryFileMarked && other.EveryFileMarked);

        private static EquatableArray<CorpusDiagnostic> InPathOrder(IReadOnlyList<CorpusDiagnostic> diagnostics)
            => PathOrder.Sort(diagnostics, d => d.Span.Path).ToEquatableArray();
    }
}
