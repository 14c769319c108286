using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace DomainKit;

/// <summary>Builds the one-to-many indexes of the tables once, so each query is one dictionary lookup.</summary>
internal static class Grouping
{
    public static FrozenDictionary<TKey, ImmutableArray<T>> By<T, TKey>(IEnumerable<T> records, Func<T, TKey> key, IEqualityComparer<TKey>? comparer = null)
        where TKey : notnull
        => records
            .GroupBy(key, comparer)
            .ToFrozenDictionary(group => group.Key, group => group.ToImmutableArray(), comparer);
}
