using DomainKit.Generators.Common;

namespace DomainKit.Generators.Corpus.Schema
{
    /// <summary>A problem in an annotation.conf line: <see cref="DropsSchema"/> when brat then ignores the whole file.</summary>
    internal readonly record struct SchemaProblem(SourceLine Line, string Reason, bool DropsSchema);
}
