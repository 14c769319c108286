namespace DomainKit.Generators.Tests;

/// <summary>
/// A small valid corpus (two documents, four actors, one statement attested twice, one border event) that tests
/// copy and break. Offsets are computed from the texts, so the .ann lines stay right when a text changes.
/// </summary>
internal sealed class TestCorpus
{
    public const string Folder = "/project/Corpus/";

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
        <OVERLAP>	Arg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>
        [events]
        Statement	Speaker:Actor, Content+:Quote, Addressee*:Actor, Time?:Date, Via?:Actor
        BorderEvent	Border?:Border, Agent*:Actor, Time?:Date, Count?:Quantity, Location*:Location|Actor, Destination?:Location|Actor, Source?:Location|Actor, Via?:Actor
        [attributes]
        StatementKind	Arg:Statement, Value:Assurance|Denial
        BorderEventKind	Arg:BorderEvent, Value:Retreat|NonAggressionPledge
        Plover	Arg:Statement|BorderEvent, Value:AGREE|RETREAT
        Direct	Arg:Quote
        Bound	Arg:Quantity, Value:Exact|MoreThan
        Unit	Arg:Quantity, Value:Person
        """;

    public const string PledgeText = "The Taliban told TASS: \u201cWe will not attack the border.\u201d On July 5 more than 1,000 soldiers retreated to Tajikistan.";

    public const string EchoText = "Sahin said \u201cwe will not attack the border\u201d in Moscow. \U0001F600 The Islamic Emirate repeated it.";

    public Dictionary<string, string> Files { get; } = new(StringComparer.Ordinal)
    {
        [Folder + "annotation.conf"] = Schema,
        [Folder + "actors.tsv"] = "id\tname\tkind\tcountry\tmemberOf\trole\taliases\n"
            + "taliban\tTaliban\tArmedGroup\tAFG\t\tIslamist movement\tIslamic Emirate|Talibs\n"
            + "sahin\tMohammad Sohail Sahin\tPerson\tAFG\ttaliban\tspokesman\tSahin\n"
            + "tajikistan\tTajikistan\tCountry\tTJK\t\t\t\n"
            + "tass\tTASS\tMedia\tRUS\t\tRussian news agency\t\n",
        [Folder + "documents.tsv"] = "id\ttitle\toutlet\tpublished\n"
            + "pledge\tTaliban pledge\ttass\t2021-07-08\n"
            + "echo\tEcho \"quoted\"\t\t2021-07\n",
        [Folder + "pledge.txt"] = PledgeText,
        [Folder + "echo.txt"] = EchoText,
        [Folder + "pledge.ann"] = string.Join("\n",
            $"T1\tActor {Span(PledgeText, "Taliban")}\tTaliban",
            $"T2\tStatement {Span(PledgeText, "told")}\ttold",
            $"T3\tActor {Span(PledgeText, "TASS")}\tTASS",
            $"T4\tQuote {Span(PledgeText, "We will not attack the border.")}\tWe will not attack the border.",
            $"E1\tStatement:T2 Speaker:T1 Content:T4 Via:T3",
            "A1\tStatementKind E1 Assurance",
            "A2\tDirect T4",
            "A3\tPlover E1 AGREE",
            "N1\tReference T1 actor:taliban\tTaliban",
            "N2\tReference T3 actor:tass\tTASS",
            "N3\tReference E1 statement:taliban-border-pledge\tpledge",
            "N4\tReference E1 date:2021-07-08\tday of the visit",
            $"T5\tDate {Span(PledgeText, "July 5")}\tJuly 5",
            $"T6\tQuantity {Span(PledgeText, "more than 1,000")}\tmore than 1,000",
            $"T7\tBorderEvent {Span(PledgeText, "retreated")}\tretreated",
            $"T8\tActor {Span(PledgeText, "Tajikistan")}\tTajikistan",
            $"E2\tBorderEvent:T7 Destination:T8 Count:T6 Time:T5",
            "A4\tBorderEventKind E2 Retreat",
            "A5\tBound T6 MoreThan",
            "A6\tUnit T6 Person",
            "N5\tReference T5 date:2021-07-05\t5 July 2021",
            "N6\tReference T6 qty:1000\t1000",
            "N7\tReference E2 border:TJK-AFG\tAfghanistan-Tajikistan",
            "N8\tReference T8 actor:tajikistan\tTajikistan",
            "#1\tAnnotatorNotes T5\tJuly 2021 from the document date",
            "") ,
        [Folder + "echo.ann"] = string.Join("\n",
            $"T1\tActor {Span(EchoText, "Sahin")}\tSahin",
            $"T2\tStatement {Span(EchoText, "said")}\tsaid",
            $"T3\tQuote {Span(EchoText, "we will not attack the border")}\twe will not attack the border",
            $"T4\tActor {Span(EchoText, "Islamic Emirate")}\tIslamic Emirate",
            $"E1\tStatement:T2 Speaker:T1 Content:T3",
            "A1\tStatementKind E1 Assurance",
            "N1\tReference T1 actor:taliban\tTaliban",
            "N2\tReference T4 actor:taliban\tTaliban",
            "N3\tReference E1 statement:taliban-border-pledge\tpledge",
            ""),
    };

    public string this[string fileName]
    {
        get => Files[Folder + fileName];
        set => Files[Folder + fileName] = value;
    }

    /// <summary>Replaces the first line of <paramref name="fileName"/> that starts with <paramref name="prefix"/>.</summary>
    public TestCorpus ReplaceLine(string fileName, string prefix, string replacement)
    {
        var lines = this[fileName].Split('\n').ToList();
        var index = lines.FindIndex(l => l.StartsWith(prefix, StringComparison.Ordinal));
        Assert.True(index >= 0, $"{fileName} has no line starting with '{prefix}'");
        lines[index] = replacement;
        this[fileName] = string.Join("\n", lines);
        return this;
    }

    public TestCorpus AppendLine(string fileName, string line)
    {
        this[fileName] = this[fileName].TrimEnd('\n') + "\n" + line + "\n";
        return this;
    }

    /// <summary>"start end" of <paramref name="fragment"/> in <paramref name="text"/>, in code points.</summary>
    public static string Span(string text, string fragment)
    {
        var index = text.IndexOf(fragment, StringComparison.Ordinal);
        Assert.True(index >= 0, $"'{fragment}' is not in the text");
        var start = CodePoints(text[..index]);
        return $"{start} {start + CodePoints(fragment)}";
    }

    private static int CodePoints(string text) => text.EnumerateRunes().Count();
}
