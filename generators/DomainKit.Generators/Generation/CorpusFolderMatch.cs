using System;

namespace DomainKit.Generators.Generation
{
    /// <summary>
    /// Which files belong to a declared corpus folder. Made once per declaration and asked once per file, so the
    /// question allocates nothing: an edit of an annotation file asks it again for every annotation file of the project
    /// (<see cref="CheckedScope"/>), an edit of any other corpus file for every other corpus file (<see cref="CorpusScope"/>).
    /// </summary>
    internal sealed class CorpusFolderMatch : IEquatable<CorpusFolderMatch>
    {
        private readonly string _inside;

        /// <param name="folder">The declared folder, normalized (<see cref="Corpus.CorpusBuilder.NormalizePath"/>).</param>
        /// <param name="root">The project's directory, or null when it is not known.</param>
        public CorpusFolderMatch(string folder, string? root)
        {
            Folder = folder;
            _inside = "/" + folder + "/";
            FullFolderPath = FullPath(folder, root);
        }

        /// <summary>The declared folder, as corpus-wide diagnostics name it.</summary>
        public string Folder { get; }

        /// <summary>The folder's full path, or null when the project directory is not known.</summary>
        public string? FullFolderPath { get; }

        /// <summary>
        /// A file belongs to a corpus when it lies in the corpus folder (or below it). With the project directory
        /// known the folder is resolved from it; without (as in a bare compilation), a folder whose path ends with
        /// the declared one matches.
        /// </summary>
        public bool Contains(string path)
        {
            var directory = path.AsSpan(0, Math.Max(0, path.LastIndexOf('/')));
            if (FullFolderPath is { } full)
            {
                return directory.StartsWith(full.AsSpan(), StringComparison.Ordinal)
                    && (directory.Length == full.Length || directory[full.Length] == '/');
            }

            return Ends(directory, Folder) || directory.IndexOf(_inside.AsSpan()) >= 0;
        }

        /// <summary>The id of the document a file of this folder belongs to (<see cref="Corpus.CorpusFiles.DocumentId"/>).</summary>
        public string DocumentId(string path) => Corpus.CorpusFiles.DocumentIdIn(FullFolderPath ?? Folder, path);

        public bool Equals(CorpusFolderMatch? other)
            => other is not null && Folder == other.Folder && FullFolderPath == other.FullFolderPath;

        public override bool Equals(object? obj) => obj is CorpusFolderMatch other && Equals(other);

        public override int GetHashCode() => Folder.GetHashCode();

        /// <summary>The corpus folder's full path, or null when the project directory is not known.</summary>
        public static string? FullPath(string folder, string? root)
            => root is null ? null : folder.StartsWith("/", StringComparison.Ordinal) || folder.Contains(":") ? folder : root + "/" + folder;

        /// <summary>The directory is the folder, or ends with '/' and the folder.</summary>
        private static bool Ends(ReadOnlySpan<char> directory, string folder)
            => directory.EndsWith(folder.AsSpan(), StringComparison.Ordinal)
               && (directory.Length == folder.Length || directory[directory.Length - folder.Length - 1] == '/');
    }
}
