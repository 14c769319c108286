using System.Threading;
using DomainKit.Generators.Common;
using DomainKit.Generators.Corpus.Linking;
using DomainKit.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DomainKit.Generators.Generation
{
    /// <summary>
    /// What the generator needs from a <c>[DomainCorpus]</c> class to link and emit its corpus, copied out of the
    /// compilation so the pipeline caches it: no symbol or syntax node is kept, and no position in the file, so an
    /// edit elsewhere in the declaring file leaves it equal (<see cref="DeclarationSite"/> carries the position).
    /// </summary>
    internal sealed record CorpusDeclaration(string? Namespace, string ClassName, string Accessibility, string Folder, bool IsValid, RuntimeVocabulary Vocabulary)
    {
        public const string AttributeName = "DomainKit.DomainCorpusAttribute";

        public string FullName => Namespace is null ? ClassName : Namespace + "." + ClassName;

        public static DeclarationSite From(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var symbol = (INamedTypeSymbol)context.TargetSymbol;
            var syntax = (ClassDeclarationSyntax)context.TargetNode;
            var folder = context.Attributes[0].ConstructorArguments.Length == 1 && context.Attributes[0].ConstructorArguments[0].Value is string value ? value : string.Empty;
            var isValid = symbol.ContainingType is null && symbol.IsStatic && syntax.Modifiers.Any(SyntaxKind.PartialKeyword) && symbol.TypeParameters.Length == 0
                && !MemberNames.IsGeneratedInCorpusClass(symbol.Name);
            var location = syntax.Identifier.GetLocation();
            var lineSpan = location.GetLineSpan();
            var declaration = new CorpusDeclaration(
                symbol.ContainingNamespace.IsGlobalNamespace ? null : symbol.ContainingNamespace.ToDisplayString(),
                symbol.Name,
                symbol.DeclaredAccessibility == Microsoft.CodeAnalysis.Accessibility.Public ? "public" : "internal",
                folder,
                isValid,
                // Read here, not from CompilationProvider: this transform re-runs only when the declaring file changes,
                // not on every keystroke anywhere in the compilation.
                VocabularyReader.Read(context.SemanticModel.Compilation));
            return new DeclarationSite(
                declaration,
                new SourceSpan(lineSpan.Path, lineSpan.StartLinePosition.Line, lineSpan.StartLinePosition.Character, location.SourceSpan.Start, location.SourceSpan.Length));
        }
    }
}
