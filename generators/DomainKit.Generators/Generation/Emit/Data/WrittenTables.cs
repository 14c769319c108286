using System.Threading;

namespace DomainKit.Generators.Generation.Emit.Data
{
    /// <summary>
    /// What the last table written on from one catalogs' part leaves for the next to copy from (<see cref="LastWrite"/>).
    /// A data edit makes one document's rows and records again and keeps the others' as they were; what is the same and
    /// lands in the same place is copied instead of being written again. Generator runs can write tables from one
    /// catalogs' part at the same time (forked driver states share it): each reads the last write once, as one value, and
    /// a finished table replaces it whole.
    /// </summary>
    internal sealed class WrittenTables
    {
        private LastWrite? _last;

        /// <summary>The last finished table and where it placed each document's standoff rows; null before the first.</summary>
        public LastWrite? Last => Volatile.Read(ref _last);

        /// <summary>Remembers <paramref name="write"/>, in place of the write before it.</summary>
        public void Remember(LastWrite write) => Volatile.Write(ref _last, write);
    }
}
