using System;
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
        private static readonly ConcurrentDictionary<(string Id, string HelpFile), DiagnosticDescriptor> s_descriptors = new();

        /// <summary>
        /// The Roslyn diagnostic. <paramref name="helpFile"/> is the full path of the docs/diagnostics.md the package
        /// ships (given by its MSBuild props), or empty: the help link then points at the rule's heading in that
        /// file, or there is none.
        /// </summary>
        public static Diagnostic Create(CorpusDiagnostic diagnostic, string helpFile)
        {
            var descriptor = s_descriptors.GetOrAdd((diagnostic.Id, helpFile), static key => Describe(DiagnosticRules.Get(key.Id), key.HelpFile));
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
            new LinePositionSpan(new LinePosition(span.Line, span.Column), new LinePosition(span.End.Line, span.End.Column)));

        /// <summary>A file URI with the rule's anchor, or empty without a file (an invalid path gives no link).</summary>
        public static string HelpLink(DiagnosticRule rule, string helpFile)
            => helpFile.Length > 0 && Uri.TryCreate(helpFile, UriKind.Absolute, out var uri) && uri.IsFile ? uri.AbsoluteUri + "#" + rule.Anchor : string.Empty;

        private static DiagnosticDescriptor Describe(DiagnosticRule rule, string helpFile) => new(
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
            helpLinkUri: HelpLink(rule, helpFile));
    }
}
