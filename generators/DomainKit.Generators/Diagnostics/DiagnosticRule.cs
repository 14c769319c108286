namespace DomainKit.Generators.Diagnostics
{
    /// <summary>One entry of the diagnostic catalogue: a stable id, a title and a message format.</summary>
    internal sealed record DiagnosticRule(string Id, string Title, string MessageFormat, DiagnosticSeverityLevel Severity)
    {
        /// <summary>The rule's heading anchor in docs/diagnostics.md (<c>dk0002</c>).</summary>
        public string Anchor => Id.ToLowerInvariant();
    }
}
