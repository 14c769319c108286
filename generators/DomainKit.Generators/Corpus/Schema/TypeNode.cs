using System.Collections.Generic;

namespace DomainKit.Generators.Corpus.Schema
{
    /// <summary>One type line of an annotation.conf section, read as brat's <c>TypeHierarchyNode</c>.</summary>
    internal sealed class TypeNode
    {
        public TypeNode(string name, bool isAbstract, List<RoleSchema> roles, Dictionary<string, List<string>> options)
        {
            Name = name;
            Abstract = isAbstract;
            Roles = roles;
            Options = options;
        }

        /// <summary>The storage form: the first of the '|' names, reduced to [a-zA-Z0-9_-] as brat reduces it.</summary>
        public string Name { get; }

        public bool Abstract { get; }

        public List<RoleSchema> Roles { get; }

        /// <summary>brat's special arguments (<c>&lt;REL-TYPE&gt;</c>, <c>&lt;OVL-TYPE&gt;</c>, <c>&lt;NORM&gt;</c>...) and their values.</summary>
        public Dictionary<string, List<string>> Options { get; }
    }
}
