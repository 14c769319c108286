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
            // Each layer's names were collected when it was linked (a large corpus's layers hold millions of annotations).
            var annotations = new HashSet<string>(StringComparer.Ordinal);
            var relations = new HashSet<string>(StringComparer.Ordinal);
            var attributes = new HashSet<string>(StringComparer.Ordinal);
            annotations.UnionWith(schema?.Entities ?? EquatableArray<string>.Empty);
            annotations.UnionWith((schema?.Events ?? EquatableArray<EventTypeSchema>.Empty).Where(e => !e.Abstract).Select(e => e.Name));
            relations.UnionWith((schema?.Relations ?? EquatableArray<RelationTypeSchema>.Empty)
                .Where(r => !r.Abstract && r.Name != AnnotationSchema.OverlapRelation)
                .Select(r => r.Name));
            attributes.UnionWith((schema?.Attributes ?? EquatableArray<AttributeSchema>.Empty).Select(a => a.Name));
            foreach (var layer in layers)
            {
                annotations.UnionWith(layer.TypeNames.Annotations);
                relations.UnionWith(layer.TypeNames.Relations);
                attributes.UnionWith(layer.TypeNames.Attributes);
            }

            return new StandoffTypeNames(Sorted(annotations), Sorted(relations), Sorted(attributes));
        }

        private static EquatableArray<string> Sorted(IEnumerable<string> names)
            => names.Where(n => n.Length > 0 && !n.StartsWith("<", StringComparison.Ordinal)).OrderBy(n => n, StringComparer.Ordinal).ToEquatableArray();
    }
}
