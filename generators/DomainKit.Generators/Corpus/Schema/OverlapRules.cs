using System.Collections.Generic;
using DomainKit.Generators.Common;

namespace DomainKit.Generators.Corpus.Schema
{
    /// <summary>How two spans overlap, in brat's terms (<c>&lt;OVL-TYPE&gt;</c> values).</summary>
    internal enum OverlapKind
    {
        Equal,
        Contain,
        Cross,
    }

    /// <summary>
    /// brat's rules for which entity spans may overlap: the conf's <c>&lt;OVERLAP&gt;</c> entries
    /// (<c>Arg1:Inner, Arg2:Outer, &lt;OVL-TYPE&gt;:contain|equal|cross|&lt;ANY&gt;</c>) and the older
    /// <c>ENTITY-NESTING</c>, which allows containment. Without a rule, entity spans may not overlap at all.
    /// </summary>
    internal static class OverlapRules
    {
        private const string NestingRelation = "ENTITY-NESTING";

        /// <summary>Whether an entity of type <paramref name="first"/> may overlap one of type <paramref name="second"/> that way; for <see cref="OverlapKind.Contain"/>, <paramref name="first"/> is the inner one.</summary>
        public static bool Allows(AnnotationSchema schema, OverlapKind kind, string first, string second)
        {
            var forward = Kinds(schema, first, second);
            var backward = Kinds(schema, second, first);
            var name = kind switch
            {
                OverlapKind.Equal => "equal",
                OverlapKind.Contain => "contain",
                _ => "cross",
            };
            return forward.Contains(name) || forward.Contains(AnnotationSchema.AnyType) || backward.Contains(AnnotationSchema.AnyType)
                || (kind != OverlapKind.Contain && backward.Contains(name));
        }

        /// <summary>The overlap kinds the conf allows between an inner type and an outer type (brat's <c>overlap_types</c>).</summary>
        private static HashSet<string> Kinds(AnnotationSchema schema, string inner, string outer)
        {
            var kinds = new HashSet<string>();
            var nesting = false;
            foreach (var rule in schema.Relations)
            {
                if ((rule.Name == AnnotationSchema.OverlapRelation || rule.Name == NestingRelation)
                    && schema.Accepts(rule.TypesAt(0), inner) && schema.Accepts(rule.TypesAt(1), outer))
                {
                    if (rule.Name == NestingRelation)
                    {
                        nesting = true;
                        continue;
                    }

                    foreach (var kind in rule.OverlapKinds)
                    {
                        kinds.Add(kind);
                    }
                }
            }

            // The <OVERLAP> form takes precedence over the older ENTITY-NESTING, which only allows containment.
            if (kinds.Count == 0 && nesting)
            {
                kinds.Add("contain");
            }

            return kinds;
        }
    }
}
