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
    /// each declaration are linked into an equatable model (through <see cref="CorpusBuilder"/>, as the CLI does);
    /// source is emitted from the model alone, and diagnostics are reported from their own output, the only one
    /// that reads where the declaration is.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class CorpusGenerator : IIncrementalGenerator
    {
        /// <summary>The MSBuild property (made compiler-visible) that corpus folders are relative to.</summary>
        public const string CorpusRootProperty = "build_property.DomainKitCorpusRoot";

        /// <summary>The MSBuild property (made compiler-visible) with the path of the diagnostics reference the package ships.</summary>
        public const string DiagnosticsHelpProperty = "build_property.DomainKitDiagnosticsHelp";

        /// <inheritdoc />
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var sites = context.SyntaxProvider
                .ForAttributeWithMetadataName(
                    CorpusDeclaration.AttributeName,
                    static (node, _) => node is ClassDeclarationSyntax,
                    static (ctx, ct) => CorpusDeclaration.From(ctx, ct))
                .WithTrackingName(TrackingNames.DeclarationSites);

            var declarations = sites
                .Select(static (site, _) => site.Declaration)
                .WithTrackingName(TrackingNames.Declarations);

            var root = context.AnalyzerConfigOptionsProvider
                .Select(static (options, _) => options.GlobalOptions.TryGetValue(CorpusRootProperty, out var value) && value.Length > 0 ? CorpusBuilder.NormalizePath(value) : null)
                .WithTrackingName(TrackingNames.CorpusRoot);

            var helpFile = context.AnalyzerConfigOptionsProvider
                .Select(static (options, _) => options.GlobalOptions.TryGetValue(DiagnosticsHelpProperty, out var value) ? value : string.Empty)
                .WithTrackingName(TrackingNames.HelpFile);

            var files = context.AdditionalTextsProvider
                .Where(static text => CorpusFileParser.Classify(text.Path) is not null)
                .Select(static (text, ct) => CorpusBuilder.Parse(text.Path, AdditionalTextContent.Read(text, CorpusFileParser.Classify(text.Path)!.Value, ct))!)
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
                if (result.Corpus is not null)
                {
                    foreach (var (hintName, source) in CorpusEmitter.Emit(result.Declaration, result.Corpus))
                    {
                        spc.AddSource(hintName, SourceText.From(source, Encoding.UTF8));
                    }
                }
            });

            // The only output that reads where a declaration is: corpus-wide problems are reported there.
            context.RegisterSourceOutput(sites.Combine(corpora.Collect()).Combine(helpFile), static (spc, input) =>
            {
                var ((site, results), help) = input;
                foreach (var result in results)
                {
                    if (!result.Declaration.Equals(site.Declaration))
                    {
                        continue;
                    }

                    foreach (var diagnostic in result.Diagnostics)
                    {
                        spc.ReportDiagnostic(DiagnosticFactory.Create(diagnostic.Span.IsCorpus ? diagnostic with { Span = site.Location } : diagnostic, help));
                    }

                    break;
                }
            });
        }

        private static CorpusResult Link(CorpusDeclaration declaration, EquatableArray<ParsedFile> files, string? root)
        {
            if (!declaration.IsValid)
            {
                return new CorpusResult(declaration, null, new EquatableArray<CorpusDiagnostic>(new[]
                {
                    CorpusDiagnostic.Create(DiagnosticRules.InvalidDeclaration, SourceSpan.Corpus(declaration.Folder), declaration.ClassName),
                }));
            }

            var folder = CorpusBuilder.NormalizePath(declaration.Folder);
            var linked = CorpusBuilder.Link(folder, files.Where(file => IsInFolder(file.Path, folder, root)).ToList(), declaration.Vocabulary);
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

        /// <summary>A linked corpus, or null when it could not be built, with its diagnostics.</summary>
        private sealed record CorpusResult(CorpusDeclaration Declaration, LinkedCorpus? Corpus, EquatableArray<CorpusDiagnostic> Diagnostics);
    }
}
