using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DomainKit.Generators.Diagnostics;

namespace DomainKit.Generators.Corpus
{
    /// <summary>
    /// The documented maximums of a corpus (docs/corpus-format.md, DK0034). The generator runs on every keystroke,
    /// so a file's size is checked before it is parsed and the corpus's total before it is linked: an oversized
    /// corpus stops with a diagnostic after linear work, instead of hanging the build or the IDE.
    /// </summary>
    internal static class CorpusLimits
    {
        /// <summary>Characters (UTF-16 units) in one corpus file: 32 MiB, thousands of times a long news article.</summary>
        public const int MaxFileLength = 32 * 1024 * 1024;

        /// <summary>Lines in one .ann, .tsv or annotation.conf file (annotations or catalog rows).</summary>
        public const int MaxLinesPerFile = 1_000_000;

        /// <summary>
        /// Characters in all the files of one corpus together: 256 MiB, about twice the 1000× synthetic corpus, so a
        /// 100,000-statement corpus fits (its build time is in docs/benchmarks.md).
        /// </summary>
        public const long MaxCorpusLength = 256L * 1024 * 1024;

        /// <summary>
        /// Actors that get a static property each. A class holds at most 65,535 methods, and a property per actor
        /// of a larger corpus helps no one: beyond this, DK0035 says so and lookups are the way in.
        /// </summary>
        public const int MaxActorProperties = 10_000;

        /// <summary>Why a file may not be parsed, or null when it is within the limits.</summary>
        public static CorpusDiagnostic? CheckFile(string path, CorpusFileKind kind, string content)
        {
            var name = "'" + System.IO.Path.GetFileName(path) + "'";
            if (content.Length > MaxFileLength)
            {
                return Exceeded(SourceSpan.File(path), name, content.Length, "characters", MaxFileLength, "per file");
            }

            if (kind == CorpusFileKind.Text)
            {
                return null;
            }

            var lines = CountLines(content);
            return lines > MaxLinesPerFile ? Exceeded(SourceSpan.File(path), name, lines, "lines", MaxLinesPerFile, "per file") : null;
        }

        /// <summary>
        /// The limit diagnostics of a corpus's files, plus one for the corpus when its files are too large together.
        /// A corpus with any of them is not linked.
        /// </summary>
        public static List<CorpusDiagnostic> CheckCorpus(string folder, CorpusSize size)
        {
            var diagnostics = size.OverLimit.ToList();
            if (size.Length > MaxCorpusLength)
            {
                diagnostics.Add(Exceeded(SourceSpan.Corpus(folder), "Corpus '" + folder + "'", size.Length, "characters", MaxCorpusLength, "per corpus"));
            }

            return diagnostics;
        }

        private static CorpusDiagnostic Exceeded(SourceSpan span, string what, long size, string unit, long limit, string scope)
            => CorpusDiagnostic.Create(DiagnosticRules.LimitExceeded, span, what, Number(size) + " " + unit, Number(limit) + " " + unit + " " + scope);

        /// <summary>Lines as an editor counts them: a final line break does not start another line.</summary>
        private static int CountLines(string content)
        {
            var breaks = 0;
            foreach (var c in content)
            {
                if (c == '\n')
                {
                    breaks++;
                }
            }

            return content.Length == 0 || content[content.Length - 1] == '\n' ? breaks : breaks + 1;
        }

        private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
