using System.Collections.Generic;
using System.Linq;
using DomainKit.Generators.Corpus.Schema;
using DomainKit.Generators.Corpus.Standoff;
using DomainKit.Generators.Diagnostics;

namespace DomainKit.Generators.Corpus.Linking
{
    /// <summary>
    /// brat's check that entity spans overlap only as annotation.conf allows (<see cref="OverlapRules"/>): every
    /// pair of entity text-bounds that share text is identical, nested or crossing, and both get a DK0039 when the
    /// conf does not allow it. Pairs are found with a sweep over spans sorted by start, so a document of spans that
    /// rarely overlap is checked in about n log n.
    /// </summary>
    internal static class SpanOverlapCheck
    {
        public static void Run(AnnotationSchema schema, IEnumerable<TextBoundAnnotation> textBounds, List<CorpusDiagnostic> diagnostics)
        {
            var entities = textBounds
                .Where(t => schema.IsEntity(t.Type))
                .Select(t => (Annotation: t, Start: t.Fragments.Min(f => f.Start), End: t.Fragments.Max(f => f.End)))
                .OrderBy(e => e.Start)
                .ToList();
            for (var i = 0; i < entities.Count; i++)
            {
                var a = entities[i];
                for (var j = i + 1; j < entities.Count && entities[j].Start < a.End; j++)
                {
                    var b = entities[j];
                    if (b.End <= a.Start)
                    {
                        continue;
                    }

                    if (a.Start == b.Start && a.End == b.End)
                    {
                        Check(schema, OverlapKind.Equal, a.Annotation, b.Annotation, "has the same span as", diagnostics);
                    }
                    else if (b.Start >= a.Start && b.End <= a.End)
                    {
                        Check(schema, OverlapKind.Contain, b.Annotation, a.Annotation, "is inside", diagnostics);
                    }
                    else if (a.Start >= b.Start && a.End <= b.End)
                    {
                        Check(schema, OverlapKind.Contain, a.Annotation, b.Annotation, "is inside", diagnostics);
                    }
                    else
                    {
                        Check(schema, OverlapKind.Cross, a.Annotation, b.Annotation, "crosses", diagnostics);
                    }
                }
            }
        }

        private static void Check(AnnotationSchema schema, OverlapKind kind, TextBoundAnnotation first, TextBoundAnnotation second, string how, List<CorpusDiagnostic> diagnostics)
        {
            if (OverlapRules.Allows(schema, kind, first.Type, second.Type))
            {
                return;
            }

            diagnostics.Add(CorpusDiagnostic.Create(DiagnosticRules.OverlapNotAllowed, first.Span, first.Id, first.Type, how, second.Id, second.Type));
            diagnostics.Add(CorpusDiagnostic.Create(DiagnosticRules.OverlapNotAllowed, second.Span, first.Id, first.Type, how, second.Id, second.Type));
        }
    }
}
