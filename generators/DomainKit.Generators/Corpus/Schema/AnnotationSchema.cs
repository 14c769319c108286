using System.Collections.Generic;
using DomainKit.Generators.Common;
using DomainKit.Generators.Diagnostics;

namespace DomainKit.Generators.Corpus.Schema
{
    /// <summary>
    /// One argument of a type: its role name, how often it may appear (brat's none, '?', '*', '+', '{N}', '{N-M}')
    /// and the types it accepts, which may be <c>&lt;ENTITY&gt;</c>, <c>&lt;EVENT&gt;</c> or <c>&lt;ANY&gt;</c>.
    /// </summary>
    internal sealed record RoleSchema(string Name, int Minimum, int Maximum, EquatableArray<string> Types)
    {
        public bool AllowsMany => Maximum > 1;

        public bool IsRequired => Minimum > 0;
    }

    /// <summary>An event type of <c>[events]</c>; <see cref="Abstract"/> (<c>!</c>) types only group others.</summary>
    internal sealed record EventTypeSchema(string Name, bool Abstract, EquatableArray<RoleSchema> Roles);

    /// <summary>
    /// A relation type of <c>[relations]</c>: its arguments by position (usually Arg1, Arg2), and brat's options,
    /// <c>&lt;REL-TYPE&gt;</c> (symmetric, transitive) and, on an <c>&lt;OVERLAP&gt;</c> entry, <c>&lt;OVL-TYPE&gt;</c>.
    /// </summary>
    internal sealed record RelationTypeSchema(string Name, bool Abstract, EquatableArray<RoleSchema> Roles, EquatableArray<string> RelationKinds, EquatableArray<string> OverlapKinds)
    {
        /// <summary>The types the argument at <paramref name="position"/> accepts; none when the conf gives no such argument.</summary>
        public EquatableArray<string> TypesAt(int position) => position < Roles.Count ? Roles[position].Types : EquatableArray<string>.Empty;
    }

    /// <summary>An attribute of <c>[attributes]</c>; no values means a binary attribute.</summary>
    internal sealed record AttributeSchema(string Name, EquatableArray<string> Targets, EquatableArray<string> Values);

    /// <summary>
    /// A parsed brat <c>annotation.conf</c>. Each list holds every type line of its section in file order,
    /// abstract ones and repeats included, as brat counts them. When brat would drop the whole file (an undefined
    /// macro, an indent without a parent...), this is brat's minimal built-in configuration instead and
    /// <see cref="Diagnostics"/> says why.
    /// </summary>
    internal sealed record AnnotationSchema(
        string Path,
        EquatableArray<string> Entities,
        EquatableArray<EventTypeSchema> Events,
        EquatableArray<RelationTypeSchema> Relations,
        EquatableArray<AttributeSchema> Attributes,
        EquatableArray<CorpusDiagnostic> Diagnostics)
    {
        public const string AnyType = "<ANY>";
        public const string EntityType = "<ENTITY>";
        public const string EventType = "<EVENT>";
        public const string RelationType = "<RELATION>";
        public const string OverlapRelation = "<OVERLAP>";

        public bool IsEntity(string type) => Contains(Entities, type);

        public bool IsEvent(string type) => FindEvent(type) is not null;

        public EventTypeSchema? FindEvent(string type) => Find(Events, type, static e => e.Name);

        /// <summary>
        /// The declarations of relation type <paramref name="type"/> annotations may use (a name may be declared for
        /// several pairs of types): not abstract, not brat's special <c>&lt;OVERLAP&gt;</c> entries.
        /// </summary>
        public IEnumerable<RelationTypeSchema> FindRelations(string type)
        {
            foreach (var relation in Relations)
            {
                if (relation.Name == type && !relation.Abstract && relation.Name != OverlapRelation)
                {
                    yield return relation;
                }
            }
        }

        public RelationTypeSchema? FindRelation(string type)
        {
            foreach (var relation in FindRelations(type))
            {
                return relation;
            }

            return null;
        }

        public bool IsRelation(string type) => FindRelation(type) is not null;

        /// <summary>Every declaration of attribute <paramref name="name"/> (a conf may declare one name for several targets).</summary>
        public IEnumerable<AttributeSchema> FindAttributes(string name)
        {
            foreach (var attribute in Attributes)
            {
                if (attribute.Name == name)
                {
                    yield return attribute;
                }
            }
        }

        /// <summary>Whether a list of argument types accepts <paramref name="type"/>, with brat's <c>&lt;ANY&gt;</c>, <c>&lt;ENTITY&gt;</c>, <c>&lt;EVENT&gt;</c> and <c>&lt;RELATION&gt;</c>.</summary>
        public bool Accepts(EquatableArray<string> allowed, string type)
            => Contains(allowed, type) || Contains(allowed, AnyType)
                || (Contains(allowed, EntityType) && IsEntity(type))
                || (Contains(allowed, EventType) && IsEvent(type))
                || (Contains(allowed, RelationType) && IsRelation(type));

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
