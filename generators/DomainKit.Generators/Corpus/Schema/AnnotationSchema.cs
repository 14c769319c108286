using DomainKit.Generators.Common;
using DomainKit.Generators.Diagnostics;

namespace DomainKit.Generators.Corpus.Schema
{
    /// <summary>How often a role may appear: brat's suffixes none, '?', '*' and '+'.</summary>
    internal enum RoleCardinality
    {
        ExactlyOne,
        Optional,
        Any,
        OneOrMore,
    }

    /// <summary>One role of an event type and the annotation types it accepts.</summary>
    internal sealed record RoleSchema(string Name, RoleCardinality Cardinality, EquatableArray<string> Types)
    {
        public bool AllowsMany => Cardinality is RoleCardinality.Any or RoleCardinality.OneOrMore;

        public bool IsRequired => Cardinality is RoleCardinality.ExactlyOne or RoleCardinality.OneOrMore;
    }

    /// <summary>An event type of <c>[events]</c>.</summary>
    internal sealed record EventTypeSchema(string Name, EquatableArray<RoleSchema> Roles);

    /// <summary>A relation type of <c>[relations]</c> with the types its two arguments accept.</summary>
    internal sealed record RelationTypeSchema(string Name, EquatableArray<string> Arg1Types, EquatableArray<string> Arg2Types);

    /// <summary>An attribute of <c>[attributes]</c>; no values means a binary attribute.</summary>
    internal sealed record AttributeSchema(string Name, EquatableArray<string> Targets, EquatableArray<string> Values);

    /// <summary>A parsed brat <c>annotation.conf</c>.</summary>
    internal sealed record AnnotationSchema(
        string Path,
        EquatableArray<string> Entities,
        EquatableArray<EventTypeSchema> Events,
        EquatableArray<RelationTypeSchema> Relations,
        EquatableArray<AttributeSchema> Attributes,
        EquatableArray<CorpusDiagnostic> Diagnostics)
    {
        public bool IsEntity(string type) => Contains(Entities, type);

        public EventTypeSchema? FindEvent(string type) => Find(Events, type, static e => e.Name);

        public RelationTypeSchema? FindRelation(string type) => Find(Relations, type, static r => r.Name);

        public AttributeSchema? FindAttribute(string name) => Find(Attributes, name, static a => a.Name);

        internal static bool Contains(EquatableArray<string> values, string value)
        {
            foreach (var item in values)
            {
                if (item == value)
                {
                    return true;
                }
            }

            return false;
        }

        private static T? Find<T>(EquatableArray<T> items, string name, System.Func<T, string> key)
            where T : class, System.IEquatable<T>
        {
            foreach (var item in items)
            {
                if (key(item) == name)
                {
                    return item;
                }
            }

            return null;
        }
    }
}
