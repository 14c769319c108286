using System.Collections.Generic;
using DomainKit.Generators.Common;

namespace DomainKit.Generators.Generation.Emit.Data
{
    /// <summary>The lists section: count-prefixed integer lists; position 0 is the shared empty list.</summary>
    internal sealed class ListPool
    {
        private readonly List<int> _items;

        public ListPool() => _items = new List<int> { 0 };

        private ListPool(List<int> items) => _items = items;

        public IReadOnlyList<int> Items => _items;

        /// <summary>A pool that goes on from this one's lists, which stays as it is.</summary>
        public ListPool Copy() => new(new List<int>(_items));

        /// <summary>The position of a new list holding <paramref name="values"/> (the empty list for none), copied at once.</summary>
        public int Add(EquatableArray<int> values)
        {
            if (values.Count == 0)
            {
                return 0;
            }

            var position = _items.Count;
            _items.Add(values.Count);
            values.AppendTo(_items);
            return position;
        }

        /// <summary>The position of a new list holding <paramref name="values"/> (the empty list for none).</summary>
        public int Add(IReadOnlyCollection<int> values)
        {
            if (values.Count == 0)
            {
                return 0;
            }

            var position = _items.Count;
            _items.Add(values.Count);
            _items.AddRange(values);
            return position;
        }
    }
}
