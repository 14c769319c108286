using DomainKit.Generators.Corpus.Linking;
using DomainKit.Generators.Generation.Emit.Data;

namespace DomainKit.Generators.Tests;

/// <summary>
/// The table writer copies what the last table written on from the same catalogs' part holds where it is the same: a
/// document's standoff rows placed as there (<see cref="WrittenTables"/>), a record that starts where it did there
/// (<see cref="RecordRunWriter"/>). Over runs of random edits, as the generator makes them (one document's annotations at
/// a time, the other documents' rows kept), every table must be the table written whole.
/// </summary>
public sealed class CopiedTableTests
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
    public void Every_table_of_a_run_of_random_record_edits_is_the_table_written_whole()
    {
        var random = new Random(612);
        var documents = Enumerable.Range(0, 5).Select(_ => new RecordDocument()).ToArray();
        var tables = new TableRun(LinkRecords(documents));
        var (copied, written, relationsCopied, relationsWritten, indexesTaken, indexesComputed) = (0, 0, 0, 0, 0, 0);
        for (var edit = 0; edit < 200; edit++)
        {
            if (edit > 0)
            {
                documents[random.Next(documents.Length)].Edit(random);
            }

            var corpus = LinkRecords(documents);
            tables.Write(corpus);
            var table = tables.Written.Last!.Table;
            foreach (var run in new[] { (table.Mentions.Records.Count, table.Mentions.Copied), (table.Statements.Records.Count, table.Statements.Copied), (table.BorderEvents.Records.Count, table.BorderEvents.Copied) })
            {
                copied += run.Copied;
                written += run.Count - run.Copied;
            }

            relationsCopied += table.Relations.Copied;
            relationsWritten += table.Relations.Records.Count - table.Relations.Copied;
            indexesTaken += table.Indexes.Taken;
            indexesComputed += table.Indexes.Count - table.Indexes.Taken;
        }

        // Groupings and date indexes computed from the same inputs as the last table's are taken from it.
        Assert.True(indexesTaken > 1500, $"{indexesTaken} indexes taken");
        Assert.True(indexesComputed > 200, $"{indexesComputed} indexes computed");

        Assert.True(relationsCopied > 20, $"{relationsCopied} relations copied");
        Assert.True(relationsWritten > 5, $"{relationsWritten} relations written");

        Assert.True(copied > 500, $"{copied} records copied");
        Assert.True(written > 100, $"{written} records written");
    }

    [Fact]
    public void Tables_written_at_the_same_time_on_from_one_catalogs_part_are_each_the_table_written_whole()
    {
        // Forked driver states share the catalogs' part: each run copies from whichever table finished last.
        var catalog = new TableRun(LinkRecords(Enumerable.Range(0, 5).Select(_ => new RecordDocument()).ToArray())).Catalog;
        Parallel.For(0, 4, worker =>
        {
            var random = new Random(worker);
            var documents = Enumerable.Range(0, 5).Select(_ => new RecordDocument()).ToArray();
            var tables = new TableRun(catalog);
            for (var edit = 0; edit < 40; edit++)
            {
                documents[random.Next(documents.Length)].Edit(random);

                // Only checked: the last write is whichever run's finished last.
                tables.Check(LinkRecords(documents));
            }
        });
    }

    [Fact]
    public void A_record_whose_string_an_earlier_record_added_is_not_copied_once_that_record_adds_another()
    {
        // The second statement uses the CAMEO code the first added; the first's becomes another, at the same place in the pool.
        var documents = new[] { new RecordDocument { Id = 0, Cameo = 1 }, new RecordDocument { Id = 1, Cameo = 1 } };
        var tables = new TableRun(LinkRecords(documents));
        tables.Write(LinkRecords(documents));
        documents[0].Cameo = 2;
        tables.Write(LinkRecords(documents));

        var statements = tables.Written.Last!.Table.Statements;
        Assert.Equal(["pledge-a", "pledge-b"], statements.Records.Select(s => s.Id));
        Assert.Equal(0, statements.Copied);
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
    private sealed class TableRun(CatalogTables catalog)
    {
        private readonly CatalogTables _catalog = catalog;

        public TableRun(LinkedCorpus first)
            : this(CatalogTables.Of(first.Documents, first.Actors, CorpusPipeline.Vocabulary))
        {
        }

        public TableRun(DocumentState[] documents)
            : this(Link(documents))
        {
        }

        /// <summary>The catalogs' part the tables are written on from.</summary>
        public CatalogTables Catalog => _catalog;

        /// <summary>What the tables were written on from remembers of the last.</summary>
        public WrittenTables Written => _catalog.Written;

        // As the generator keeps them: a document's rows are made again only when its layer changes.
        private readonly Dictionary<StandoffLayerModel, DocumentStandoffRows> _kept = new();

        /// <summary>Writes the next table; each document's rows with where it placed them.</summary>
        public List<(DocumentStandoffRows Rows, StandoffPlacement Placement)> Write(DocumentState[] documents) => Write(Link(documents));

        /// <inheritdoc cref="Write(DocumentState[])"/>
        public List<(DocumentStandoffRows Rows, StandoffPlacement Placement)> Write(LinkedCorpus corpus)
            => Check(corpus).Values.Select(document => (document, _catalog.Written.Last!.Placed(document)!.Placement)).ToList();

        /// <summary>Writes the next table and checks it; each document's rows.</summary>
        public Dictionary<int, DocumentStandoffRows> Check(LinkedCorpus corpus)
        {
            var rows = corpus.Standoff.ToDictionary(layer => layer.Document, layer => _kept.TryGetValue(layer, out var made) ? made : _kept[layer] = DocumentStandoffWriter.Write(layer));
            var written = CorpusTableWriter.Write(corpus, CorpusPipeline.Vocabulary, KeyIndex.Build(KeyIndexKeys.Of(corpus)), rows, _catalog);

            var whole = CorpusTableWriter.Write(corpus, CorpusPipeline.Vocabulary);
            Assert.Equal(whole.Sections, written.Sections);
            Assert.Equal(whole.Utf8Segments, written.Utf8Segments);
            Assert.Equal(whole.FallbackStrings, written.FallbackStrings);
            return rows;
        }
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

    private static LinkedCorpus LinkRecords(RecordDocument[] documents)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [TestCorpus.Folder + "annotation.conf"] = TestCorpus.Schema,
            [TestCorpus.Folder + "actors.tsv"] = new TestCorpus()["actors.tsv"],
            [TestCorpus.Folder + "documents.tsv"] = "id\ttitle\toutlet\tpublished\n" + string.Concat(documents.Select((_, i) => $"doc{i}\tReport {i}\ttass\t2021-07-0{i + 1}\n")),
        };
        for (var i = 0; i < documents.Length; i++)
        {
            files[$"{TestCorpus.Folder}doc{i}.txt"] = RecordDocument.Text;
            files[$"{TestCorpus.Folder}doc{i}.ann"] = documents[i].Annotations();
        }

        var corpus = CorpusPipeline.Link(files).Corpus;
        Assert.NotNull(corpus);
        return corpus;
    }

    /// <summary>A document with a statement, its mentions and perhaps a border event, each part of which an edit can change.</summary>
    private sealed class RecordDocument
    {
        public const string Text = "Sahin told TASS: we will not attack the border. On July 5 troops retreated to Tajikistan.";

        /// <summary>Statement ids the documents share: documents that attest one make one record of it.</summary>
        private static readonly string[] Ids = ["pledge-a", "pledge-b", "pledge-c"];

        /// <summary>Which of the shared statement ids the statement has.</summary>
        public int Id { get; set; }

        /// <summary>The statement's CAMEO code, 010 or 020 (one string the records share), if not 0.</summary>
        public int Cameo { get; set; }

        private bool _denial;
        private int _day;
        private bool _direct;
        private bool _via = true;
        private bool _borderEvent;
        private int _border;
        private bool _related;

        public string Annotations() => string.Join("\n", new[]
        {
            $"T1\tActor {TestCorpus.Span(Text, "Sahin")}\tSahin",
            $"T2\tStatement {TestCorpus.Span(Text, "told")}\ttold",
            $"T3\tQuote {TestCorpus.Span(Text, "we will not attack the border")}\twe will not attack the border",
            $"T4\tActor {TestCorpus.Span(Text, "TASS")}\tTASS",
            "N1\tReference T1 actor:sahin\tSahin",
            "N2\tReference T4 actor:tass\tTASS",
            _via ? "E1\tStatement:T2 Speaker:T1 Content:T3 Via:T4" : "E1\tStatement:T2 Speaker:T1 Content:T3",
            $"A1\tStatementKind E1 {(_denial ? "Denial" : "Assurance")}",
            $"N3\tReference E1 statement:{Ids[Id]}\tpledge",
            _day > 0 ? $"N4\tReference E1 date:2021-07-0{_day}\tday {_day}" : null,
            _direct ? "A2\tDirect T3" : null,
            Cameo > 0 ? $"N6\tReference E1 cameo:0{Cameo}0\tcode" : null,
            _borderEvent ? $"T5\tBorderEvent {TestCorpus.Span(Text, "retreated")}\tretreated" : null,
            _borderEvent ? $"T6\tActor {TestCorpus.Span(Text, "Tajikistan")}\tTajikistan" : null,
            _borderEvent ? "N5\tReference T6 actor:tajikistan\tTajikistan" : null,
            _borderEvent ? "E2\tBorderEvent:T5 Destination:T6" : null,
            _borderEvent ? "A3\tBorderEventKind E2 Retreat" : null,
            _borderEvent && _border > 0 ? $"N7\tReference E2 border:{(_border == 1 ? "TJK-AFG" : "AFG-UZB")}\tborder" : null,
            _borderEvent && _related ? "R1\tContradicts Arg1:E1 Arg2:E2" : null,
            string.Empty,
        }.Where(line => line is not null));

        /// <summary>Changes one part: the statement's id, kind, date, quote, via or CAMEO code (which others share); a border event and its mention, its border, a relation between the two.</summary>
        public void Edit(Random random)
        {
            switch (random.Next(9))
            {
                case 8: _related = !_related; break;
                case 6: Cameo = random.Next(3); break;
                case 7: _border = random.Next(3); break;
                case 0: Id = random.Next(Ids.Length); break;
                case 1: _denial = !_denial; break;
                case 2: _day = random.Next(4); break;
                case 3: _direct = !_direct; break;
                case 4: _via = !_via; break;
                default: _borderEvent = !_borderEvent; break;
            }
        }
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
