using System;
using System.Collections.Generic;
using System.Linq;
using DomainKit.Generators.Common;
using DomainKit.Generators.Corpus.Linking;
using DomainKit.Generators.Diagnostics;

namespace DomainKit.Generators.Corpus
{
    /// <summary>
    /// The one way from a corpus folder's files to a linked corpus: files, limits, parse, link. The generator,
    /// the CLI and the tests all go through here, so they report the same diagnostics for the same files.
    /// </summary>
    internal static class CorpusBuilder
    {
        /// <summary>
        /// Parses and links the files of the corpus folder <paramref name="folder"/>, given as path and content in any
        /// order; files that are not corpus files (by name) are ignored.
        /// </summary>
        public static LinkResult Build(string folder, IEnumerable<KeyValuePair<string, string>> files, RuntimeVocabulary vocabulary)
        {
            var parsed = new List<ParsedFile>();
            foreach (var file in files)
            {
                if (Parse(file.Key, file.Value) is { } one)
                {
                    parsed.Add(one);
                }
            }

            return Link(folder, parsed, vocabulary);
        }

        /// <summary>One file parsed, or null when its name says it is not a corpus file. Paths use '/' only.</summary>
        public static ParsedFile? Parse(string path, string content)
            => CorpusFileParser.Classify(path) is { } kind ? CorpusFileParser.Parse(NormalizePath(path), kind, content) : null;

        /// <summary>
        /// Links the parsed files of one corpus folder (in any order): an empty folder is reported, a corpus over a
        /// size limit is not linked, and everything else goes to <see cref="CorpusLinker"/>. The corpus is null when
        /// it was not linked.
        /// </summary>
        public static LinkResult Link(string folder, IReadOnlyList<ParsedFile> files, RuntimeVocabulary vocabulary)
        {
            var (corpus, blocking) = Gather(folder, files);
            return corpus is null ? new LinkResult(null, blocking) : CorpusLinker.Link(corpus, vocabulary);
        }

        /// <summary>
        /// The files of one corpus folder grouped by what they are, or null with the reason when the corpus is not
        /// linked: it is empty, or over a size limit.
        /// </summary>
        public static (CorpusFiles? Files, EquatableArray<CorpusDiagnostic> Blocking) Gather(string folder, IReadOnlyList<ParsedFile> files)
        {
            var ordered = PathOrder.Sort(files, f => f.Path);
            var blocking = Blocking(folder, CorpusSize.Of(ordered));
            return blocking.Count > 0 ? (null, blocking) : (CorpusFiles.From(folder, ordered), EquatableArray<CorpusDiagnostic>.Empty);
        }

        /// <summary>Why a corpus of this size is not linked (it is empty, or over a size limit); empty when it is linked.</summary>
        public static EquatableArray<CorpusDiagnostic> Blocking(string folder, CorpusSize size)
            => size.Files == 0
                ? Single(CorpusDiagnostic.Create(DiagnosticRules.EmptyCorpus, SourceSpan.Corpus(folder), folder))
                : CorpusLimits.CheckCorpus(folder, size).ToEquatableArray();

        /// <summary>A path with '/' separators and no trailing one, as corpus diagnostics show it.</summary>
        public static string NormalizePath(string path) => path.Replace('\\', '/').TrimEnd('/');

        private static EquatableArray<CorpusDiagnostic> Single(CorpusDiagnostic diagnostic) => new(new[] { diagnostic });
    }
}
