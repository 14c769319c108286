using System.Collections.Generic;
using System.Text.RegularExpressions;
using DomainKit.Generators.Common;
using DomainKit.Generators.Diagnostics;

namespace DomainKit.Generators.Corpus.Schema
{
    /// <summary>
    /// Reads brat's <c>annotation.conf</c> as brat's <c>projectconfig.py</c> does: lines split into sections at
    /// <c>[name]</c> (<c>[spans]</c> is <c>[entities]</c>), each section read as a type hierarchy
    /// (<see cref="TypeHierarchyReader"/>). What brat only warns about is a DK0026 warning; what makes brat drop the
    /// whole file is a DK0038 warning, and then DomainKit uses brat's minimal built-in configuration, as brat does.
    /// </summary>
    internal static class SchemaParser
    {
        private const string Entities = "entities";
        private const string Relations = "relations";
        private const string Events = "events";
        private const string Attributes = "attributes";

        private static readonly Regex s_section = new(@"^\s*\[(.*)\]\s*$", RegexOptions.CultureInvariant);

        public static AnnotationSchema Parse(string path, string content)
        {
            var sections = new Dictionary<string, List<SourceLine>> { ["general"] = new List<SourceLine>() };
            var order = new List<string> { "general" };
            var problems = new List<SchemaProblem>();
            var current = "general";
            foreach (var line in SourceLine.Split(path, content))
            {
                var header = s_section.Match(line.Text);
                if (!header.Success)
                {
                    sections[current].Add(line);
                    continue;
                }

                current = header.Groups[1].Value == "spans" ? Entities : header.Groups[1].Value;
                if (current is not (Entities or Relations or Events or Attributes))
                {
                    problems.Add(new SchemaProblem(line, $"[{header.Groups[1].Value}] is not a section of annotation.conf; brat ignores its lines", false));
                }

                if (!sections.ContainsKey(current))
                {
                    sections[current] = new List<SourceLine>();
                    order.Add(current);
                }
            }

            var nodes = new Dictionary<string, List<TypeNode>>();
            foreach (var section in order)
            {
                var read = TypeHierarchyReader.Read(sections[section], problems);
                if (read is null)
                {
                    return Minimal(path, problems);
                }

                nodes[section] = read;
            }

            return new AnnotationSchema(
                path,
                Names(nodes, Entities).ToEquatableArray(),
                Nodes(nodes, Events).ConvertAll(n => new EventTypeSchema(n.Name, n.Abstract, n.Roles.ToEquatableArray())).ToEquatableArray(),
                Nodes(nodes, Relations).ConvertAll(Relation).ToEquatableArray(),
                Nodes(nodes, Attributes).ConvertAll(Attribute).ToEquatableArray(),
                Diagnose(problems).ToEquatableArray());
        }

        private static RelationTypeSchema Relation(TypeNode node)
        {
            var kinds = Option(node, "<REL-TYPE>");
            if (node.Name == "Equiv" && kinds.Count == 0)
            {
                // brat reads an "Equiv" relation without <REL-TYPE> as symmetric and transitive, as older configurations meant it.
                kinds = new List<string> { "symmetric", "transitive" };
            }

            return new RelationTypeSchema(node.Name, node.Abstract, node.Roles.ToEquatableArray(), kinds.ToEquatableArray(), Option(node, "<OVL-TYPE>").ToEquatableArray());
        }

        private static AttributeSchema Attribute(TypeNode node)
        {
            var targets = node.Roles.Find(r => r.Name == "Arg")?.Types ?? EquatableArray<string>.Empty;
            var values = node.Roles.Find(r => r.Name == "Value")?.Types ?? EquatableArray<string>.Empty;
            return new AttributeSchema(node.Name, targets, values);
        }

        /// <summary>brat's last-resort configuration, used when it cannot read the file at all.</summary>
        private static AnnotationSchema Minimal(string path, List<SchemaProblem> problems)
        {
            var protein = new EquatableArray<string>(new[] { "Protein" });
            return new AnnotationSchema(
                path,
                protein,
                new EquatableArray<EventTypeSchema>(new[] { new EventTypeSchema("Event", false, new EquatableArray<RoleSchema>(new[] { new RoleSchema("Theme", 1, 1, protein) })) }),
                new EquatableArray<RelationTypeSchema>(new[]
                {
                    new RelationTypeSchema("Equiv", false, new EquatableArray<RoleSchema>(new[] { new RoleSchema("Arg1", 1, 1, protein), new RoleSchema("Arg2", 1, 1, protein) }),
                        new EquatableArray<string>(new[] { "symmetric", "transitive" }), EquatableArray<string>.Empty),
                }),
                new EquatableArray<AttributeSchema>(new[] { new AttributeSchema("Negation", new EquatableArray<string>(new[] { AnnotationSchema.EventType }), EquatableArray<string>.Empty) }),
                Diagnose(problems).ToEquatableArray());
        }

        private static List<CorpusDiagnostic> Diagnose(List<SchemaProblem> problems)
            => problems.ConvertAll(p => CorpusDiagnostic.Create(p.DropsSchema ? DiagnosticRules.SchemaDropped : DiagnosticRules.InvalidSchema, p.Line.Whole, p.Line.Text.Trim(), p.Reason));

        private static List<TypeNode> Nodes(Dictionary<string, List<TypeNode>> nodes, string section)
            => nodes.TryGetValue(section, out var list) ? list : new List<TypeNode>();

        private static List<string> Names(Dictionary<string, List<TypeNode>> nodes, string section) => Nodes(nodes, section).ConvertAll(n => n.Name);

        private static List<string> Option(TypeNode node, string key) => node.Options.TryGetValue(key, out var values) ? values : new List<string>();
    }
}
