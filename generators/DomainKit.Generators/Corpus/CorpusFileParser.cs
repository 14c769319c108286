using System;
using DomainKit.Generators.Common;
using DomainKit.Generators.Corpus.Catalogs;
using DomainKit.Generators.Corpus.Schema;
using DomainKit.Generators.Corpus.Standoff;
using DomainKit.Generators.Diagnostics;

namespace DomainKit.Generators.Corpus
{
    /// <summary>Classifies and parses corpus files; shared by the generator and the CLI.</summary>
    internal static class CorpusFileParser
    {
        public const string SchemaFileName = "annotation.conf";
        public const string ActorsFileName = "actors.tsv";
        public const string DocumentsFileName = "documents.tsv";
        public const string RelationsFileName = "relations.tsv";

        public static readonly string[] ActorColumns = { "id", "name", "kind", "country", "memberOf", "role", "aliases" };
        public static readonly string[] DocumentColumns = { "id", "title", "outlet", "published" };
        public static readonly string[] RelationColumns = { "from", "relation", "to" };

        /// <summary>The kind of a corpus file from its name, or null when the file is not part of a corpus.</summary>
        public static CorpusFileKind? Classify(string path)
        {
            var name = System.IO.Path.GetFileName(path);
            if (name.Equals(SchemaFileName, StringComparison.OrdinalIgnoreCase))
            {
                return CorpusFileKind.Schema;
            }

            if (name.Equals(ActorsFileName, StringComparison.OrdinalIgnoreCase))
            {
                return CorpusFileKind.Actors;
            }

            if (name.Equals(DocumentsFileName, StringComparison.OrdinalIgnoreCase))
            {
                return CorpusFileKind.Documents;
            }

            if (name.Equals(RelationsFileName, StringComparison.OrdinalIgnoreCase))
            {
                return CorpusFileKind.Relations;
            }

            if (name.EndsWith(".ann", StringComparison.OrdinalIgnoreCase))
            {
                return CorpusFileKind.Annotations;
            }

            return name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) ? CorpusFileKind.Text : null;
        }

        public static ParsedFile Parse(string path, CorpusFileKind kind, string content)
        {
            var overLimit = CorpusLimits.CheckFile(path, kind, content);
            var parsed = overLimit is not null ? new ParsedFile(path, kind, null, null, null, null) : ParseWithinLimits(path, kind, content);
            return parsed with { Length = content.Length, OverLimit = overLimit };
        }

        private static ParsedFile ParseWithinLimits(string path, CorpusFileKind kind, string content) => kind switch
        {
            CorpusFileKind.Text => new ParsedFile(path, kind, ReadText(path, content), null, null, null),
            CorpusFileKind.Annotations => new ParsedFile(path, kind, null, StandoffParser.Parse(path, content), null, null),
            CorpusFileKind.Schema => new ParsedFile(path, kind, null, null, SchemaParser.Parse(path, content), null),
            CorpusFileKind.Actors => new ParsedFile(path, kind, null, null, null, TsvTable.Parse(path, content, ActorColumns)),
            CorpusFileKind.Documents => new ParsedFile(path, kind, null, null, null, TsvTable.Parse(path, content, DocumentColumns)),
            _ => new ParsedFile(path, kind, null, null, null, TsvTable.Parse(path, content, RelationColumns)),
        };

        /// <summary>
        /// A document's text, exactly as the host passes it: brat counts a UTF-8 byte order mark as character 0 and
        /// every CR as a character, so both stay, and <c>Text[start:end]</c> holds for brat's offsets.
        /// </summary>
        private static TextFile ReadText(string path, string content)
        {
            var diagnostics = content.IndexOf('\r') >= 0
                ? new EquatableArray<CorpusDiagnostic>(new[] { CorpusDiagnostic.Create(DiagnosticRules.CrlfText, SourceSpan.File(path), System.IO.Path.GetFileName(path)) })
                : EquatableArray<CorpusDiagnostic>.Empty;
            return new TextFile(path, content, diagnostics);
        }
    }
}
