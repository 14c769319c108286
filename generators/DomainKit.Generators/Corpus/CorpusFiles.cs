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
            return Group(folder, files, annotations, new ByteOrderMarks(files, annotations));
        }

        /// <summary>
        /// Groups the files of one folder but its annotations, which stay empty (the generator links each on its own).
        /// The texts' byte order marks are settled against <paramref name="byteOrderMarkEvidence"/>: the folder's
        /// annotations when every file of the folder was reported with a BOM, else none (<see cref="ByteOrderMarks"/>
        /// then believes each report, as it would with the annotations' files among <paramref name="files"/>).
        /// </summary>
        public static CorpusFiles WithoutAnnotations(string folder, IReadOnlyList<ParsedFile> files, EquatableArray<StandoffDocument> byteOrderMarkEvidence)
            => Group(folder, files, EquatableArray<StandoffDocument>.Empty, new ByteOrderMarks(files, byteOrderMarkEvidence));

        private static CorpusFiles Group(string folder, IReadOnlyList<ParsedFile> files, EquatableArray<StandoffDocument> annotations, ByteOrderMarks marks)
            => new(
                folder,
                files.FirstOrDefault(f => f.Kind == CorpusFileKind.Schema)?.Schema,
                files.FirstOrDefault(f => f.Kind == CorpusFileKind.Actors)?.Table,
                files.FirstOrDefault(f => f.Kind == CorpusFileKind.Documents)?.Table,
                files.FirstOrDefault(f => f.Kind == CorpusFileKind.Relations)?.Table,
                files.Where(f => f.Text is not null).Select(marks.Settle).ToEquatableArray(),
                annotations);

        /// <summary>
        /// The id of the document a .txt or .ann file belongs to: its path relative to the corpus folder, without the
        /// extension (<c>Proces/20220111_1</c>), so that documents of the same name in two subfolders stay apart, as
        /// brat keeps them. A file directly in the folder has its name as id.
        /// </summary>
        public string DocumentId(string path) => DocumentIdIn(FullPath ?? Folder, path);

        /// <summary>The id of the document a file belongs to (<see cref="DocumentId"/>) in the folder with this path.</summary>
        public static string DocumentIdIn(string folderPath, string path)
        {
            var folder = folderPath.Replace('\\', '/').TrimEnd('/');
            var normalized = path.Replace('\\', '/');
            var start = normalized.StartsWith(folder + "/", StringComparison.Ordinal) ? folder.Length + 1 : -1;
            if (start == -1)
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
