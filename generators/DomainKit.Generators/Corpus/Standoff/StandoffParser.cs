using System.Collections.Generic;
using System.Globalization;
using DomainKit.Generators.Common;
using DomainKit.Generators.Diagnostics;

namespace DomainKit.Generators.Corpus.Standoff
{
    /// <summary>
    /// Reads a brat standoff <c>.ann</c> file line by line with the grammar of brat's own reader
    /// (<c>server/src/annotation.py</c>): a line is an id, a tab, the data, and an optional tail from the next tab
    /// on; the id's first character says what the line is. It checks only the syntax of each line; whether
    /// types, roles and span texts agree with the schema and the document is the linker's job. A line brat would
    /// keep as unparsed becomes a DK0001 diagnostic (a blank one DK0036) and the rest of the file still counts.
    /// </summary>
    internal static class StandoffParser
    {
        public static StandoffDocument Parse(string path, string content)
        {
            var builder = new Builder(path);
            foreach (var line in StandoffLines.Split(path, content))
            {
                if (line.Text.Length == 0 || IsBlank(line.Text))
                {
                    builder.Diagnostics.Add(CorpusDiagnostic.Create(DiagnosticRules.BlankLine, line.Whole, (line.Number + 1).ToString(CultureInfo.InvariantCulture)));
                    continue;
                }

                var error = ParseLine(line, builder);
                if (error is not null)
                {
                    builder.Diagnostics.Add(CorpusDiagnostic.Create(DiagnosticRules.MalformedLine, line.Whole, Shorten(line.Text), error));
                }
            }

            return builder.Build();
        }

        /// <summary>Parses one line into the builder; returns why it is malformed, or null.</summary>
        private static string? ParseLine(SourceLine line, Builder builder)
        {
            var text = line.Text;
            var idEnd = text.IndexOf('\t');
            if (idEnd < 0)
            {
                return "there is no tab after the annotation id";
            }

            var id = text.Substring(0, idEnd);
            if (id != "*" && !BratText.IsId(id))
            {
                return $"'{id}' is not an annotation id (letters, digits, then any suffix, such as T1, AN2 or T1a; or *)";
            }

            var dataStart = idEnd + 1;
            var dataEnd = text.IndexOf('\t', dataStart);
            if (dataEnd == -1)
            {
                dataEnd = text.Length;
            }

            var data = text.Substring(dataStart, dataEnd - dataStart);
            var tail = text.Substring(dataEnd);
            var fields = new Fields(line, id, data, dataStart, tail);
            switch (id[0])
            {
                case 'T':
                    return ParseTextBound(fields, builder);
                case 'E':
                    return ParseEvent(fields, builder);
                case 'A':
                    return ParseAttribute(fields, builder);
                case 'M':
                    return ParseModifier(fields, builder);
                case 'N':
                    return ParseNormalization(fields, builder);
                case 'R':
                    return ParseRelation(fields, builder);
                case '#':
                    return ParseNote(fields, builder);
                case '*':
                    return ParseEquivalence(fields, builder);
                default:
                    return "an annotation id starts with T, E, A, M, N, R, # or *";
            }
        }

        /// <summary><c>TYPE START END[;START END...]</c>: single spaces, no space around ';'; the tail holds the text.</summary>
        private static string? ParseTextBound(Fields line, Builder builder)
        {
            var space = line.Data.IndexOf(' ');
            if (space < 0)
            {
                return "expected 'Tn<TAB>Type start end[;start end]<TAB>text'";
            }

            var fragments = new List<Fragment>();
            foreach (var part in line.Data.Substring(space + 1).Split(';'))
            {
                var pair = part.Split(' ');
                if (pair.Length != 2 || !TryParseOffset(pair[0], out var start) || !TryParseOffset(pair[1].TrimEnd(), out var end))
                {
                    return $"'{part}' is not a 'start end' pair of integers (one space between, none around ';')";
                }

                fragments.Add(new Fragment(start, end));
            }

            var textColumn = line.DataStart + line.Data.Length + 1;
            builder.TextBounds.Add(new TextBoundAnnotation(
                line.Id, line.Data.Substring(0, space), fragments.ToEquatableArray(), line.Tail, line.Source.Whole,
                line.Source.At(System.Math.Min(textColumn, line.Source.Text.Length), System.Math.Max(0, line.Tail.Length - 1))));
            return null;
        }

