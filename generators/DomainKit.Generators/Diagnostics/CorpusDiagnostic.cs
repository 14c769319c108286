using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DomainKit.Generators.Common;

namespace DomainKit.Generators.Diagnostics
{
    /// <summary>A problem found in a corpus: which rule, where, and the values the message names.</summary>
    internal sealed record CorpusDiagnostic(string Id, SourceSpan Span, EquatableArray<string> Arguments)
    {
        public static CorpusDiagnostic Create(DiagnosticRule rule, SourceSpan span, params string[] arguments)
            => new(rule.Id, span, new EquatableArray<string>(arguments));

        /// <summary>The diagnostics in the order they are reported: by file, line, column and rule.</summary>
        public static EquatableArray<CorpusDiagnostic> InFileOrder(IEnumerable<CorpusDiagnostic> diagnostics)
            => diagnostics
                .OrderBy(d => d.Span.Path, StringComparer.Ordinal)
                .ThenBy(d => d.Span.Line)
                .ThenBy(d => d.Span.Column)
                .ThenBy(d => d.Id, StringComparer.Ordinal)
                .ToEquatableArray();

        /// <summary>Further places the problem concerns, such as the text a mismatching span covers (DK0002).</summary>
        public EquatableArray<SourceSpan> AlsoAt { get; init; }

        public DiagnosticRule Rule => DiagnosticRules.Get(Id);

        public string Message
        {
            get
            {
                var args = new object[Arguments.Count];
                for (var i = 0; i < args.Length; i++)
                {
                    args[i] = Arguments[i];
                }

                return string.Format(CultureInfo.InvariantCulture, Rule.MessageFormat, args);
            }
        }

        public override string ToString()
            => $"{Span}: {Rule.Severity.ToString().ToLowerInvariant()} {Id}: {Message}" + (AlsoAt.Count == 0 ? string.Empty : " (see " + string.Join(", ", AlsoAt) + ")");
    }
}
