using System.Linq;
using DomainKit.Generators.Common;
using DomainKit.Generators.Corpus;
using DomainKit.Generators.Diagnostics;

namespace DomainKit.Generators.Generation
{
    /// <summary>
    /// The files of one declared corpus but its annotations (which the generator takes one by one), in path order, with
    /// their size and the folder they were matched by; or, for an invalid declaration, no match and the reason it is not
    /// linked. An annotation edit leaves it cached.
    /// </summary>
    internal sealed record CorpusScope(CorpusDeclaration Declaration, CorpusFolderMatch? Match, EquatableArray<ParsedFile> Files, CorpusSize Size, EquatableArray<CorpusDiagnostic> Blocking)
    {
        /// <summary>The files of <paramref name="files"/> (in path order) that lie in the declared folder.</summary>
        public static CorpusScope Of(CorpusDeclaration declaration, EquatableArray<ParsedFile> files, string? root)
        {
            if (!declaration.IsValid)
            {
                return new CorpusScope(declaration, null, EquatableArray<ParsedFile>.Empty, CorpusSize.Of(EquatableArray<ParsedFile>.Empty), new EquatableArray<CorpusDiagnostic>(new[]
                {
                    CorpusDiagnostic.Create(DiagnosticRules.InvalidDeclaration, SourceSpan.Corpus(declaration.Folder), declaration.ClassName),
                }));
            }

            var match = new CorpusFolderMatch(CorpusBuilder.NormalizePath(declaration.Folder), root);
            var own = files.Where(file => match.Contains(file.Path)).ToArray();
            return new CorpusScope(declaration, match, new EquatableArray<ParsedFile>(own), CorpusSize.Of(own), EquatableArray<CorpusDiagnostic>.Empty);
        }
    }
}