        /// <summary><c>TYPE:TRIGGER [ROLE:ID ...]</c>; an event may have no arguments.</summary>
        private static string? ParseEvent(Fields line, Builder builder)
        {
            var space = line.Data.IndexOf(' ');
            var headEnd = space < 0 ? line.Data.Length : space;
            var head = line.Data.Substring(0, headEnd).Split(':');
            if (head.Length != 2 || head[0].Length == 0 || head[1].Length == 0)
            {
                return "the event starts with 'Type:TriggerId'";
            }

            var arguments = new List<EventArgument>();
            foreach (var (part, column) in BratText.SplitWhitespace(line.Data.Substring(headEnd)))
            {
                if (!TrySplitArgument(part, out var role, out var target))
                {
                    return $"argument '{part}' is not 'Role:Id'";
                }

                arguments.Add(new EventArgument(StripRepeatNumber(role), target, line.Source.At(line.DataStart + headEnd + column, part.Length)));
            }

            builder.Events.Add(new EventAnnotation(line.Id, head[0], head[1], arguments.ToEquatableArray(), line.Source.Whole));
            return null;
        }

        /// <summary><c>NAME TARGET [VALUE]</c>: the value is the rest of the data and may hold spaces.</summary>
        private static string? ParseAttribute(Fields line, Builder builder)
        {
            var data = line.Data;
            // The name takes at least one character, so the space after it is looked for from the second on.
            var first = data.Length == 0 ? -1 : data.IndexOf(' ', 1);
            if (first == -1)
            {
                return ExpectedAttribute;
            }

            var second = first + 1 == data.Length ? -1 : data.IndexOf(' ', first + 2);
            string target;
            string? value = null;
            if (second == -1 || second + 1 == data.Length)
            {
                // No value: "Name Target " keeps the space in its target, as brat's binary form does.
                target = data.Substring(first + 1);
            }
            else
            {
                target = data.Substring(first + 1, second - first - 1);
                value = data.Substring(second + 1);
            }

            if (!BratText.IsId(target))
            {
                return ExpectedAttribute;
            }

            builder.Attributes.Add(new AttributeAnnotation(line.Id, data.Substring(0, first), target, value, line.Source.Whole));
            return null;
        }

        /// <summary>The legacy <c>M</c> line, <c>TYPE TARGET</c>: a binary attribute.</summary>
        private static string? ParseModifier(Fields line, Builder builder)
        {
            var parts = BratText.SplitWhitespace(line.Data);
            if (parts.Count != 2)
            {
                return "expected 'Mn<TAB>Name Target'";
            }

            builder.Attributes.Add(new AttributeAnnotation(line.Id, parts[0].Token, parts[1].Token, null, line.Source.Whole));
            return null;
        }

        /// <summary>
        /// <c>TYPE TARGET DB:ID</c> to any database (the database stops at the first ':'); the label is the tail.
        /// brat also reads the BioNLP-ST 2013 form <c>TYPE Annotation:TARGET Referent:DB:ID</c>.
        /// </summary>
        private static string? ParseNormalization(Fields line, Builder builder)
        {
            var parts = line.Data.Split(' ');
            var valueColumn = parts.Length >= 3 ? line.DataStart + parts[0].Length + 1 + parts[1].Length + 1 : 0;
            if (parts.Length >= 3 && parts[1].StartsWith(BioNlpTarget, System.StringComparison.Ordinal) && parts[2].StartsWith(BioNlpReferent, System.StringComparison.Ordinal))
            {
                parts[1] = parts[1].Substring(BioNlpTarget.Length);
                parts[2] = parts[2].Substring(BioNlpReferent.Length);
                valueColumn += BioNlpReferent.Length;
            }

            var colon = parts.Length >= 3 ? parts[2].IndexOf(':') : -1;
            if (colon <= 0 || colon == parts[2].Length - 1 || parts[0].Length == 0 || parts[1].Length == 0 || HasSpace(parts[0]) || HasSpace(parts[1]))
            {
                return "expected 'Nn<TAB>Type Target database:id<TAB>label'";
            }

            var reference = parts[2];
            builder.Normalizations.Add(new NormalizationAnnotation(
                line.Id, parts[0], parts[1], reference.Substring(0, colon), reference.Substring(colon + 1),
                line.Tail.TrimStart('\t'), line.Source.Whole, line.Source.At(valueColumn, reference.Length)));
            return null;
        }

        /// <summary><c>TYPE ROLE:ID ROLE:ID</c>: exactly two arguments under two different role names.</summary>
        private static string? ParseRelation(Fields line, Builder builder)
        {
            var space = line.Data.IndexOf(' ');
            var arguments = space < 0 ? new List<(string Token, int Column)>() : BratText.SplitWhitespace(line.Data.Substring(space));
            if (arguments.Count != 2 || !TrySplitArgument(arguments[0].Token, out var role1, out var arg1) || !TrySplitArgument(arguments[1].Token, out var role2, out var arg2))
            {
                return "expected 'Rn<TAB>Type Role1:Id Role2:Id'";
            }

            if (role1 == role2)
            {
                return $"both arguments have the role '{role1}'; the two roles of a relation must differ";
            }

            builder.Relations.Add(new RelationAnnotation(line.Id, line.Data.Substring(0, space), role1, arg1, role2, arg2, line.Source.Whole));
            return null;
        }

