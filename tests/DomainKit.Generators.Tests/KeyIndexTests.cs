using System.Text;
using DomainKit.Compiled;
using DomainKit.Generators.Generation.Emit.Data;

namespace DomainKit.Generators.Tests;

/// <summary>
/// The key indexes the table writer emits, read by a <see cref="Dataset"/> with no generated dispatch at all (as
/// a tool that lays a corpus out at run time gets it): every name, alias and id, in every casing, and misses of
/// every shape, must answer exactly as a dictionary with the same comparison does.
/// </summary>
public class KeyIndexTests
{
    // Latin, accented Latin, Cyrillic (Russian and Tajik), Arabic script, Greek, and astral letters with case (Deseret).
    private static readonly string[] CatalogStems =
    [
        "Kabul", "Ahmad", "Ghazni", "Herat", "Republic of Balkh", "Northern Alliance", "Badghis", "Émile", "Şahin", "Ōsaka", "Москва", "Ваҳдат", "Душанбе", "قندهار", "هرات", "Δήμος", "\U00010400\U00010428x",
    ];

    [Fact]
    public void The_bundled_corpus_answers_every_key_through_its_indexes()
    {
        var (corpus, _) = CorpusPipeline.Link(CorpusPipeline.BundledFiles());

        AssertAgreesWithDictionaries(IndexedDataset(corpus!));
    }

    [Fact]
    public void A_catalog_of_155000_names_half_of_them_not_ASCII_answers_every_key_through_its_indexes()
    {
        var corpus = Catalog(100_000, CatalogStems);
        var dataset = IndexedDataset(corpus);

        Assert.InRange(corpus.NameKeys.Count, 150_000, 160_000);
        Assert.InRange(corpus.NameKeys.Count(k => !Ascii.IsValid(k.Key)), corpus.NameKeys.Count * 2 / 5, corpus.NameKeys.Count * 3 / 5);
        AssertAgreesWithDictionaries(dataset);
    }

    [Fact]
    public void Keys_whose_case_pairs_the_cheap_fold_would_split_are_found_in_every_casing()
    {
        // ǅ, ǆ and Ǆ are one letter ignoring case; clearing two bits does not fold them alike, so the exact fold is used.
        AssertAgreesWithDictionaries(IndexedDataset(Catalog(600, ["ǅemal", "Ǆukić", "ǆamila", "Σοφία", "ς-final"])));
    }

    [Fact]
    public void Long_keys_that_are_not_ASCII_are_found_in_every_casing_and_allocate_nothing()
    {
        // Over 256 UTF-8 bytes each (Cyrillic takes two a character, Deseret four a pair), so a comparison cannot decode onto one small stack buffer.
        string[] stems = [string.Concat(Enumerable.Repeat("Душанбе ", 30)), string.Concat(Enumerable.Repeat("\U00010400\U00010428", 40)), new string('a', 300) + "é"];
        var dataset = IndexedDataset(Catalog(40, stems));
        AssertAgreesWithDictionaries(dataset);

        // Actor i is named after stem i mod 3.
        var keys = Enumerable.Range(0, 6).Select(i => $"{stems[i % 3]} {i}").ToList();
        foreach (var probe in keys.Select(k => k.ToUpperInvariant()).Concat(keys.Select(k => k.ToLowerInvariant())).Concat(keys.Select(k => k + "x")))
        {
            dataset.Actors.TryFind(probe, out _);
            var before = GC.GetAllocatedBytesForCurrentThread();
            var found = dataset.Actors.TryFind(probe, out _);
            Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
            Assert.Equal(!probe.EndsWith('x'), found);
        }
    }

    [Fact]
    public void The_same_corpus_always_gives_the_same_tables()
    {
        var first = CorpusTableWriter.Write(Catalog(5_000, CatalogStems), CorpusPipeline.Vocabulary);
        var second = CorpusTableWriter.Write(Catalog(5_000, CatalogStems), CorpusPipeline.Vocabulary);

        Assert.Equal(first.PackedIntSegments(), second.PackedIntSegments());
    }

    private static void AssertAgreesWithDictionaries(Dataset dataset)
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

    /// <summary>The key, its casings, and the misses users make: a suffix, a character dropped, one character changed.</summary>
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
        }
    }

    /// <summary>A linked corpus of the small test corpus plus <paramref name="actors"/> actors, a bit over half with an alias.</summary>
    private static Generators.Corpus.Linking.LinkedCorpus Catalog(int actors, string[] stems)
    {
        var corpus = new TestCorpus();
        var rows = new StringBuilder(corpus["actors.tsv"]);
        for (var i = 0; i < actors; i++)
        {
            var stem = stems[i % stems.Length];
            var alias = i % 20 < 11 ? $"{stems[(i + 5) % stems.Length].ToUpperInvariant()} {i}-a" : string.Empty;
            rows.Append($"catalog-{i}\t{stem} {i}\tPerson\t\t\t\t{alias}\n");
        }

        corpus["actors.tsv"] = rows.ToString();
        var (linked, _) = CorpusPipeline.Link(corpus.Files);
        return linked!;
    }

    private static Dataset IndexedDataset(Generators.Corpus.Linking.LinkedCorpus corpus)
        => new(new InMemoryCorpusData(CorpusTableWriter.Write(corpus, CorpusPipeline.Vocabulary)));

    /// <summary>The tables' bytes as a tool would hold them: no generated dispatch, so every lookup goes through the indexes.</summary>
    private sealed class InMemoryCorpusData(CompiledTables tables) : CorpusData
    {
        private readonly byte[][] _utf8 = tables.Utf8Segments.Select(s => s.ToArray()).ToArray();
        private readonly byte[][] _packed = tables.PackedIntSegments().Select(Encoding.ASCII.GetBytes).ToArray();
        private readonly string[] _fallback = tables.FallbackStrings.ToArray();

        public override int PackedIntSegments => _packed.Length;

        public override ReadOnlySpan<string> FallbackStrings => _fallback;

        public override ReadOnlySpan<byte> Utf8(int segment) => _utf8[segment];

        public override ReadOnlySpan<byte> PackedInts(int segment) => _packed[segment];
    }
}
