using System;
using System.Collections.Generic;
using System.Linq;
using DomainKit.Generators.Common;
using DomainKit.Generators.Corpus.Standoff;

namespace DomainKit.Generators.Corpus.Linking
{
    /// <summary>
    /// Builds a document's <see cref="StandoffLayerModel"/> from the annotations that passed their own checks. An
    /// annotation that points at one that did not (whose line has the diagnostic) is left out with it, so the layer
    /// never refers to anything missing.
    /// </summary>
    internal static class StandoffLayerBuilder
    {
        public static StandoffLayerModel Build(
            int document,
            StandoffDocument annotations,
            Func<string, bool> isValidTextBound,
            ISet<string> acceptedEvents,
            IEnumerable<AttributeAnnotation> attributes,
            IEnumerable<NormalizationAnnotation> normalizations,
            IEnumerable<RelationAnnotation> relations,
            IEnumerable<NoteAnnotation> notes,
            IEnumerable<EquivalenceAnnotation> equivalences,
            Func<TextBoundAnnotation, SpanModel> spanOf)
        {
            var textBounds = FirstDefinitions(annotations.TextBounds, t => t.Id).Where(t => isValidTextBound(t.Id)).ToList();
            var textBoundIndex = Index(textBounds, t => t.Id);
            var events = Resolvable(FirstDefinitions(annotations.Events, e => e.Id).Where(e => acceptedEvents.Contains(e.Id)).ToList(), textBoundIndex);
            var eventIndex = Index(events, e => e.Id);

            AnnotationRef? Ref(string id)
                => textBoundIndex.TryGetValue(id, out var t) ? new AnnotationRef(AnnotationKind.TextBound, t)
                    : eventIndex.TryGetValue(id, out var e) ? new AnnotationRef(AnnotationKind.Event, e)
                    : null;

            var layerRelations = relations.Where(r => Ref(r.Arg1) is not null && Ref(r.Arg2) is not null).ToList();
            var relationIndex = Index(layerRelations, r => r.Id);

            // Attributes and notes may also be on relations, as in brat.
            AnnotationRef? TargetRef(string id)
                => Ref(id) ?? (relationIndex.TryGetValue(id, out var r) ? new AnnotationRef(AnnotationKind.Relation, r) : null);

            return new StandoffLayerModel(
                document,
                textBounds.Select(t => new TextBoundModel(t.Id, t.Type, spanOf(t))).ToEquatableArray(),
                events.Select(e => new EventModel(
                    e.Id,
                    e.Type,
                    textBoundIndex[e.Trigger],
                    e.Arguments.Select(a => new EventArgumentModel(a.Role, Ref(a.Target)!.Value)).ToEquatableArray())).ToEquatableArray(),
                attributes.Where(a => TargetRef(a.Target) is not null).Select(a => new AttributeModel(a.Id, a.Name, TargetRef(a.Target)!.Value, a.Value)).ToEquatableArray(),
                normalizations.Where(n => Ref(n.Target) is not null)
                    .Select(n => new NormalizationModel(n.Id, n.Type, Ref(n.Target)!.Value, n.Database, n.Value, n.Label)).ToEquatableArray(),
                layerRelations.Select(r => new AnnotationRelationModel(r.Id, r.Type, r.Role1, Ref(r.Arg1)!.Value, r.Role2, Ref(r.Arg2)!.Value)).ToEquatableArray(),
                notes.Where(n => TargetRef(n.Target) is not null).Select(n => new NoteModel(n.Id, n.Type, TargetRef(n.Target)!.Value, n.Text)).ToEquatableArray(),
                equivalences.Where(q => q.Members.All(m => Ref(m) is not null))
                    .Select(q => new EquivalenceModel(q.Type, q.Members.Select(m => Ref(m)!.Value).ToEquatableArray())).ToEquatableArray());
        }

        /// <summary>
        /// The events whose trigger and arguments are all in the layer. An event may be an argument of another, so
        /// leaving one out leaves out the events that point at it, and so on: a worklist keeps this linear.
        /// </summary>
        private static List<EventAnnotation> Resolvable(List<EventAnnotation> events, Dictionary<string, int> textBounds)
        {
            var kept = new HashSet<string>(events.Select(e => e.Id));
            var pointedAtBy = new Dictionary<string, List<string>>();
            var dropped = new Stack<string>();
            foreach (var e in events)
            {
                if (!textBounds.ContainsKey(e.Trigger) || e.Arguments.Any(a => !textBounds.ContainsKey(a.Target) && !kept.Contains(a.Target)))
                {
                    dropped.Push(e.Id);
                }

                foreach (var argument in e.Arguments.Where(a => kept.Contains(a.Target)))
                {
                    if (!pointedAtBy.TryGetValue(argument.Target, out var referrers))
                    {
                        pointedAtBy[argument.Target] = referrers = new List<string>();
                    }

                    referrers.Add(e.Id);
                }
            }

            while (dropped.Count > 0)
            {
                var id = dropped.Pop();
                if (kept.Remove(id) && pointedAtBy.TryGetValue(id, out var referrers))
                {
                    foreach (var referrer in referrers)
                    {
                        dropped.Push(referrer);
                    }
                }
            }

            return events.Where(e => kept.Contains(e.Id)).ToList();
        }

        private static IEnumerable<T> FirstDefinitions<T>(EquatableArray<T> items, Func<T, string> id)
            where T : IEquatable<T>
        {
            var seen = new HashSet<string>();
            foreach (var item in items)
            {
                if (seen.Add(id(item)))
                {
                    yield return item;
                }
            }
        }

        private static Dictionary<string, int> Index<T>(List<T> items, Func<T, string> id)
        {
            var index = new Dictionary<string, int>();
            for (var i = 0; i < items.Count; i++)
            {
                index.Add(id(items[i]), i);
            }

            return index;
        }
    }
}
