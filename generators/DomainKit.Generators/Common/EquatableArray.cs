using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

namespace DomainKit.Generators.Common
{
    /// <summary>
    /// An immutable array with structural equality, so incremental pipeline steps that carry
    /// collections compare equal when their contents do and the step's output is cached.
    /// </summary>
    internal readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>, IReadOnlyList<T>
        where T : IEquatable<T>
    {
        public static readonly EquatableArray<T> Empty = new(Array.Empty<T>());

        private readonly T[]? _items;

        public EquatableArray(T[] items) => _items = items;

        public int Count => _items?.Length ?? 0;

        public T this[int index] => _items![index];

        public ReadOnlySpan<T> AsSpan() => _items;

        /// <summary>Appends the items to <paramref name="list"/> in one copy: <c>List.AddRange</c> copies a collection at once but enumerates this struct item by item, growing as it goes.</summary>
        public void AppendTo(List<T> list) => list.AddRange(_items ?? Array.Empty<T>());

        /// <summary>Whether the items are equal, one by one; the same array is not read.</summary>
        public bool Equals(EquatableArray<T> other) => ReferenceEquals(_items, other._items) || AsSpan().SequenceEqual(other.AsSpan());

        public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

        public override int GetHashCode()
        {
            var hash = 17;
            foreach (var item in AsSpan())
            {
                hash = unchecked((hash * 31) + (item?.GetHashCode() ?? 0));
            }

            return hash;
        }

        public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)(_items ?? Array.Empty<T>())).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);

        public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);
    }

    internal static class EquatableArray
    {
        public static EquatableArray<T> ToEquatableArray<T>(this IEnumerable<T> items)
            where T : IEquatable<T> => new(items.ToArray());
    }
}
