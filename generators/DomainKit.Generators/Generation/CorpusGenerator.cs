using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using DomainKit.Generators.Common;
using DomainKit.Generators.Corpus;
using DomainKit.Generators.Corpus.Linking;
using DomainKit.Generators.Corpus.Standoff;
using DomainKit.Generators.Diagnostics;
using DomainKit.Generators.Generation.Emit;
using DomainKit.Generators.Generation.Emit.Data;
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

            // The annotations apart from the other corpus files: an annotation edit lists no other file again, and each
            // .ann file goes to its document's link on its own, without a corpus-wide list of the documents' inputs.
            // Each is picked and parsed in one node (not a Where and a Select): every node walks each file on every run.
            var annotationFiles = context.AdditionalTextsProvider
                .SelectMany(static (text, ct) => ParseIf(text, annotations: true, ct))
                .WithTrackingName(TrackingNames.ParsedAnnotations);
            var files = context.AdditionalTextsProvider
                .SelectMany(static (text, ct) => ParseIf(text, annotations: false, ct))
                .WithTrackingName(TrackingNames.ParsedFiles)
                .Collect()
                .Select(static (parsed, _) => PathOrder.Sort(parsed, f => f.Path).ToEquatableArray())
                .WithTrackingName(TrackingNames.CollectedFiles);

            // Per declaration: its files, checked with its annotation files' sizes (equal again after an annotation edit
            // within the limits), then the catalogs, which read no .ann file, so an annotation edit leaves them cached.
            var catalogs = declarations
                .Combine(files)
                .Combine(root)
                .Select(static (input, _) => CorpusScope.Of(input.Left.Left, input.Left.Right, input.Right))
                .WithTrackingName(TrackingNames.CorpusScopes)
                .Combine(annotationFiles.Collect())
                .Select(static (input, _) => CheckedScope.Of(input.Left, input.Right))
                .WithTrackingName(TrackingNames.CheckedScopes)
                .Select(static (scope, _) => new CatalogFiles(scope.Scope.Declaration, scope.Scope.Match, scope.CatalogFiles(), scope.Blocking))
                .WithTrackingName(TrackingNames.CatalogFiles)
                .Select(static (scope, _) => new CorpusCatalogs(scope.Declaration, scope.Match, scope.Files is null ? null : CatalogLinker.Link(scope.Files, scope.Declaration.Vocabulary), scope.Blocking))
                .WithTrackingName(TrackingNames.LinkedCatalogs);

            // One node per .ann file: paired with each corpus whose folder holds it and linked on its own, against what it
            // reads of that corpus's catalogs. Its link is split in two: its notes (and their diagnostics), and the rest,
            // which a note edit leaves equal, so that the merge, the data and the query files are not made again.
            var documents = annotationFiles
                .Combine(catalogs.Collect())
                .SelectMany(static (input, _) => DocumentInputs(input.Left, input.Right))
                .WithTrackingName(TrackingNames.DocumentInputs)
                .Select(static (input, _) => LinkedDocument.Of(input.Declaration, input.Input, input.Context))
                .WithTrackingName(TrackingNames.LinkedDocuments);
            var withoutNotes = documents
                .Select(static (document, _) => new DocumentWithoutNotes(document.Declaration, document.Path, document.WithoutNotes, document.Text))
                .WithTrackingName(TrackingNames.DocumentsWithoutNotes);
            // Each document's standoff layer laid out in its own numbering, so that a data edit lays out only its document's
            // again and the corpus's table moves the others' rows into place.
            var standoffRows = withoutNotes
                .Select(static (document, _) => new DeclaredStandoffRows(
                    document.Declaration, document.Link.Layer is { } layer && document.Text is not null ? DocumentStandoffWriter.Write(layer) : null))
                .WithTrackingName(TrackingNames.DocumentStandoffRows);
            // The notes are read from the linked documents as collected: a node of their own would be one more entry per
            // document for the driver to walk on every run.
            var documentNotes = documents.Collect();

            var corpora = catalogs
                .Combine(withoutNotes.Collect())
                .Select(static (input, _) => Merge(input.Left, input.Right))
                .WithTrackingName(TrackingNames.LinkedCorpora);

            // Each generated file from its own model (built by CorpusSources, which the tests call without Roslyn), so a
            // file whose model did not change is not written again.
            var emitted = corpora
                .Where(static result => result.Corpus is not null)
                .Select(static (result, _) => new EmittedCorpus(result.Declaration, result.Corpus!))
                .WithTrackingName(TrackingNames.EmittedCorpora);
            // The key indexes are laid out from their keys alone, so an edit that keeps every id and name finds them
            // cached.
            var keyIndexes = emitted
                .Select(static (corpus, _) => new DeclaredKeys(corpus.Declaration, KeyIndexKeys.Of(corpus.Corpus)))
                .WithTrackingName(TrackingNames.IndexKeys)
                .Select(static (keys, _) => new DeclaredKeyIndexes(keys.Declaration, KeyIndex.Build(keys.Keys)))
                .WithTrackingName(TrackingNames.KeyIndexes);
            // The documents' and actors' part of the data, which only a catalog edit changes: the data is written on from a
            // copy of it.
            var catalogTables = emitted
                .Select(static (corpus, _) => new DeclaredCatalog(corpus.Declaration, corpus.Corpus.Documents, corpus.Corpus.Actors))
                .WithTrackingName(TrackingNames.CatalogRecords)
                .Select(static (catalog, _) => new DeclaredCatalogTables(catalog.Declaration, CatalogTables.Of(catalog.Documents, catalog.Actors, catalog.Declaration.Vocabulary)))
                .WithTrackingName(TrackingNames.CatalogTables);
            // The data is written once per change of the corpus; each literal segment is its own file, so the compiler
            // receives (and parses) again only the segments an edit changed.
            var data = emitted
                .Combine(keyIndexes.Collect())
                .Combine(standoffRows.Collect())
                .Combine(catalogTables.Collect())
                .Select(static (input, _) => CorpusSources.Data(
                    input.Left.Left.Left.Declaration,
                    input.Left.Left.Left.Corpus,
                    input.Left.Left.Right.First(k => k.Declaration.Equals(input.Left.Left.Left.Declaration)).Indexes,
                    ByDocument(input.Left.Right, input.Left.Left.Left.Declaration),
                    input.Right.First(c => c.Declaration.Equals(input.Left.Left.Left.Declaration)).Tables))
                .WithTrackingName(TrackingNames.CompiledData);
            context.RegisterSourceOutput(
                data.Select(static (model, _) => model.Directory).WithTrackingName(TrackingNames.DataDirectory),
                static (spc, model) => Add(spc, CorpusEmitter.EmitData(model)));
            context.RegisterSourceOutput(
                data.SelectMany(static (model, _) => model.Segments).WithTrackingName(TrackingNames.DataSegments),
                static (spc, segment) => Add(spc, CorpusEmitter.EmitSegment(segment)));
            // The notes' own data: from every document's notes and where each document's annotations start, which only
            // an edit to the rest of the corpus changes. Only documents with notes are put in path order (the writer skips
            // the others), so a note edit does not sort a thousand documents.
            var noteData = emitted
                .Select(static (corpus, _) => new CorpusNumbering(corpus.Declaration, StandoffRowNumbering.Of(corpus.Corpus.Documents.Count, corpus.Corpus.Standoff)))
                .WithTrackingName(TrackingNames.StandoffRows)
                .Combine(documentNotes)
                .Select(static (input, _) => CorpusSources.Notes(
                    input.Left.Declaration, input.Left.Rows, InPathOrder(input.Right.Where(n => n.Notes.Notes.Count > 0), input.Left.Declaration).Select(n => (n.Notes.Document, n.Notes.Notes))))
                .WithTrackingName(TrackingNames.CompiledNotes);
            context.RegisterSourceOutput(noteData, static (spc, model) => Add(spc, CorpusEmitter.EmitNotes(model)));
            context.RegisterSourceOutput(
                emitted.Select(static (corpus, _) => ActorQueriesModel.From(corpus.Declaration, corpus.Corpus)).WithTrackingName(TrackingNames.ActorQueries),
                static (spc, model) => Add(spc, CorpusEmitter.EmitActors(model)));
            context.RegisterSourceOutput(
                emitted.SelectMany(static (corpus, _) => CorpusSources.Queries(corpus.Declaration, corpus.Corpus))
                    .WithTrackingName(TrackingNames.RecordQueries),
                static (spc, model) => Add(spc, CorpusEmitter.EmitQueries(model)));
            context.RegisterSourceOutput(
                emitted.Select(static (corpus, _) => corpus.Declaration).WithTrackingName(TrackingNames.MentionQueries),
                static (spc, declaration) => Add(spc, CorpusEmitter.EmitMentions(declaration)));
            context.RegisterSourceOutput(
                emitted.Select(static (corpus, _) => (corpus.Declaration, corpus.Corpus.StandoffTypes)).WithTrackingName(TrackingNames.TypeConstants),
                static (spc, model) => Add(spc, CorpusEmitter.EmitTypes(model.Declaration, model.StandoffTypes)));

            // The only output that reads where a declaration is: corpus-wide problems are reported there.
            // The notes' diagnostics join the rest here, in the same order as the CLI's.
            context.RegisterSourceOutput(sites.Combine(corpora.Collect()).Combine(documentNotes).Combine(helpFile).WithTrackingName(TrackingNames.ReportedDiagnostics), static (spc, input) =>
            {
                var (((site, results), notes), help) = input;
                var result = results.FirstOrDefault(r => r.Declaration.Equals(site.Declaration));
                if (result is null)
                {
                    return;
                }

                // Most documents have none: they are skipped before their diagnostics are enumerated, on every note edit.
                var noteDiagnostics = notes.Where(n => n.Notes.Diagnostics.Count > 0 && n.Declaration.Equals(site.Declaration)).SelectMany(n => n.Notes.Diagnostics);
                foreach (var diagnostic in CorpusDiagnostic.InFileOrder(result.Diagnostics.Concat(noteDiagnostics)))
                {
                    spc.ReportDiagnostic(DiagnosticFactory.Create(diagnostic.Span.IsCorpus ? diagnostic with { Span = site.Location } : diagnostic, help));
                }
            });
        }

        private static void Add(SourceProductionContext spc, (string HintName, string Source) file)
            => spc.AddSource(file.HintName, SourceText.From(file.Source, Encoding.UTF8));

        /// <summary>The file parsed when it is a corpus file and an annotation file or not, as asked; else nothing.</summary>
        private static ImmutableArray<ParsedFile> ParseIf(AdditionalText text, bool annotations, CancellationToken cancellationToken)
            => CorpusFileParser.Classify(text.Path) is { } kind && (kind == CorpusFileKind.Annotations) == annotations
                ? ImmutableArray.Create(AdditionalTextContent.Parse(text, cancellationToken))
                : ImmutableArray<ParsedFile>.Empty;

        /// <summary>The .ann file's input to its document's link in each corpus whose folder holds it.</summary>
        private static IEnumerable<DeclaredDocument> DocumentInputs(ParsedFile file, ImmutableArray<CorpusCatalogs> catalogs)
        {
            foreach (var corpus in catalogs)
            {
                if (corpus.Catalogs is { } linked && corpus.Match is { } match && file.Annotations is { } annotations && match.Contains(file.Path))
                {
                    yield return new DeclaredDocument(corpus.Declaration, CorpusLinker.DocumentInput(match.DocumentId(file.Path), annotations, linked), linked.Context);
                }
            }
        }

        /// <summary>
        /// The items of one corpus in the path order of their .ann files, the order the CLI links them in: the host's
        /// order of the files is not guaranteed, and which attestation the merge takes first (and which of two .ann
        /// files of one document the notes' table keeps) depends on it.
        /// </summary>
        private static IReadOnlyList<T> InPathOrder<T>(IEnumerable<T> items, CorpusDeclaration declaration)
            where T : IDeclaredFile
            => PathOrder.Sort(items.Where(item => item.Declaration.Equals(declaration)).ToList(), item => item.Path);

        /// <summary>The standoff rows of <paramref name="declaration"/>'s documents, by document.</summary>
        private static Dictionary<int, DocumentStandoffRows> ByDocument(ImmutableArray<DeclaredStandoffRows> rows, CorpusDeclaration declaration)
        {
            var byDocument = new Dictionary<int, DocumentStandoffRows>();
            foreach (var declared in rows)
            {
                if (declared.Rows is { } documentRows && declared.Declaration.Equals(declaration))
                {
                    byDocument[documentRows.Document] = documentRows;
                }
            }

            return byDocument;
        }

        private static CorpusResult Merge(CorpusCatalogs catalogs, ImmutableArray<DocumentWithoutNotes> documents)
        {
            if (catalogs.Catalogs is null)
            {
                return new CorpusResult(catalogs.Declaration, null, catalogs.Blocking);
            }

            var linked = CorpusLinker.Merge(catalogs.Catalogs, InPathOrder(documents, catalogs.Declaration).Select(d => d.Link).ToList());
            return new CorpusResult(catalogs.Declaration, linked.Corpus, linked.Diagnostics);
        }

        /// <summary>A linked corpus, or null when it could not be built, with its diagnostics.</summary>
        private sealed record CorpusResult(CorpusDeclaration Declaration, LinkedCorpus? Corpus, EquatableArray<CorpusDiagnostic> Diagnostics);

        /// <summary>A corpus's files but its annotations, or null with the reason it is not linked, and the folder that holds them.</summary>
        private sealed record CatalogFiles(CorpusDeclaration Declaration, CorpusFolderMatch? Match, CorpusFiles? Files, EquatableArray<CorpusDiagnostic> Blocking);

        /// <summary>A corpus's linked catalogs, or null with the reason it is not linked, and the folder whose .ann files are linked against them.</summary>
        private sealed record CorpusCatalogs(CorpusDeclaration Declaration, CorpusFolderMatch? Match, CatalogLink? Catalogs, EquatableArray<CorpusDiagnostic> Blocking);

        /// <summary>What one .ann file of a corpus is known by: the corpus and the file's path.</summary>
        private interface IDeclaredFile
        {
            CorpusDeclaration Declaration { get; }

            string Path { get; }
        }

        /// <summary>One .ann file to link, the corpus it belongs to and what it reads of that corpus's catalogs.</summary>
        private sealed record DeclaredDocument(CorpusDeclaration Declaration, DocumentLinkInput Input, DocumentContext Context);

        /// <summary>One linked .ann file of a corpus: its link without its notes, its notes, and its document's text.</summary>
        private sealed record LinkedDocument(CorpusDeclaration Declaration, string Path, DocumentLinkResult WithoutNotes, DocumentNotes Notes, string? Text) : IDeclaredFile
        {
            public static LinkedDocument Of(CorpusDeclaration declaration, DocumentLinkInput input, DocumentContext context)
            {
                var link = DocumentAnnotationLinker.Link(input, context);
                return new LinkedDocument(declaration, input.Annotations.Path, link.WithoutNotes(), DocumentNotes.Of(input.Document, link), input.Text?.Content);
            }
        }

        /// <summary>One linked .ann file of a corpus without its notes, and its document's text: what the merge and the document's standoff rows read.</summary>
        private sealed record DocumentWithoutNotes(CorpusDeclaration Declaration, string Path, DocumentLinkResult Link, string? Text) : IDeclaredFile;

        /// <summary>One document's standoff rows (none when it has no text), and the corpus it belongs to.</summary>
        private sealed record DeclaredStandoffRows(CorpusDeclaration Declaration, DocumentStandoffRows? Rows);

        /// <summary>Where each document's annotations start in a corpus's data.</summary>
        private sealed record CorpusNumbering(CorpusDeclaration Declaration, StandoffRowNumbering Rows);

        /// <summary>A corpus's documents and actors, as the catalogs gave them.</summary>
        private sealed record DeclaredCatalog(CorpusDeclaration Declaration, EquatableArray<DocumentModel> Documents, EquatableArray<ActorModel> Actors);

        /// <summary>A corpus's catalogs' part of its data (compared by reference: <see cref="CatalogTables"/>).</summary>
        private sealed record DeclaredCatalogTables(CorpusDeclaration Declaration, CatalogTables Tables);

        /// <summary>The keys of a corpus's key indexes.</summary>
        private sealed record DeclaredKeys(CorpusDeclaration Declaration, EquatableArray<KeyIndexKeys> Keys);

        /// <summary>A corpus's key indexes, laid out.</summary>
        private sealed record DeclaredKeyIndexes(CorpusDeclaration Declaration, EquatableArray<KeyIndex> Indexes);

        /// <summary>The linked corpus the emitters read, with its declaration.</summary>
        private sealed record EmittedCorpus(CorpusDeclaration Declaration, LinkedCorpus Corpus);
    }
}
