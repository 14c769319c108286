using System.Collections.Generic;
using DomainKit.Generators.Common;
using DomainKit.Generators.Diagnostics;

namespace DomainKit.Generators.Corpus.Schema
{
    /// <summary>
    /// Reads brat's <c>annotation.conf</c>: the <c>[entities]</c>, <c>[relations]</c>, <c>[events]</c> and
    /// <c>[attributes]</c> sections. Indentation (brat's type hierarchy), <c>!</c> (non-selectable types),
    /// macros and <c>&lt;...&gt;</c> special entries are accepted; only names, roles and values matter here.
    /// </summary>
    internal static class SchemaParser
    {
        public static AnnotationSchema Parse(string path, string content)
        {
            var entities = new List<string>();
            var events = new List<EventTypeSchema>();
            var relations = new List<RelationTypeSchema>();
            var attributes = new List<AttributeSchema>();
            var diagnostics = new List<CorpusDiagnostic>();
            var section = string.Empty;

            foreach (var line in SourceLine.Split(path, content))
            {
                var text = line.Text.Trim();
                if (text.Length == 0 || text[0] == '#' || text.Trim('-').Length == 0)
                {
                    continue;
                }

                if (text[0] == '[' && text[text.Length - 1] == ']')
                {
                    section = text.Substring(1, text.Length - 2).Trim();
                    continue;
                }

                var tab = text.IndexOfAny(new[] { '\t', ' ' });
                var name = (tab < 0 ? text : text.Substring(0, tab)).TrimStart('!');
                var spec = tab < 0 ? string.Empty : text.Substring(tab + 1).Trim();
                if (name.Length == 0 || name[0] == '<')
                {
                    continue;
                }

                string? error = section switch
                {
                    "entities" => AddEntity(entities, name),
                    "events" => AddEvent(events, name, spec),
                    "relations" => AddRelation(relations, name, spec),
                    "attributes" => AddAttribute(attributes, name, spec),
                    _ => $"it is outside the [entities], [relations], [events] and [attributes] sections",
                };
                if (error is not null)
                {
                    diagnostics.Add(CorpusDiagnostic.Create(DiagnosticRules.InvalidSchema, line.Whole, line.Text, error));
                }
            }

            return new AnnotationSchema(
                path,
                entities.ToEquatableArray(),
                events.ToEquatableArray(),
                relations.ToEquatableArray(),
                attributes.ToEquatableArray(),
                diagnostics.ToEquatableArray());
        }

        private static string? AddEntity(List<string> entities, string name)
        {
            entities.Add(name);
            return null;
        }

        private static string? AddEvent(List<EventTypeSchema> events, string name, string spec)
        {
            var roles = new List<RoleSchema>();
            foreach (var (key, types) in Arguments(spec))
            {
                if (key.Length == 0 || key[0] == '<')
                {
                    continue;
                }

                var last = key[key.Length - 1];
                var cardinality = last switch
                {
                    '?' => RoleCardinality.Optional,
                    '*' => RoleCardinality.Any,
                    '+' => RoleCardinality.OneOrMore,
                    _ => RoleCardinality.ExactlyOne,
                };
                var role = cardinality == RoleCardinality.ExactlyOne ? key : key.Substring(0, key.Length - 1);
                if (types.Count == 0)
                {
                    return $"role '{role}' names no argument type";
                }

                roles.Add(new RoleSchema(role, cardinality, types));
            }

            events.Add(new EventTypeSchema(name, roles.ToEquatableArray()));
            return null;
        }

        private static string? AddRelation(List<RelationTypeSchema> relations, string name, string spec)
        {
            EquatableArray<string>? arg1 = null;
            EquatableArray<string>? arg2 = null;
            foreach (var (key, types) in Arguments(spec))
            {
                if (key == "Arg1")
                {
                    arg1 = types;
                }
                else if (key == "Arg2")
                {
                    arg2 = types;
                }
            }

            if (arg1 is null || arg2 is null)
            {
                return "a relation needs 'Arg1:Type, Arg2:Type'";
            }

            relations.Add(new RelationTypeSchema(name, arg1.Value, arg2.Value));
            return null;
        }

        private static string? AddAttribute(List<AttributeSchema> attributes, string name, string spec)
        {
            var targets = EquatableArray<string>.Empty;
            var values = EquatableArray<string>.Empty;
            foreach (var (key, items) in Arguments(spec))
            {
                if (key == "Arg")
                {
                    targets = items;
                }
                else if (key == "Value")
                {
                    values = items;
                }
            }

            if (targets.Count == 0)
            {
                return "an attribute needs 'Arg:Type'";
            }

            attributes.Add(new AttributeSchema(name, targets, values));
            return null;
        }

        /// <summary>Splits <c>Key:A|B, Key2:C</c> into keys and their '|'-separated values.</summary>
        private static IEnumerable<(string Key, EquatableArray<string> Values)> Arguments(string spec)
        {
            foreach (var part in spec.Split(','))
            {
                var item = part.Trim();
                var colon = item.IndexOf(':');
                if (colon <= 0)
                {
                    continue;
                }

                var values = new List<string>();
                foreach (var value in item.Substring(colon + 1).Split('|'))
                {
                    if (value.Trim().Length > 0)
                    {
                        values.Add(value.Trim());
                    }
                }

                yield return (item.Substring(0, colon).Trim(), values.ToEquatableArray());
            }
        }
    }
}
