using System;
using System.Collections.Generic;
using System.Linq;

namespace DomainKit.Generators.Common
{
    /// <summary>
    /// The order every corpus step lists files in: by path, ordinal. Each edit of a corpus file lists every file of
    /// the project again, already in this order after the first step that sorts them, so a list in order is
    /// checked in one pass and returned as it is rather than sorted again.
    /// </summary>
    internal static class PathOrder
    {
        /// <summary>The items by path; the same list when it is in order already (a stable sort keeps equal paths in the given order either way).</summary>
        public static IReadOnlyList<T> Sort<T>(IReadOnlyList<T> items, Func<T, string> path)
        {
            for (var i = 1; i < items.Count; i++)
            {
                if (string.CompareOrdinal(path(items[i - 1]), path(items[i])) > 0)
                {
                    return items.OrderBy(path, StringComparer.Ordinal).ToList();
                }
            }

            return items;
        }
    }
}
