using System.Collections.Generic;
using System.Globalization;
using DomainKit.Generators.Common;
using DomainKit.Generators.Diagnostics;

namespace DomainKit.Generators.Corpus.Standoff
{
    /// <summary>
    /// Reads a brat standoff <c>.ann</c> file line by line. It checks only the syntax of each line;
    /// whether types, roles and spans make sense is the linker's job, which also sees the schema and text.
    /// A line that cannot be read becomes a DK0001 diagnostic and the rest of the file still counts.
    /// </summary>
    internal static class StandoffParser
    {
        public static StandoffDocument Parse(string path, string content)
        {
            var builder = new Builder(path);
            foreach (var line in SourceLine.Split(path, content))
            {
                if (line.Text.Trim().Length == 0)
                {
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
            var fields = line.Text.Split('\t');
            var id = fields[0];
            if (id.Length == 0)
            {
                return "the line starts with a tab instead of an annotation id";
            }

            switch (id[0])
            {
                case 'T':
                    return ParseTextBound(line, fields, builder);
                case 'E':
                    return ParseEvent(line, fields, builder);
                case 'A':
                case 'M':
                    return ParseAttribute(line, fields, builder);
                case 'N':
                    return ParseNormalization(line, fields, builder);
                case 'R':
                    return ParseRelation(line, fields, builder);
                case '#':
                    return ParseNote(line, fields, builder);
                case '*':
                    return ParseEquivalence(line, fields, builder);
                default:
                    return "an annotation id starts with T, E, A, M, N, R, # or *";
            }
        }

        private static string? ParseTextBound(SourceLine line, string[] fields, Builder builder)
        {
            if (!IsId(fields[0]) || fields.Length != 3)
            {
                return "expected 'Tn<TAB>Type start end[;start end]<TAB>text'";
            }

            var space = fields[1].IndexOf(' ');
            if (space <= 0)
            {
                return "expected a type and offsets in the second field";
            }

            var type = fields[1].Substring(0, space);
            var fragments = new List<Fragment>();
            foreach (var part in fields[1].Substring(space + 1).Split(';'))
            {
                var pair = part.Split(' ');
                if (pair.Length != 2 || !TryParseOffset(pair[0], out var start) || !TryParseOffset(pair[1], out var end))
                {
                    return $"'{part}' is not a 'start end' pair of non-negative integers";
                }

                fragments.Add(new Fragment(start, end));
            }

            var textColumn = fields[0].Length + fields[1].Length + 2;
            builder.TextBounds.Add(new TextBoundAnnotation(
                fields[0], type, fragments.ToEquatableArray(), fields[2], line.Whole, line.At(textColumn, fields[2].Length)));
            return null;
        }

        private static string? ParseEvent(SourceLine line, string[] fields, Builder builder)
        {
            if (!IsId(fields[0]) || fields.Length != 2)
            {
                return "expected 'En<TAB>Type:Trigger Role:Id ...'";
            }

            var parts = fields[1].Split(' ');
            var head = parts[0].Split(':');
            if (head.Length != 2 || head[0].Length == 0 || !IsId(head[1]))
            {
                return "the event starts with 'Type:TriggerId'";
            }

            var arguments = new List<EventArgument>();
            var column = fields[0].Length + 1 + parts[0].Length + 1;
            for (var i = 1; i < parts.Length; i++)
            {
                var part = parts[i];
                if (part.Length == 0)
                {
                    column++;
                    continue;
                }

                var colon = part.IndexOf(':');
                if (colon <= 0 || !IsId(part.Substring(colon + 1)))
                {
                    return $"argument '{part}' is not 'Role:Id'";
                }

                arguments.Add(new EventArgument(StripRepeatNumber(part.Substring(0, colon)), part.Substring(colon + 1), line.At(column, part.Length)));
                column += part.Length + 1;
            }

            builder.Events.Add(new EventAnnotation(fields[0], head[0], head[1], arguments.ToEquatableArray(), line.Whole));
            return null;
        }

        private static string? ParseAttribute(SourceLine line, string[] fields, Builder builder)
        {
            var parts = fields.Length == 2 ? fields[1].Split(' ') : null;
            if (!IsId(fields[0]) || parts is null || parts.Length is < 2 or > 3 || !IsId(parts[1]))
            {
                return "expected 'An<TAB>Name Target [Value]'";
            }

            builder.Attributes.Add(new AttributeAnnotation(fields[0], parts[0], parts[1], parts.Length == 3 ? parts[2] : null, line.Whole));
            return null;
        }

        private static string? ParseNormalization(SourceLine line, string[] fields, Builder builder)
        {
            var parts = fields.Length is 2 or 3 ? fields[1].Split(' ') : null;
            if (!IsId(fields[0]) || parts is null || parts.Length != 3 || !IsId(parts[1]))
            {
                return "expected 'Nn<TAB>Reference Target database:id<TAB>label'";
            }

            var colon = parts[2].IndexOf(':');
            if (colon <= 0 || colon == parts[2].Length - 1)
            {
                return $"'{parts[2]}' is not 'database:id'";
            }

            var valueColumn = fields[0].Length + 1 + parts[0].Length + 1 + parts[1].Length + 1;
            builder.Normalizations.Add(new NormalizationAnnotation(
                fields[0], parts[0], parts[1], parts[2].Substring(0, colon), parts[2].Substring(colon + 1),
                fields.Length > 2 ? fields[2] : string.Empty, line.Whole, line.At(valueColumn, parts[2].Length)));
            return null;
        }

        private static string? ParseRelation(SourceLine line, string[] fields, Builder builder)
        {
            var parts = fields.Length == 2 ? fields[1].Split(' ') : null;
            if (!IsId(fields[0]) || parts is null || parts.Length != 3
                || !TryArgument(parts[1], "Arg1", out var arg1) || !TryArgument(parts[2], "Arg2", out var arg2))
            {
                return "expected 'Rn<TAB>Type Arg1:Id Arg2:Id'";
            }

            builder.Relations.Add(new RelationAnnotation(fields[0], parts[0], arg1, arg2, line.Whole));
            return null;
        }

        private static string? ParseNote(SourceLine line, string[] fields, Builder builder)
        {
            var parts = fields.Length == 3 ? fields[1].Split(' ') : null;
            if (fields[0].Length < 2 || parts is null || parts.Length != 2 || !IsId(parts[1]))
            {
                return "expected '#n<TAB>AnnotatorNotes Target<TAB>note'";
            }

            builder.Notes.Add(new NoteAnnotation(fields[0], parts[0], parts[1], fields[2], line.Whole));
            return null;
        }

        private static string? ParseEquivalence(SourceLine line, string[] fields, Builder builder)
        {
            var parts = fields.Length == 2 ? fields[1].Split(' ') : null;
            if (fields[0] != "*" || parts is null || parts.Length < 3)
            {
                return "expected '*<TAB>Equiv Id Id [Id ...]'";
            }

            var members = new List<string>();
            for (var i = 1; i < parts.Length; i++)
            {
                if (!IsId(parts[i]))
                {
                    return $"'{parts[i]}' is not an annotation id";
                }

                members.Add(parts[i]);
            }

            builder.Equivalences.Add(new EquivalenceAnnotation(parts[0], members.ToEquatableArray(), line.Whole));
            return null;
        }

        /// <summary>An annotation id is letters then digits (T12, E3, AN1).</summary>
        internal static bool IsId(string value)
        {
            var i = 0;
            while (i < value.Length && IsAsciiLetter(value[i]))
            {
                i++;
            }

            if (i == 0 || i == value.Length)
            {
                return false;
            }

            for (; i < value.Length; i++)
            {
                if (value[i] is < '0' or > '9')
                {
                    return false;
                }
            }

            return true;
        }

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

        /// <summary>An R line argument: the role must be the one annotation.conf declares (Arg1, Arg2), so none is lost.</summary>
        private static bool TryArgument(string part, string role, out string target)
        {
            var colon = part.IndexOf(':');
            target = colon > 0 ? part.Substring(colon + 1) : string.Empty;
            return colon == role.Length && part.StartsWith(role, System.StringComparison.Ordinal) && IsId(target);
        }

        private static bool TryParseOffset(string text, out int value)
            => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);

        private static bool IsAsciiLetter(char c) => c is >= 'A' and <= 'Z' or >= 'a' and <= 'z';

        private static string Shorten(string text) => text.Length <= 80 ? text : text.Substring(0, 77) + "...";

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
