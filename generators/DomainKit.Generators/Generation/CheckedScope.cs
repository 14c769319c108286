using System.Collections.Immutable;
using System.Linq;
using DomainKit.Generators.Common;
using DomainKit.Generators.Corpus;
using DomainKit.Generators.Corpus.Standoff;
using DomainKit.Generators.Diagnostics;

namespace DomainKit.Generators.Generation
{
    /// <summary>
    /// A corpus's scope checked together with its annotation files: why it is not linked (an invalid declaration, an
    /// empty folder, a size limit), and the annotations its texts' byte order marks are settled against, only when
    /// every file of the corpus was reported with one (<see cref="ByteOrderMarks"/>). After an edit that keeps an
    /// annotation file within the limits it compares equal, so the catalogs are not made again.
    /// </summary>
    internal sealed record CheckedScope(CorpusScope Scope, EquatableArray<CorpusDiagnostic> Blocking, EquatableArray<StandoffDocument> ByteOrderMarkEvidence)
    {
        /// <summary>The scope checked with <paramref name="annotationFiles"/>, every parsed <c>.ann</c> file of the project in any order.</summary>
        public static CheckedScope Of(CorpusScope scope, ImmutableArray<ParsedFile> annotationFiles)
        {
            if (scope.Match is not { } match)
            {
                return new CheckedScope(scope, scope.Blocking, EquatableArray<StandoffDocument>.Empty);
            }

            var own = annotationFiles.Where(file => match.Contains(file.Path));
            var size = scope.Size.Plus(CorpusSize.Of(own));
            var blocking = CorpusBuilder.Blocking(match.Folder, size);
            var evidence = size.EveryFileMarked && blocking.Count == 0
                ? PathOrder.Sort(own.ToList(), f => f.Path).Select(f => f.Annotations!).ToEquatableArray()
                : EquatableArray<StandoffDocument>.Empty;
            return new CheckedScope(scope, blocking, evidence);
        }

        /// <summary>The corpus's files but its annotations, or null when it is not linked.</summary>
        public CorpusFiles? CatalogFiles()
            => Blocking.Count > 0 || Scope.Match is not { } match
                ? null
                : CorpusFiles.WithoutAnnotations(match.Folder, Scope.Files, ByteOrderMarkEvidence) with { FullPath = match.FullFolderPath };
    }
}
