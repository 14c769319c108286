using System.Collections.Concurrent;
using DomainKit.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace DomainKit.Generators.Generation
{
    /// <summary>Turns plain <see cref="CorpusDiagnostic"/> data into Roslyn diagnostics at report time.</summary>
    internal static class DiagnosticFactory
    {
        private const string Category = "DomainKit.Corpus";
        private static readonly ConcurrentDictionary<string, DiagnosticDescriptor> s_descriptors = new();

        public static Diagnostic Create(CorpusDiagnostic diagnostic)
        {
            var descriptor = s_descriptors.GetOrAdd(diagnostic.Id, static id => Describe(DiagnosticRules.Get(id)));
            var additionalLocations = new Location[diagnostic.AlsoAt.Count];
            for (var i = 0; i < additionalLocations.Length; i++)
            {
                additionalLocations[i] = ToLocation(diagnostic.AlsoAt[i]);
            }

            var arguments = new object[diagnostic.Arguments.Count];
            for (var i = 0; i < arguments.Length; i++)
            {
                arguments[i] = diagnostic.Arguments[i];
            }

            return Diagnostic.Create(descriptor, ToLocation(diagnostic.Span), additionalLocations, arguments);
        }

        private static Location ToLocation(SourceSpan span) => Location.Create(
            span.Path,
            new TextSpan(span.Start, span.Length),
            new LinePositionSpan(new LinePosition(span.Line, span.Column), new LinePosition(span.Line, span.Column + span.Length)));

        private static DiagnosticDescriptor Describe(DiagnosticRule rule) => new(
            rule.Id,
            rule.Title,
            rule.MessageFormat,
            Category,
            rule.Severity switch
            {
                DiagnosticSeverityLevel.Error => DiagnosticSeverity.Error,
                DiagnosticSeverityLevel.Warning => DiagnosticSeverity.Warning,
                _ => DiagnosticSeverity.Info,
            },
            isEnabledByDefault: true,
            helpLinkUri: rule.HelpLink);
    }
}
