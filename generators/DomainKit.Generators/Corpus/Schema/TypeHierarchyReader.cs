using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using DomainKit.Generators.Common;

namespace DomainKit.Generators.Corpus.Schema
{
    /// <summary>
    /// Reads the lines of one annotation.conf section as brat's <c>__read_term_hierarchy</c> does: comments, <c>----</c>
    /// separators, section-specific macros (<c>&lt;POG&gt;=Person|Organization</c>), hierarchy by indentation,
    /// <c>!</c> abstract types, <c>|</c> alternative names, <c>&lt;INHERIT&gt;</c>, and each argument
    /// <c>Role{N-M}:Type|Type</c> with brat's repetition marks.
    /// </summary>
    internal static class TypeHierarchyReader
    {
        private static readonly HashSet<string> s_reserved = new()
        {
            "<ANY>", "<ENTITY>", "<RELATION>", "<EVENT>", "<NONE>", "<EMPTY>", "<REL-TYPE>", "<URL>", "<URLBASE>",
            "<GLYPH-POS>", "<DEFAULT>", "<NORM>", "<OVERLAP>", "<OVL-TYPE>", "<INHERIT>",
        };

        private static readonly Regex s_comment = new(@"^\s*#", RegexOptions.CultureInvariant);
        private static readonly Regex s_separator = new(@"^\s*-+\s*$", RegexOptions.CultureInvariant);
        private static readonly Regex s_macro = new(@"^<([a-zA-Z_-]+)>=\s*(.*?)\s*$", RegexOptions.CultureInvariant);
        private static readonly Regex s_placeholder = new("(<.*?>)", RegexOptions.CultureInvariant);
        private static readonly Regex s_line = new(@"^(\s*)(\S+)(?:\s+(.*))?$", RegexOptions.CultureInvariant);
        private static readonly Regex s_tabLine = new(@"^(\s*)([^\t]+)(?:\t(.*))?$", RegexOptions.CultureInvariant);
        private static readonly Regex s_argument = new(@"^(\S*?):(\S*)$", RegexOptions.CultureInvariant);
        private static readonly Regex s_repetition = new(@"^(\S+?)(\{\S+\}|\?|\*|\+|)$", RegexOptions.CultureInvariant);
        private static readonly Regex s_range = new(@"^\{(\d+)(?:-(\d+))?\}$", RegexOptions.CultureInvariant);
        private static readonly Regex s_notStorage = new("[^a-zA-Z0-9_-]", RegexOptions.CultureInvariant);

        /// <summary>Reads the type nodes of a section, in file order at every depth; problems brat only warns about go to <paramref name="problems"/>.</summary>
        public static List<TypeNode>? Read(IEnumerable<SourceLine> lines, List<SchemaProblem> problems)
        {
            var nodes = new List<TypeNode>();
            var hasNodeAtDepth = new HashSet<int>();
            var argumentsAtDepth = new Dictionary<int, List<string>>();
            var macros = new List<KeyValuePair<string, string>>();
            foreach (var source in lines)
            {
                var text = source.Text;
                if (text.Trim().Length == 0 || s_comment.IsMatch(text) || s_separator.IsMatch(text))
                {
                    continue;
                }

                var macro = s_macro.Match(text);
                if (macro.Success)
                {
                    var name = "<" + macro.Groups[1].Value + ">";
                    if (s_reserved.Contains(name))
                    {
                        return Drop(problems, source, $"{name} is a reserved name and cannot be redefined");
                    }

                    macros.Add(new KeyValuePair<string, string>(name, macro.Groups[2].Value));
                    continue;
                }

                foreach (var pair in macros)
                {
                    text = text.Replace(pair.Key, pair.Value);
                }

                foreach (Match placeholder in s_placeholder.Matches(text))
                {
                    if (!s_reserved.Contains(placeholder.Value))
                    {
                        return Drop(problems, source, $"{placeholder.Value} is not a macro defined earlier in this section (macros are section-specific)");
                    }
                }

                var match = s_line.Match(text);
                var arguments = Split(match.Groups[3].Value);
                if (arguments.Exists(a => HasSpace(a)) && text.IndexOf('\t') >= 0)
                {
                    // brat's reading of older files whose type names hold spaces: names and arguments split at the tab.
                    match = s_tabLine.Match(text);
                    arguments = Split(match.Groups[3].Value);
                    problems.Add(new SchemaProblem(source, "a type name holds a space; brat still reads it, but this form is deprecated", false));
                }

                var depth = match.Groups[1].Value.Length;
                if (depth > 0 && !hasNodeAtDepth.Contains(depth - 1))
                {
                    return Drop(problems, source, "it is indented, but no type one level less indented comes before it");
                }

                var expanded = new List<string>();
                foreach (var argument in arguments)
                {
                    if (argument != "<INHERIT>")
                    {
                        expanded.Add(argument);
                    }
                    else if (argumentsAtDepth.TryGetValue(depth - 1, out var inherited))
                    {
                        expanded.AddRange(inherited);
                    }
                    else
                    {
                        return Drop(problems, source, "<INHERIT> has no parent type to inherit from");
                    }
                }

                var node = Node(source, match.Groups[2].Value, expanded, problems);
                if (node is null)
                {
                    return null;
                }

                nodes.Add(node);
                hasNodeAtDepth.Add(depth);
                argumentsAtDepth[depth] = expanded;
            }

            return nodes;
        }

