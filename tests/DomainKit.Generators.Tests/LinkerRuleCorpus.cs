using DomainKit.Generators.Corpus;
using DomainKit.Generators.Corpus.Export;
using DomainKit.Generators.Corpus.Linking;
using DomainKit.Generators.Diagnostics;

namespace DomainKit.Generators.Tests;

/// <summary>
/// Small corpora in memory for the linker's rule tests: files of the folder <c>/c</c> by name, parsed and linked without
/// Roslyn, and diagnostics shown as one line each (rule, file, one-based line and column, arguments).
/// </summary>
internal static class LinkerRuleCorpus
{
    public const string Folder = "/c";

    /// <summary>A conf with the types the rule tests use: the semantic ones, a relation, binary and valued attributes.</summary>
    public const string Schema = """
        [entities]
        Actor
        Quote
        Date
        Quantity
        Location
        Border
        [relations]
        Contradicts	Arg1:Statement|BorderEvent, Arg2:Statement|BorderEvent
        Contradicts	Arg1:Quote, Arg2:Quote
        Near	Arg1:Location, Arg2:Location|Actor
        About	Arg1:Claim, Arg2:Statement|Claim
        [events]
        Statement	Speaker:Actor, Content+:Quote, Addressee*:Actor, Time?:Date, Via?:Actor
        BorderEvent	Border?:Border, Agent*:Actor, Time?:Date, Count?:Quantity, Location*:Location|Actor, Destination?:Location|Actor, Source?:Location|Actor, Via?:Actor
        Meeting	Host:Actor, Guest{1-2}:Actor
        Claim	Claimant:Actor, About?:Statement|Claim
        [attributes]
        StatementKind	Arg:Statement, Value:Assurance|Denial|Boast
        BorderEventKind	Arg:BorderEvent, Value:Retreat|Crossing
        Plover	Arg:Statement|BorderEvent, Value:AGREE|RETREAT|BRAG
        Direct	Arg:Quote
        Bound	Arg:Quantity, Value:Exact|MoreThan|Roughly
        Unit	Arg:Quantity, Value:Person
        Certain	Arg:Contradicts|About
        """;

    /// <summary>The corpus files in memory, by name within <see cref="Folder"/>.</summary>
    public static CorpusFiles Files(params (string Name, string Content)[] files)
    {
        var parsed = files.Select(f => CorpusBuilder.Parse(Folder + "/" + f.Name, f.Content)).OfType<ParsedFile>().ToList();
        var (corpus, blocking) = CorpusBuilder.Gather(Folder, parsed);
        Assert.Empty(blocking);
        return corpus!;
    }

    /// <summary>One corpus file of <see cref="Folder"/> by name (a path below it for a subfolder), parsed as the builder parses it.</summary>
    public static ParsedFile Parsed(string name, string content) => Assert.IsType<ParsedFile>(CorpusBuilder.Parse(Folder + "/" + name, content));

    /// <summary>The catalog step alone.</summary>
    public static CatalogLink Catalogs(params (string Name, string Content)[] files) => CatalogLinker.Link(Files(files), CorpusPipeline.Vocabulary);

    /// <summary>All three steps.</summary>
    public static LinkedCorpus Link(out string[] diagnostics, params (string Name, string Content)[] files)
        => Link(out diagnostics, out _, files);

    /// <summary>All three steps, and what only an export reads of the catalogs.</summary>
    public static LinkedCorpus Link(out string[] diagnostics, out CatalogExtras extras, params (string Name, string Content)[] files)
    {
        var result = CorpusLinker.Link(Files(files), CorpusPipeline.Vocabulary);
        diagnostics = Shown(result.Diagnostics);
        Assert.NotNull(result.Corpus);
        extras = result.Extras!;
        return result.Corpus;
    }

    /// <summary>What only an export reads of linked catalogs: over a merge of no document, so without catalog relations.</summary>
    public static CatalogExtras Extras(CatalogLink catalogs) => CatalogExtras.Of(catalogs, CorpusLinker.Merge(catalogs, []).Corpus!);

    /// <summary>One document <c>doc</c> with <see cref="Schema"/>, the given actors (id and kind Person) and its annotation lines.</summary>
    public static LinkedCorpus LinkDocument(out string[] diagnostics, string text, params string[] annotations)
        => Link(out diagnostics, ("annotation.conf", Schema), ("actors.tsv", Actors("taliban", "sahin", "tass")), ("doc.txt", text),
            ("doc.ann", string.Join("\n", annotations) + "\n"));

    /// <summary>actors.tsv with one Person per id, named after it in upper case.</summary>
    public static string Actors(params string[] ids)
        => ActorHeader + string.Concat(ids.Select(id => $"{id}\t{id.ToUpperInvariant()}\tPerson\t\t\t\t\n"));

    /// <summary>The header of actors.tsv with every column DomainKit reads.</summary>
    public const string ActorHeader = "id\tname\tkind\tcountry\tmemberOf\trole\taliases\n";

    /// <summary>The header of documents.tsv with every column DomainKit reads.</summary>
    public const string DocumentHeader = "id\ttitle\toutlet\tpublished\n";

    /// <summary>The text-bound line <c>ID TYPE start end TEXT</c> of the first occurrence of <paramref name="fragment"/>.</summary>
    public static string T(string id, string type, string text, string fragment) => $"{id}\t{type} {TestCorpus.Span(text, fragment)}\t{fragment}";

    public static string Show(CorpusDiagnostic d)
        => $"{d.Id} {Path.GetFileName(d.Span.Path)}({d.Span.Line + 1},{d.Span.Column + 1}): {string.Join(" | ", d.Arguments)}";

    public static string[] Shown(IEnumerable<CorpusDiagnostic> diagnostics) => diagnostics.Select(Show).ToArray();
}
