namespace DomainKit.Generators.Diagnostics
{
    /// <summary>Severity of a corpus diagnostic, independent of Roslyn so the CLI can use it too.</summary>
    internal enum DiagnosticSeverityLevel
    {
        Info,
        Warning,
        Error,
    }
}