        /// <summary><c>TYPE TARGET</c> (any type, such as AnnotatorNotes or Lemma); the note is the tail.</summary>
        private static string? ParseNote(Fields line, Builder builder)
        {
            var parts = BratText.SplitWhitespace(line.Data);
            if (parts.Count != 2)
            {
                return "expected '#n<TAB>Type Target<TAB>note'";
            }

            builder.Notes.Add(new NoteAnnotation(line.Id, parts[0].Token, parts[1].Token, line.Tail.Length == 0 ? string.Empty : line.Tail.Substring(1), line.Source.Whole));
            return null;
        }

        /// <summary><c>TYPE ID [ID ...]</c>, any type (Equiv, same-as, Alias).</summary>
        private static string? ParseEquivalence(Fields line, Builder builder)
        {
            var parts = BratText.SplitWhitespace(line.Data);
            if (parts.Count < 2)
            {
                return "expected '*<TAB>Type Id [Id ...]'";
            }

            var members = new List<string>();
            for (var i = 1; i < parts.Count; i++)
            {
                members.Add(parts[i].Token);
            }

            builder.Equivalences.Add(new EquivalenceAnnotation(parts[0].Token, members.ToEquatableArray(), line.Source.Whole));
            return null;
        }

        private const string ExpectedAttribute = "expected 'An<TAB>Name Target [Value]'";

        private const string BioNlpTarget = "Annotation:";

        private const string BioNlpReferent = "Referent:";

        /// <summary>An annotation id (T12, E3, AN1, T1a), as brat's reader defines one.</summary>
        internal static bool IsId(string value) => BratText.IsId(value);

        /// <summary>
        /// brat numbers repeated roles Content, Content2, Content3; INCEpTION writes Content, Content1, Content2.
        /// Both mean "another Content", so the number is dropped.
        /// </summary>
        private static string StripRepeatNumber(string role)
        {
            var end = role.Length;
            while (end > 1 && role[end - 1] is >= '0' and <= '9')
            {
                end--;
            }

            return role.Substring(0, end);
        }

        /// <summary>An event or relation argument <c>Role:Id</c>: both parts non-empty, split at the first ':'.</summary>
        private static bool TrySplitArgument(string part, out string role, out string target)
        {
            var colon = part.IndexOf(':');
            if (colon <= 0 || colon == part.Length - 1)
            {
                // Stryker disable once String : callers never read the parts of an argument that did not split
                role = target = string.Empty;
                return false;
            }

            role = part.Substring(0, colon);
            target = part.Substring(colon + 1);
            return true;
        }

        /// <summary>An offset as Python's <c>int()</c> reads one: optional sign and surrounding whitespace, ASCII digits.</summary>
        private static bool TryParseOffset(string text, out int value)
            => int.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out value);

        private static bool HasSpace(string text)
        {
            foreach (var c in text)
            {
                if (BratText.IsSpace(c))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsBlank(string text)
        {
            foreach (var c in text)
            {
                if (!BratText.IsSpace(c))
                {
                    return false;
                }
            }

            return true;
        }

        private static string Shorten(string text) => text.Length <= 80 ? text : text.Substring(0, 77) + "...";

        /// <summary>One line cut where brat cuts it: the id, the data after the first tab, and the tail from the next tab.</summary>
        private readonly struct Fields
        {
            public Fields(SourceLine source, string id, string data, int dataStart, string tail)
            {
                Source = source;
                Id = id;
                Data = data;
                DataStart = dataStart;
                Tail = tail;
            }

            public SourceLine Source { get; }

            public string Id { get; }

            public string Data { get; }

            public int DataStart { get; }

            public string Tail { get; }
        }

        private sealed class Builder
        {
            private readonly string _path;

            public Builder(string path) => _path = path;

            public List<TextBoundAnnotation> TextBounds { get; } = new();

            public List<EventAnnotation> Events { get; } = new();

            public List<AttributeAnnotation> Attributes { get; } = new();

            public List<NormalizationAnnotation> Normalizations { get; } = new();

            public List<RelationAnnotation> Relations { get; } = new();

            public List<NoteAnnotation> Notes { get; } = new();

            public List<EquivalenceAnnotation> Equivalences { get; } = new();

            public List<CorpusDiagnostic> Diagnostics { get; } = new();

            public StandoffDocument Build() => new(
                _path,
                TextBounds.ToEquatableArray(),
                Events.ToEquatableArray(),
                Attributes.ToEquatableArray(),
                Normalizations.ToEquatableArray(),
                Relations.ToEquatableArray(),
                Notes.ToEquatableArray(),
                Equivalences.ToEquatableArray(),
                Diagnostics.ToEquatableArray());
        }
    }
}
