using System;

namespace DomainKit.Generators.Generation
{
    /// <summary>
    /// Which files belong to a declared corpus folder. Made once per declaration and asked once per file, so the
    /// question allocates nothing: every edit of any corpus file asks it again for every file of the project.
    /// </summary>
    internal sealed class CorpusFolderMatch
    {
        private readonly string _folder;
        private readonly string _inside;
        private readonly string? _fullPath;

        public CorpusFolderMatch(string folder, string? root)
        {
            _folder = folder;
            _inside = "/" + folder + "/";
            _fullPath = FullPath(folder, root);
        }

        /// <summary>
        /// A file belongs to a corpus when it lies in the corpus folder (or below it). With the project directory
        /// known the folder is resolved from it; without (as in a bare compilation), a folder whose path ends with
        /// the declared one matches.
        /// </summary>
        public bool Contains(string path)
        {
            var directory = path.AsSpan(0, Math.Max(0, path.LastIndexOf('/')));
            if (_fullPath is { } full)
            {
                return directory.StartsWith(full.AsSpan(), StringComparison.Ordinal)
                    && (directory.Length == full.Length || directory[full.Length] == '/');
            }

            return Ends(directory, _folder) || directory.IndexOf(_inside.AsSpan()) >= 0;
        }

        /// <summary>The corpus folder's full path, or null when the project directory is not known.</summary>
        public static string? FullPath(string folder, string? root)
            => root is null ? null : folder.StartsWith("/", StringComparison.Ordinal) || folder.Contains(":") ? folder : root + "/" + folder;

        /// <summary>The directory is the folder, or ends with '/' and the folder.</summary>
        private static bool Ends(ReadOnlySpan<char> directory, string folder)
            => directory.EndsWith(folder.AsSpan(), StringComparison.Ordinal)
               && (directory.Length == folder.Length || directory[directory.Length - folder.Length - 1] == '/');
    }
}
