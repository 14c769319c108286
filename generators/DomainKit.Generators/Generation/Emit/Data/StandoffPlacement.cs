using System;

namespace DomainKit.Generators.Generation.Emit.Data
{
    /// <summary>
    /// Where one document's standoff rows (<see cref="DocumentStandoffRows"/>) go in a corpus's table: its strings'
    /// references in the table's pool, its type names' indexes, where its rows of each kind start (by
    /// <see cref="Relocation"/>) and where its lists start. The rows and their placement make the document's part of the
    /// table, value for value, so rows placed as a table before placed them are that table's values again.
    /// </summary>
    internal sealed class StandoffPlacement : IEquatable<StandoffPlacement>
    {
        public StandoffPlacement(int[] strings, int[] types, int[] bases, int listBase)
        {
            Strings = strings;
            Types = types;
            Bases = bases;
            ListBase = listBase;
        }

        /// <summary>The reference in the table's pool of each of the document's strings.</summary>
        public int[] Strings { get; }

        /// <summary>The corpus's index of each of the document's type names.</summary>
        public int[] Types { get; }

        /// <summary>Where the document's rows of each kind start, by <see cref="Relocation"/>.</summary>
        public int[] Bases { get; }

        /// <summary>Where the document's first list goes in the table's lists.</summary>
        public int ListBase { get; }

        public bool Equals(StandoffPlacement? other)
            => other is not null
               && ListBase == other.ListBase
               && Strings.AsSpan().SequenceEqual(other.Strings)
               && Types.AsSpan().SequenceEqual(other.Types)
               && Bases.AsSpan().SequenceEqual(other.Bases);

        public override bool Equals(object? obj) => Equals(obj as StandoffPlacement);

        public override int GetHashCode() => unchecked((ListBase * 31) + Strings.Length);
    }
}
