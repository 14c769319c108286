namespace DomainKit.Generators.Diagnostics
{
    /// <summary>One entry of the diagnostic catalogue: a stable id, a title and a message format.</summary>
    internal sealed record DiagnosticRule(string Id, string Title, string MessageFormat, DiagnosticSeverityLevel Severity)
    {
        /// <summary>Documentation anchor for the rule, used as the diagnostic's help link.</summary>
        public string HelpLink => "https://github.com/domainkit/domainkit/blob/main/docs/diagnostics.md#" + Id.ToLowerInvariant();
    }
}
