using System;
using System.Collections.Generic;
using System.Linq;
using DomainKit.Generators.Common;
using DomainKit.Generators.Corpus.Catalogs;
using DomainKit.Generators.Corpus.Schema;
using DomainKit.Generators.Corpus.Standoff;
using DomainKit.Generators.Diagnostics;

namespace DomainKit.Generators.Corpus
{
    /// <summary>What a corpus file is, by its name.</summary>
    internal enum CorpusFileKind
    {
        Text,
        Annotations,
        Schema,
        Actors,
        Documents,
        Relations,
    }

    /// <summary>A document's text as read, with the diagnostics about the file itself (such as CRLF).</summary>
    internal sealed record TextFile(string Path, string Content, EquatableArray<CorpusDiagnostic> Diagnostics);

    /// <summary>
    /// One parsed corpus file. Exactly one of the payload members is set, according to <see cref="Kind"/>, unless the
    /// file is over a size limit: then none is, <see cref="OverLimit"/> says why, and the corpus is not linked.
    /// <see cref="Length"/> is the file's length in characters, for the corpus-wide limit.
    /// </summary>
    internal sealed record ParsedFile(string Path, CorpusFileKind Kind, TextFile? Text, StandoffDocument? Annotations, AnnotationSchema? Schema, TsvTable? Table)
    {
        public int Length { get; init; }

        public CorpusDiagnostic? OverLimit { get; init; }
    }

    /// <summary>Everything in one corpus folder, parsed, ready to link.</summary>
    internal sealed record CorpusFiles(
        string Folder,
        AnnotationSchema? Schema,
        TsvTable? Actors,
        TsvTable? Documents,
        TsvTable? Relations,
        EquatableArray<TextFile> Texts,
        EquatableArray<StandoffDocument> Annotations)
    {
        /// <summary>Groups the parsed files of one folder by what they are.</summary>
        public static CorpusFiles From(string folder, IReadOnlyList<ParsedFile> files) => new(
            folder,
            files.FirstOrDefault(f => f.Kind == CorpusFileKind.Schema)?.Schema,
            files.FirstOrDefault(f => f.Kind == CorpusFileKind.Actors)?.Table,
            files.FirstOrDefault(f => f.Kind == CorpusFileKind.Documents)?.Table,
            files.FirstOrDefault(f => f.Kind == CorpusFileKind.Relations)?.Table,
            files.Where(f => f.Text is not null).Select(f => f.Text!).ToEquatableArray(),
            files.Where(f => f.Annotations is not null).Select(f => f.Annotations!).ToEquatableArray());

        /// <summary>
        /// The id of the document a .txt or .ann file belongs to: its path relative to the corpus folder, without the
        /// extension (<c>Proces/20220111_1</c>), so that documents of the same name in two subfolders stay apart, as
        /// brat keeps them. A file directly in the folder has its name as id.
        /// </summary>
        public string DocumentId(string path)
        {
            var folder = Folder.Replace('\\', '/').TrimEnd('/');
            var normalized = path.Replace('\\', '/');
            var start = normalized.StartsWith(folder + "/", StringComparison.Ordinal) ? folder.Length + 1 : -1;
            if (start < 0)
            {
                // A folder declared relative to the project matches the end of the file's directory.
                var at = normalized.LastIndexOf("/" + folder + "/", StringComparison.Ordinal);
                start = at < 0 ? normalized.LastIndexOf('/') + 1 : at + folder.Length + 2;
            }

            var relative = normalized.Substring(start);
            var dot = relative.LastIndexOf('.');
            return dot > relative.LastIndexOf('/') ? relative.Substring(0, dot) : relative;
        }
    }

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
