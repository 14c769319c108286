using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using DomainKit.Generators.Common;
using DomainKit.Generators.Corpus;
using DomainKit.Generators.Corpus.Linking;
using DomainKit.Generators.Diagnostics;
using DomainKit.Generators.Generation.Emit;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace DomainKit.Generators.Generation
{
    /// <summary>
    /// Compiles brat standoff corpora into typed datasets for every <c>[DomainCorpus("folder")]</c> class.
    /// Pipeline: each corpus file is parsed on its own (an edit re-parses only that file); the parsed files and
    /// each declaration are linked into an equatable model; source and diagnostics are emitted from it.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class CorpusGenerator : IIncrementalGenerator
    {
        /// <summary>The MSBuild property (made compiler-visible) that corpus folders are relative to.</summary>
        public const string CorpusRootProperty = "build_property.DomainKitCorpusRoot";

        /// <inheritdoc />
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var declarations = context.SyntaxProvider
                .ForAttributeWithMetadataName(
                    CorpusDeclaration.AttributeName,
                    static (node, _) => node is ClassDeclarationSyntax,
                    static (ctx, ct) => CorpusDeclaration.From(ctx, ct))
                .WithTrackingName(TrackingNames.Declarations);

            var root = context.AnalyzerConfigOptionsProvider
                .Select(static (options, _) => options.GlobalOptions.TryGetValue(CorpusRootProperty, out var value) && value.Length > 0 ? NormalizePath(value) : null)
                .WithTrackingName(TrackingNames.CorpusRoot);

            var files = context.AdditionalTextsProvider
                .Where(static text => CorpusFileParser.Classify(text.Path) is not null)
                .Select(static (text, ct) => CorpusFileParser.Parse(NormalizePath(text.Path), CorpusFileParser.Classify(text.Path)!.Value,
                    AdditionalTextContent.Read(text, CorpusFileParser.Classify(text.Path)!.Value, ct)))
                .WithTrackingName(TrackingNames.ParsedFiles)
                .Collect()
                .Select(static (parsed, _) => parsed.OrderBy(f => f.Path, StringComparer.Ordinal).ToEquatableArray())
                .WithTrackingName(TrackingNames.CollectedFiles);

            var corpora = declarations
                .Combine(files)
                .Combine(root)
                .Select(static (input, _) => Link(input.Left.Left, input.Left.Right, input.Right))
                .WithTrackingName(TrackingNames.LinkedCorpora);

            context.RegisterSourceOutput(corpora, static (spc, result) =>
            {
                foreach (var diagnostic in result.Diagnostics)
                {
                    spc.ReportDiagnostic(DiagnosticFactory.Create(diagnostic));
                }

                if (result.Corpus is not null)
                {
                    foreach (var (hintName, source) in CorpusEmitter.Emit(result.Declaration, result.Corpus))
                    {
                        spc.AddSource(hintName, SourceText.From(source, Encoding.UTF8));
                    }
                }
            });
        }

        private static CorpusResult Link(CorpusDeclaration declaration, EquatableArray<ParsedFile> files, string? root)
        {
            if (!declaration.IsValid)
            {
                return new CorpusResult(declaration, null, new EquatableArray<CorpusDiagnostic>(new[]
                {
                    CorpusDiagnostic.Create(DiagnosticRules.InvalidDeclaration, declaration.Location, declaration.ClassName),
                }));
            }

            var folder = NormalizePath(declaration.Folder);
            var inFolder = files.Where(file => IsInFolder(file.Path, folder, root)).ToList();
            if (inFolder.Count == 0)
            {
                return new CorpusResult(declaration, null, new EquatableArray<CorpusDiagnostic>(new[]
                {
                    CorpusDiagnostic.Create(DiagnosticRules.EmptyCorpus, declaration.Location, declaration.Folder),
                }));
            }

            var overLimits = CorpusLimits.CheckCorpus(folder, inFolder, declaration.Location);
            if (overLimits.Count > 0)
            {
                return new CorpusResult(declaration, null, overLimits.ToEquatableArray());
            }

            var corpusFiles = CorpusFiles.From(folder, inFolder);
            var linked = CorpusLinker.Link(corpusFiles, declaration.Vocabulary);
            return new CorpusResult(declaration, linked.Corpus, linked.Diagnostics);
        }

        /// <summary>
        /// A file belongs to a corpus when it lies in the corpus folder (or below it). With the project directory
        /// known the folder is resolved from it; without (as in a bare compilation), a folder whose path ends with
        /// the declared one matches.
        /// </summary>
        private static bool IsInFolder(string path, string folder, string? root)
        {
            var directory = path.Substring(0, Math.Max(0, path.LastIndexOf('/')));
            if (root is not null)
            {
                var full = folder.StartsWith("/", StringComparison.Ordinal) || folder.Contains(":") ? folder : root + "/" + folder;
                return directory == full || directory.StartsWith(full + "/", StringComparison.Ordinal);
            }

            return directory == folder || directory.EndsWith("/" + folder, StringComparison.Ordinal) || directory.Contains("/" + folder + "/");
        }

        private static string NormalizePath(string path) => path.Replace('\\', '/').TrimEnd('/');

        /// <summary>A linked corpus, or null when it could not be built, with its diagnostics.</summary>
        private sealed record CorpusResult(CorpusDeclaration Declaration, LinkedCorpus? Corpus, EquatableArray<CorpusDiagnostic> Diagnostics);
    }
}
