using System;
using System.Collections.Generic;
using System.Linq;
using DomainKit.Generators.Common;
using DomainKit.Generators.Corpus.Catalogs;
using DomainKit.Generators.Corpus.Schema;
using DomainKit.Generators.Corpus.Standoff;

namespace DomainKit.Generators.Corpus
{
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
        /// <summary>
        /// The corpus folder's full path when it is known (the generator resolves a declared folder against the
        /// project's); null when only the declared folder is.
        /// </summary>
        public string? FullPath { get; init; }

        /// <summary>Groups the parsed files of one folder by what they are, each text with its byte order mark settled.</summary>
        public static CorpusFiles From(string folder, IReadOnlyList<ParsedFile> files)
        {
            var annotations = files.Where(f => f.Annotations is not null).Select(f => f.Annotations!).ToEquatableArray();
            var marks = new ByteOrderMarks(files, annotations);
            return new CorpusFiles(
                folder,
                files.FirstOrDefault(f => f.Kind == CorpusFileKind.Schema)?.Schema,
                files.FirstOrDefault(f => f.Kind == CorpusFileKind.Actors)?.Table,
                files.FirstOrDefault(f => f.Kind == CorpusFileKind.Documents)?.Table,
                files.FirstOrDefault(f => f.Kind == CorpusFileKind.Relations)?.Table,
                files.Where(f => f.Text is not null).Select(marks.Settle).ToEquatableArray(),
                annotations);
        }

        /// <summary>
        /// The id of the document a .txt or .ann file belongs to: its path relative to the corpus folder, without the
        /// extension (<c>Proces/20220111_1</c>), so that documents of the same name in two subfolders stay apart, as
        /// brat keeps them. A file directly in the folder has its name as id.
        /// </summary>
        public string DocumentId(string path)
        {
            var folder = (FullPath ?? Folder).Replace('\\', '/').TrimEnd('/');
            var normalized = path.Replace('\\', '/');
            var start = normalized.StartsWith(folder + "/", StringComparison.Ordinal) ? folder.Length + 1 : -1;
            if (start < 0)
            {
                // A folder declared relative to a project whose path is unknown: the outermost folder of that name, as
                // the corpus holds every file below it (a subfolder may repeat the name).
                var at = normalized.IndexOf("/" + folder + "/", StringComparison.Ordinal);
                start = at < 0 ? normalized.LastIndexOf('/') + 1 : at + folder.Length + 2;
            }

            return WithoutExtension(normalized.Substring(start));
        }

        /// <summary>A path without its file extension, if it has one.</summary>
        public static string WithoutExtension(string path)
        {
            var dot = path.LastIndexOf('.');
            return dot > path.LastIndexOf('/') ? path.Substring(0, dot) : path;
        }
    }
}
