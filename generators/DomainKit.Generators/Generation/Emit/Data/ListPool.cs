using System.Collections.Generic;
using DomainKit.Generators.Common;

namespace DomainKit.Generators.Generation.Emit.Data
{
    /// <summary>The lists section: count-prefixed integer lists; position 0 is the shared empty list.</summary>
    internal sealed class ListPool
    {
        private readonly IntSection _items;

        public ListPool()
        {
            _items = new IntSection();
            _items.Add(0);
        }

        private ListPool(IntSection items) => _items = items;

        public IntSection Items => _items;

        /// <summary>A pool that goes on from this one's lists, which is frozen first (<see cref="Freeze"/>).</summary>
        public ListPool Copy()
        {
            Freeze();
            return new(_items.Copy());
        }

        /// <summary>Makes the lists read only from now on.</summary>
        public void Freeze() => _items.Freeze();

        /// <summary>The position of a new list holding <paramref name="values"/> (the empty list for none), copied at once.</summary>
        public int Add(EquatableArray<int> values)
        {
            var position = Begin(values.Count);
            _items.AddRange(values.AsSpan());
            return position;
        }

        /// <summary>The position of a new list holding <paramref name="values"/> (the empty list for none).</summary>
        public int Add(IReadOnlyCollection<int> values)
        {
            var position = Begin(values.Count);
            _items.AddRange(values);
            return position;
        }

        /// <summary>How many integers the pool holds: where the next list starts.</summary>
        public int Count => _items.Count;

        /// <summary>
        /// Appends <paramref name="count"/> integers of a finished table's lists from <paramref name="start"/>: lists that
        /// pool laid out, with the references in them as they hold here too.
        /// </summary>
        public void AppendCopy(IntSection lists, int start, int count) => _items.AppendRun(lists, start, count);

        /// <summary>Where a list of <paramref name="count"/> values starts, its count written: the shared empty list for none.</summary>
        private int Begin(int count)
        {
            if (count == 0)
            {
                return 0;
            }

            _items.Add(count);
            return _items.Count - 1;
        }
    }
}