        private static TypeNode? Node(SourceLine source, string termField, List<string> arguments, List<SchemaProblem> problems)
        {
            var terms = new List<string>();
            foreach (var term in termField.Split('|'))
            {
                if (term.Trim().Length > 0)
                {
                    terms.Add(term.Trim());
                }
            }

            if (terms.Count == 0)
            {
                Drop(problems, source, "the line names no type");
                return null;
            }

            var isAbstract = false;
            for (var i = 0; i < terms.Count; i++)
            {
                if (terms[i][0] == '!')
                {
                    terms[i] = terms[i].Substring(1);
                    isAbstract = true;
                }
            }

            var name = terms[0];
            if (name != AnnotationSchema.OverlapRelation)
            {
                name = s_notStorage.Replace(name.Replace(' ', '_'), "_");
                if (name != terms[0])
                {
                    problems.Add(new SchemaProblem(source, $"type '{terms[0]}' may hold only a-z, A-Z, 0-9, '_' and '-'; brat stores it as '{name}'", false));
                }
            }

            var roles = new List<RoleSchema>();
            var options = new Dictionary<string, List<string>>();
            foreach (var argument in arguments)
            {
                var error = AddArgument(argument, roles, options);
                if (error is not null)
                {
                    Drop(problems, source, error);
                    return null;
                }
            }

            return new TypeNode(name, isAbstract, roles, options);
        }

        /// <summary>Reads one <c>Key:Types</c> argument; returns why brat rejects it, or null.</summary>
        private static string? AddArgument(string argument, List<RoleSchema> roles, Dictionary<string, List<string>> options)
        {
            var match = s_argument.Match(argument);
            if (!match.Success)
            {
                return $"argument '{argument}' is not 'Role:Type|Type'";
            }

            var key = match.Groups[1].Value;
            var types = match.Groups[2].Value;
            if (s_reserved.Contains(key))
            {
                options[key] = new List<string>(key == "<REL-TYPE>" ? types.Split('-') : types.Split('|'));
                return null;
            }

            var repetition = s_repetition.Match(key);
            if (!repetition.Success)
            {
                return $"argument '{argument}' has no role name";
            }

            key = repetition.Groups[1].Value;
            // Initialized although every branch assigns them: a mutation tester cannot otherwise mutate the conditions below.
            int minimum = 0, maximum = 0;
            switch (repetition.Groups[2].Value)
            {
                case "":
                    (minimum, maximum) = (1, 1);
                    break;
                case "?":
                    (minimum, maximum) = (0, 1);
                    break;
                case "*":
                    (minimum, maximum) = (0, int.MaxValue);
                    break;
                case "+":
                    (minimum, maximum) = (1, int.MaxValue);
                    break;
                default:
                    var range = s_range.Match(repetition.Groups[2].Value);
                    if (!range.Success || !int.TryParse(range.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out minimum))
                    {
                        return $"'{repetition.Groups[2].Value}' in '{argument}' is not a repetition {{N}} or {{MIN-MAX}}";
                    }

                    maximum = minimum;
                    if (range.Groups[2].Success && !int.TryParse(range.Groups[2].Value, NumberStyles.None, CultureInfo.InvariantCulture, out maximum))
                    {
                        return $"'{repetition.Groups[2].Value}' in '{argument}' is not a repetition {{N}} or {{MIN-MAX}}";
                    }

                    if ((!range.Groups[2].Success && minimum == 0) || minimum > maximum)
                    {
                        return $"'{repetition.Groups[2].Value}' in '{argument}' is not a valid number of repetitions";
                    }

                    break;
            }

            if (maximum > 1 && char.IsDigit(key[key.Length - 1]))
            {
                return $"role '{key}' ends with a digit, so it cannot repeat (a second '{key}' would read as '{key}2')";
            }

            if (roles.Exists(r => r.Name == key))
            {
                return $"role '{key}' appears twice";
            }

            var accepted = new List<string>();
            foreach (var type in types.Split('|'))
            {
                if (type.Trim().Length == 0)
                {
                    return $"argument '{argument}' has an empty type";
                }

                accepted.Add(type);
            }

            roles.Add(new RoleSchema(key, minimum, maximum, accepted.ToEquatableArray()));
            return null;
        }

        private static List<TypeNode>? Drop(List<SchemaProblem> problems, SourceLine source, string reason)
        {
            problems.Add(new SchemaProblem(source, reason, true));
            return null;
        }

        private static List<string> Split(string arguments)
        {
            var result = new List<string>();
            foreach (var argument in arguments.Split(','))
            {
                if (argument.Trim().Length > 0)
                {
                    result.Add(argument.Trim());
                }
            }

            return result;
        }

        private static bool HasSpace(string text)
        {
            foreach (var c in text)
            {
                if (char.IsWhiteSpace(c))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
