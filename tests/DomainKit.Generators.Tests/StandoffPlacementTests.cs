using DomainKit.Generators.Corpus.Linking;
using DomainKit.Generators.Generation.Emit.Data;

namespace DomainKit.Generators.Tests;

/// <summary>
/// The table writer copies a document's standoff rows from the last table written on from the same catalogs' part when
/// they are placed as there (<see cref="StandoffPlacements"/>). Over a run of random edits, as the generator makes them
/// (one document's annotations at a time, the other documents' rows kept), every table must be the table written whole.
/// </summary>
public sealed class StandoffPlacementTests
{
    private const string Text = "BMP-6 inhibits Id1 and Id2 in B cells.";

    private static readonly string Schema = string.Join("\n",
        "[entities]",
        "Protein",
        "Gene",
        "[relations]",
        "Equiv\tArg1:Protein, Arg2:Protein, <REL-TYPE>:symmetric-transitive",
        "[events]",
        "[attributes]",
        "Negation\tArg:Protein");

    /// <summary>Labels the documents share, so that one document's edit changes which strings the next ones use first.</summary>
    private static readonly string[] Labels = ["alpha", "beta", "gamma", "delta"];

    [Fact]
    public void Every_table_of_a_run_of_random_edits_is_the_table_written_whole()
    {
        var random = new Random(20261206);
        var documents = Enumerable.Range(0, 5).Select(_ => new DocumentState()).ToArray();
        var tables = new TableRun(documents);
        var last = new Dictionary<DocumentStandoffRows, StandoffPlacement>();
        var (inStep, found, moved) = (0, 0, 0);
        for (var edit = 0; edit < 80; edit++)
        {
            if (edit > 0)
            {
                documents[random.Next(documents.Length)].Edit(random, edit);
            }

            // A placement taken over from the last table is the same object; one found again by its values is equal.
            foreach (var (document, placement) in tables.Write(documents))
            {
                if (last.TryGetValue(document, out var before))
                {
                    inStep += ReferenceEquals(before, placement) ? 1 : 0;
                    found += !ReferenceEquals(before, placement) && before.Equals(placement) ? 1 : 0;
                    moved += before.Equals(placement) ? 0 : 1;
                }

                last[document] = placement;
            }
        }

        // Each way a document's rows reach the table is taken.
        Assert.True(inStep > 50, $"{inStep} copied in step");
        Assert.True(found > 0, $"{found} copied by their placement");
        Assert.True(moved > 10, $"{moved} moved");
    }

    [Fact]
    public void Rows_last_placed_by_an_older_table_are_not_copied_in_step_with_the_last()
    {
        var documents = Enumerable.Range(0, 2).Select(_ => new DocumentState()).ToArray();
        var tables = new TableRun(documents);
        tables.Write(documents);

        // The first document's label becomes another at the same place in the pool; the second's rows change, then come
        // back as they were, placed last by the first table, where the label they share meant the first document's.
        documents[0].Label = 1;
        documents[1].Equivalence = false;
        tables.Write(documents);
        documents[1].Equivalence = true;
        tables.Write(documents);
    }

    /// <summary>Tables written one after another on from one catalogs' part, each checked against the table written whole.</summary>
    private sealed class TableRun(DocumentState[] documents)
    {
        private readonly CatalogTables _catalog = CatalogTablesOf(Link(documents));

        // As the generator keeps them: a document's rows are made again only when its layer changes.
        private readonly Dictionary<StandoffLayerModel, DocumentStandoffRows> _kept = new();

        /// <summary>Writes the next table; each document's rows with where it placed them.</summary>
        public List<(DocumentStandoffRows Rows, StandoffPlacement Placement)> Write(DocumentState[] documents)
        {
            var corpus = Link(documents);
            var rows = corpus.Standoff.ToDictionary(layer => layer.Document, layer => _kept.TryGetValue(layer, out var made) ? made : _kept[layer] = DocumentStandoffWriter.Write(layer));
            var written = CorpusTableWriter.Write(corpus, CorpusPipeline.Vocabulary, KeyIndex.Build(KeyIndexKeys.Of(corpus)), rows, _catalog);

            var whole = CorpusTableWriter.Write(corpus, CorpusPipeline.Vocabulary);
            Assert.Equal(whole.Sections, written.Sections);
            Assert.Equal(whole.Utf8Segments, written.Utf8Segments);
            Assert.Equal(whole.FallbackStrings, written.FallbackStrings);
            return rows.Values.Select(document => (document, _catalog.Placements.Last(document)!.Placement)).ToList();
        }

        private static CatalogTables CatalogTablesOf(LinkedCorpus corpus) => CatalogTables.Of(corpus.Documents, corpus.Actors, CorpusPipeline.Vocabulary);
    }

    private static LinkedCorpus Link(DocumentState[] documents)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal) { [TestCorpus.Folder + "annotation.conf"] = Schema };
        for (var i = 0; i < documents.Length; i++)
        {
            files[$"{TestCorpus.Folder}doc{i}.txt"] = Text;
            files[$"{TestCorpus.Folder}doc{i}.ann"] = documents[i].Annotations();
        }

        var (corpus, diagnostics) = CorpusPipeline.Link(files);
        Assert.DoesNotContain(diagnostics, d => d.Rule.Severity == Diagnostics.DiagnosticSeverityLevel.Error);
        return corpus!;
    }

    /// <summary>One document's annotations, each part of which an edit can change.</summary>
    private sealed class DocumentState
    {
        private bool _gene;
        private bool _negation;

        /// <summary>Which of the shared <see cref="Labels"/> the first normalization has.</summary>
        public int Label { get; set; }

        /// <summary>A label no other document has, if not 0.</summary>
        public int OwnLabel { get; set; }

        /// <summary>Whether the document has an equivalence (a list in the table).</summary>
        public bool Equivalence { get; set; } = true;

        public string Annotations() => string.Join("\n", new[]
        {
            $"T1\tProtein {TestCorpus.Span(Text, "BMP-6")}\tBMP-6",
            $"T2\tProtein {TestCorpus.Span(Text, "Id1")}\tId1",
            $"T3\tProtein {TestCorpus.Span(Text, "Id2")}\tId2",
            _gene ? $"T4\tGene {TestCorpus.Span(Text, "B cells")}\tB cells" : null,
            $"N1\tReference T1 UniProt:P22004\t{Labels[Label]}",
            OwnLabel > 0 ? $"N2\tReference T2 UniProt:Q{OwnLabel}\tonly-{OwnLabel}" : null,
            Equivalence ? "*\tEquiv T2 T3" : null,
            _negation ? "A1\tNegation T3" : null,
            string.Empty,
        }.Where(line => line is not null));

        /// <summary>Changes one part: a shared label, a label of its own (added, renamed or taken away), an equivalence's list, a row, a type name.</summary>
        public void Edit(Random random, int edit)
        {
            switch (random.Next(5))
            {
                case 0: Label = random.Next(Labels.Length); break;
                case 1: OwnLabel = OwnLabel > 0 && random.Next(2) == 0 ? 0 : edit; break;
                case 2: Equivalence = !Equivalence; break;
                case 3: _gene = !_gene; break;
                default: _negation = !_negation; break;
            }
        }
    }
}
