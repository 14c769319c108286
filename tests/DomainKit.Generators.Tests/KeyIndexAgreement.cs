namespace DomainKit.Generators.Tests;

/// <summary>
/// Checks a dataset's key indexes against dictionaries built from its own records: every name, alias and id, in
/// every casing, and misses of every shape, must answer exactly as a dictionary with the same comparison does.
/// </summary>
internal static class KeyIndexAgreement
{
    /// <summary>Every name, alias and id of <paramref name="dataset"/>, its casings and near misses, answer as a dictionary with the same comparison does.</summary>
    public static void AssertAgreesWithDictionaries(Dataset dataset)
    {
        var byName = NamesToIds(dataset);
        foreach (var probe in byName.Keys.SelectMany(Variants).Concat(["", "ı", "ſ", "\U00010428\U00010400X"]))
        {
            var hit = dataset.Actors.TryFind(probe, out var found);
            Assert.True(byName.TryGetValue(probe, out var id) == hit, $"'{probe}' found: {hit}");
            Assert.Equal(hit ? id : null, found?.Id);
        }

        AssertIds(dataset.Actors);
        AssertIds(dataset.Documents);
        AssertIds(dataset.Statements);
        AssertIds(dataset.BorderEvents);
    }

    /// <summary>
    /// Every name and alias to its actor's id, ignoring case, as a dictionary built from the records sees them: names
    /// first, then aliases, the first actor winning a key.
    /// </summary>
    public static Dictionary<string, string> NamesToIds(Dataset dataset)
    {
        var byName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var actor in dataset.Actors.All)
        {
            byName.TryAdd(actor.Name, actor.Id);
        }

        foreach (var actor in dataset.Actors.All)
        {
            foreach (var alias in actor.Aliases)
            {
                byName.TryAdd(alias, actor.Id);
            }
        }

        return byName;
    }

    private static void AssertIds<T>(RecordTable<T> table)
        where T : class
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < table.Count; i++)
        {
            ids.Add(IdOf(table[i]), i);
        }

        foreach (var probe in ids.Keys.SelectMany(Variants))
        {
            var hit = table.TryGet(probe, out var found);
            Assert.True(ids.TryGetValue(probe, out var index) == hit, $"id '{probe}' found: {hit}");
            Assert.Same(hit ? table[index] : null, found);
        }
    }

    private static string IdOf(object record) => record switch
    {
        Actor a => a.Id,
        Document d => d.Id,
        Statement s => s.Id,
        BorderEvent e => e.Id,
        _ => throw new ArgumentException("no id", nameof(record)),
    };

    /// <summary>The key, its casings, and the misses users make: a suffix, a character dropped, the middle or the last character changed.</summary>
    private static IEnumerable<string> Variants(string key)
    {
        yield return key;
        yield return key.ToUpperInvariant();
        yield return key.ToLowerInvariant();
        yield return key + "s";
        if (key.Length > 0)
        {
            yield return key[..^1];
            var middle = key.Length / 2;
            yield return string.Concat(key.AsSpan(0, middle), [key[middle] == 'x' ? 'q' : 'x'], key.AsSpan(middle + 1));
            yield return string.Concat(key.AsSpan(0, key.Length - 1), [key[^1] == 'x' ? 'q' : 'x']);
        }
    }
}
