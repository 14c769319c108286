using DomainKit.Generators.Common;
using DomainKit.Generators.Diagnostics;

namespace DomainKit.Generators.Corpus
{
    /// <summary>A document's text as read, with the diagnostics about the file itself (such as CRLF).</summary>
    internal sealed record TextFile(string Path, string Content, EquatableArray<CorpusDiagnostic> Diagnostics);
}
