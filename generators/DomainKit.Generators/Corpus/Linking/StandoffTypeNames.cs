using System;
using System.Collections.Generic;
using System.Linq;
using DomainKit.Generators.Common;
using DomainKit.Generators.Corpus.Schema;

namespace DomainKit.Generators.Corpus.Linking
{
    /// <summary>
    /// The type names of a corpus's standoff layer, for the generated constants: what annotation.conf declares (not
    /// abstract, not brat's special entries) and whatever the annotations use, ordinal order, per kind. Entity and event
    /// types share one namespace in brat (an event's trigger is a span of the event's type), so they are one list.
    /// </summary>
    internal sealed record StandoffTypeNames(EquatableArray<string> Annotations, EquatableArray<string> Relations, EquatableArray<string> Attributes)
    {
        public static StandoffTypeNames From(AnnotationSchema? schema, IReadOnlyList<StandoffLayerModel> layers)
        {
            var annotations = (schema?.Entities ?? EquatableArray<string>.Empty)
                .Concat((schema?.Events ?? EquatableArray<EventTypeSchema>.Empty).Where(e => !e.Abstract).Select(e => e.Name))
                .Concat(layers.SelectMany(l => l.TextBounds.Select(t => t.Type).Concat(l.Events.Select(e => e.Type))));
            var relations = (schema?.Relations ?? EquatableArray<RelationTypeSchema>.Empty)
                .Where(r => !r.Abstract && r.Name != AnnotationSchema.OverlapRelation)
                .Select(r => r.Name)
                .Concat(layers.SelectMany(l => l.Relations.Select(r => r.Type)));
            var attributes = (schema?.Attributes ?? EquatableArray<AttributeSchema>.Empty).Select(a => a.Name)
                .Concat(layers.SelectMany(l => l.Attributes.Select(a => a.Name)));
            return new StandoffTypeNames(Sorted(annotations), Sorted(relations), Sorted(attributes));
        }

        private static EquatableArray<string> Sorted(IEnumerable<string> names)
            => names.Where(n => n.Length > 0 && !n.StartsWith("<", StringComparison.Ordinal)).Distinct().OrderBy(n => n, StringComparer.Ordinal).ToEquatableArray();
    }
}
