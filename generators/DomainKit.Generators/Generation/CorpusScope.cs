using System.Linq;
using DomainKit.Generators.Common;
using DomainKit.Generators.Corpus;
using DomainKit.Generators.Diagnostics;

namespace DomainKit.Generators.Generation
{
    /// <summary>
    /// The files of one declared corpus, grouped by what they are, or null with the reason it is not linked (an
    /// invalid declaration, an empty folder, a size limit).
    /// </summary>
    internal sealed record CorpusScope(CorpusDeclaration Declaration, CorpusFiles? Files, EquatableArray<CorpusDiagnostic> Blocking)
    {
        public static CorpusScope Of(CorpusDeclaration declaration, EquatableArray<ParsedFile> files, string? root)
        {
            if (!declaration.IsValid)
            {
                return new CorpusScope(declaration, null, new EquatableArray<CorpusDiagnostic>(new[]
                {
                    CorpusDiagnostic.Create(DiagnosticRules.InvalidDeclaration, SourceSpan.Corpus(declaration.Folder), declaration.ClassName),
                }));
            }

            var folder = CorpusBuilder.NormalizePath(declaration.Folder);
            var match = new CorpusFolderMatch(folder, root);
            var (gathered, blocking) = CorpusBuilder.Gather(folder, files.Where(file => match.Contains(file.Path)).ToList());
            return new CorpusScope(declaration, gathered is null ? null : gathered with { FullPath = CorpusFolderMatch.FullPath(folder, root) }, blocking);
        }
    }
}
