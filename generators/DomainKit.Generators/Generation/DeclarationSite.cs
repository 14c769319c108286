using DomainKit.Generators.Diagnostics;

namespace DomainKit.Generators.Generation
{
    /// <summary>
    /// A declaration and where its class name is. Only the diagnostics output reads <see cref="Location"/>, so moving
    /// the declaration within its file re-reports diagnostics but neither relinks nor re-emits the corpus.
    /// </summary>
    internal sealed record DeclarationSite(CorpusDeclaration Declaration, SourceSpan Location);
}
