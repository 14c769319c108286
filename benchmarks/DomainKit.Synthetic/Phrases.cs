namespace DomainKit.Synthetic;

/// <summary>The vocabulary of synthetic sentences: trigger verbs per kind, quote fragments and filler phrases.</summary>
internal static class Phrases
{
    public static readonly (string Kind, string Verb, string Plover)[] StatementKinds =
    [
        ("Assurance", "assured", "AGREE"), ("Appeal", "appealed to", "REQUEST"), ("Request", "asked", "REQUEST"),
        ("Warning", "warned", "THREATEN"), ("Threat", "threatened", "THREATEN"), ("Criticism", "criticised", "PROTEST"),
        ("Concern", "voiced concern to", "PROTEST"), ("Denial", "denied to", "REJECT"), ("Assessment", "told", "CONSULT"),
        ("Announcement", "announced to", "CONSULT"), ("Account", "recounted to", "CONSULT"), ("Accusation", "accused", "ACCUSE"),
        ("Pledge", "pledged to", "COOPERATE"),
    ];

    public static readonly (string Kind, string Verb, string Plover)[] BorderEventKinds =
    [
        ("Crossing", "crossed", "MOBILIZE"), ("Retreat", "retreated across", "RETREAT"), ("Reinforcement", "reinforced", "MOBILIZE"),
        ("TakeControl", "took control of", "ASSAULT"), ("AssistanceRequest", "sought help at", "REQUEST"),
        ("NonAggressionPledge", "pledged not to attack", "AGREE"), ("Appeal", "appealed to protect", "REQUEST"),
        ("Relocation", "relocated across", "RETREAT"), ("Attack", "attacked posts on", "ASSAULT"), ("Accommodation", "were sheltered at", "AID"),
    ];

    public static readonly (string Text, string Code)[] Borders =
    [
        ("Afghanistan–Tajikistan", "AFG-TJK"), ("Afghanistan–Uzbekistan", "AFG-UZB"), ("Afghanistan–Turkmenistan", "AFG-TKM"),
        ("Afghanistan–Pakistan", "AFG-PAK"), ("Afghanistan–Iran", "AFG-IRN"), ("Kyrgyzstan–Tajikistan", "KGZ-TJK"),
        ("Tajikistan–Uzbekistan", "TJK-UZB"), ("Afghanistan–China", "AFG-CHN"),
    ];

    public static readonly (string Bound, string Before)[] Bounds =
        [("Exact", ""), ("MoreThan", "more than "), ("AtLeast", "at least "), ("Approximately", "about "), ("AtMost", "at most "), ("LessThan", "fewer than ")];

    public static readonly (string Unit, string Noun)[] Units = [("Person", "soldiers"), ("Person", "civilians"), ("Person", "refugees"), ("Vehicle", "vehicles")];

    public static readonly string[] Cameo = ["010", "030", "036", "0212", "0874", "111", "130", "173", "190", "0831"];

    public static readonly string[] QuoteOpenings =
        ["We will", "The government will", "Our forces will not", "No one will", "We call on all sides to", "The authorities must", "We are ready to", "Nobody can"];

    public static readonly string[] QuoteVerbs =
        ["guarantee the safety of", "protect", "support", "harm", "respect", "close the road to", "reopen the crossing for", "send help to"];

    public static readonly string[] QuoteObjects =
        ["those who return home", "the people of {0}", "civilians near the border", "aid convoys to {0}", "traders in {0}", "refugees from {0}", "families in {0}"];

    public static readonly string[] QuoteEndings = ["", " in the coming weeks", " under any circumstances", " as agreed in {0}", " this winter"];

    public static readonly string[] FillerPairs =
    [
        "met in {0} to discuss border security", "held talks on trade through {0}", "exchanged letters about the situation in {0}",
        "signed a memorandum on water use in {0}", "disagreed about the checkpoints near {0}",
    ];

    public static readonly string[] FillerSingles =
    [
        "has not commented on the events in {0}", "visited {0} last month", "is expected to travel to {0}", "was not available for comment",
    ];

    public static readonly string[] MonthNames =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
}
