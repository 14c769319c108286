using System.Text;
using DomainKit.Compiled;
using DomainKit.Generators.Generation.Emit.Data;
using DomainKit.Synthetic;

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

        KeyIndexAgreement.AssertAgreesWithDictionaries(IndexedDataset(corpus!));
    }

    [Fact]
    public void The_100x_synthetic_corpus_answers_every_key_through_its_indexes()
    {
        var files = SyntheticCorpus.Generate(SyntheticCorpusShape.AtScale(100), seed: 1).ToDictionary(f => "/x100/" + f.Name, f => f.Content, StringComparer.Ordinal);
        var (corpus, _) = CorpusPipeline.Link(files);

        Assert.Equal(SyntheticCorpusShape.AtScale(100).Actors, corpus!.Actors.Count);
        KeyIndexAgreement.AssertAgreesWithDictionaries(IndexedDataset(corpus));
    }

    [Fact]
    public void A_catalog_of_155000_names_half_of_them_not_ASCII_answers_every_key_through_its_indexes()
    {
        var corpus = Catalog(100_000, CatalogStems);
        var dataset = IndexedDataset(corpus);

        Assert.InRange(corpus.NameKeys.Count, 150_000, 160_000);
        Assert.InRange(corpus.NameKeys.Count(k => !Ascii.IsValid(k.Key)), corpus.NameKeys.Count * 2 / 5, corpus.NameKeys.Count * 3 / 5);
        KeyIndexAgreement.AssertAgreesWithDictionaries(dataset);
    }

    [Fact]
    public void Keys_whose_case_pairs_the_cheap_fold_would_split_are_found_in_every_casing()
    {
        // ǅ, ǆ and Ǆ are one letter ignoring case; clearing two bits does not fold them alike, so the exact fold is used.
        KeyIndexAgreement.AssertAgreesWithDictionaries(IndexedDataset(Catalog(600, ["ǅemal", "Ǆukić", "ǆamila", "Σοφία", "ς-final"])));
    }

    [Theory]
    [InlineData(40)]
    [InlineData(400)]
    public void Long_keys_that_are_not_ASCII_are_found_in_every_casing_and_allocate_nothing(int actors)
    {
        // Far longer than a slot holds, Cyrillic, astral letters with a case partner (Deseret) and ASCII with one accented letter at the end.
        string[] stems = [string.Concat(Enumerable.Repeat("Душанбе ", 30)), string.Concat(Enumerable.Repeat("\U00010400\U00010428", 40)), new string('a', 300) + "é"];
        var catalog = Catalog(actors, stems);
        var dataset = IndexedDataset(catalog);
        KeyIndexAgreement.AssertAgreesWithDictionaries(dataset);

        // 400 actors' names take more than a chunk after the slots, so the writer's keys run across chunk ends.
        var names = CorpusTableWriter.Write(catalog, CorpusPipeline.Vocabulary).Sections[(int)Section.ActorNames];
        Assert.Equal(actors > 100, names.Count - names[HashIndexFields.SlotsStart] - (names[HashIndexFields.SlotCount] << names[HashIndexFields.SlotBits]) > IntTableCodec.ChunkLength);

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

    [Theory]
    [InlineData(36, 36)]
    [InlineData(100, 12)]
    public void Keys_shorter_and_longer_than_the_characters_a_slot_holds_are_found_in_every_casing(int stemCount, int shortStems)
    {
        // Keys of 3 to 40 characters around the 24 characters a slot holds; then mostly short keys and a few of 33–45
        // characters (compared after the slots, so a change in their last character must still miss).
        string[] stems = Enumerable.Range(1, stemCount).Select(n => n > shortStems ? (n == stemCount ? new string('ж', 33) : "x") : n % 3 == 0 ? new string('ж', n) : n % 3 == 1 ? new string('q', n) : "\U00010400" + new string('b', n)).ToArray();
        var dataset = IndexedDataset(Catalog(360, stems));
        KeyIndexAgreement.AssertAgreesWithDictionaries(dataset);

        foreach (var actor in dataset.Actors.All.Where(a => a.Name.Length > HashIndexFields.InlineCharacters(HashIndexFields.NarrowSlotBits)))
        {
            Assert.False(dataset.Actors.TryFind(actor.Name[..^1] + (actor.Name[^1] == '7' ? '8' : '7'), out _), actor.Name);
        }
    }

    [Fact]
    public void A_kind_with_no_records_misses_every_id()
    {
        var corpus = new TestCorpus();
        foreach (var annotations in corpus.Files.Keys.Where(name => name.EndsWith(".ann", StringComparison.Ordinal)).ToList())
        {
            corpus.Files[annotations] = string.Empty;
        }

        var (linked, _) = CorpusPipeline.Link(corpus.Files);
        var dataset = IndexedDataset(linked!);

        Assert.Equal((0, 0), (dataset.Statements.Count, dataset.BorderEvents.Count));
        foreach (var probe in new[] { string.Empty, "s1", "border-event-1", new string('x', 300) })
        {
            Assert.False(dataset.Statements.TryGet(probe, out _), probe);
            Assert.False(dataset.BorderEvents.TryGet(probe, out _), probe);
        }
    }

    [Fact]
    public void A_few_short_ids_do_not_make_every_probe_hash_its_whole_key()
    {
        // Ids as a catalog has them, told apart by their last characters only, beside a few ids shorter than any slice.
        var keys = new[] { "us", "un", "isaf" }.Concat(Enumerable.Range(0, 30_000).Select(i => $"catalog-{i}")).ToList();
        var hash = KeyAnalyzer.Analyze(keys, ignoreCase: false).KeyHash;

        Assert.NotEqual(0, hash.Length);
        Assert.All(keys.Where(k => k.StartsWith("catalog-", StringComparison.Ordinal)), k => Assert.True(k.Length >= hash.SliceFits, k));
    }

    [Fact]
    public void The_same_corpus_always_gives_the_same_tables()
    {
        var first = CorpusTableWriter.Write(Catalog(5_000, CatalogStems), CorpusPipeline.Vocabulary);
        var second = CorpusTableWriter.Write(Catalog(5_000, CatalogStems), CorpusPipeline.Vocabulary);

        Assert.Equal(first.PackedIntSegments(), second.PackedIntSegments());
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
