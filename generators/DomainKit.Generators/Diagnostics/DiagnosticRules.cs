using System.Collections.Generic;
using static DomainKit.Generators.Diagnostics.DiagnosticSeverityLevel;

namespace DomainKit.Generators.Diagnostics
{
    /// <summary>
    /// The catalogue of every DKnnnn diagnostic. Ids are stable: never reuse or renumber one;
    /// docs/diagnostics.md and AnalyzerReleases.*.md list the same set.
    /// </summary>
    internal static class DiagnosticRules
    {
        public static readonly DiagnosticRule MalformedLine = new("DK0001", "Malformed annotation line",
            "Line '{0}' is not valid brat standoff: {1}", Error);

        public static readonly DiagnosticRule SpanTextMismatch = new("DK0002", "Span text does not match the document",
            "{0} says '{1}' but the text at {2} is '{3}'", Error);

        public static readonly DiagnosticRule SpanOutOfRange = new("DK0003", "Span offsets are invalid",
            "{0} has offsets {1} but the document '{2}' has {3} code points; offsets must satisfy 0 <= start <= end <= length and fragments must not overlap", Error);

        public static readonly DiagnosticRule UnknownType = new("DK0004", "Unknown annotation type",
            "Type '{0}' is not declared in annotation.conf as {1}", Error);

        public static readonly DiagnosticRule UnknownRole = new("DK0005", "Unknown event role",
            "Role '{0}' is not declared for event type '{1}' in annotation.conf", Error);

        public static readonly DiagnosticRule DanglingReference = new("DK0006", "Dangling reference",
            "{0} refers to '{1}', which is not an annotation in this file", Error);

        public static readonly DiagnosticRule UnknownActor = new("DK0007", "Unknown actor id",
            "Actor id '{0}' is not in actors.tsv", Error);

        public static readonly DiagnosticRule DuplicateId = new("DK0008", "Duplicate id",
            "Id '{0}' is already defined at {1}", Error);

        public static readonly DiagnosticRule InvalidDate = new("DK0009", "Invalid date",
            "'{0}' is not a date: expected YYYY, YYYY-MM, YYYY-MM-DD or a range START/END with START <= END", Error);

        public static readonly DiagnosticRule InvalidQuantity = new("DK0010", "Invalid quantity",
            "'{0}' is not a quantity: expected a non-negative decimal number such as 1000 or 2.5", Error);

        public static readonly DiagnosticRule InvalidBorder = new("DK0011", "Invalid border",
            "'{0}' is not a border: expected two different ISO 3166-1 alpha-3 codes such as AFG-TJK", Error);

        public static readonly DiagnosticRule StatementWithoutSpeaker = new("DK0012", "Statement without speaker",
            "Statement {0} has no Speaker linked to an actor; it is left out of the dataset", Error);

        public static readonly DiagnosticRule StatementWithoutContent = new("DK0013", "Statement without content",
            "Statement {0} has no Content quote; it is left out of the dataset", Error);

        public static readonly DiagnosticRule MissingText = new("DK0014", "Missing document text",
            "Annotation file '{0}' has no text file '{1}' beside it", Error);

        public static readonly DiagnosticRule InvalidAttribute = new("DK0015", "Invalid attribute",
            "Attribute '{0}' with value '{1}' is not allowed on {2}: {3}", Error);

        public static readonly DiagnosticRule InvalidTable = new("DK0016", "Invalid catalog row",
            "{0}: {1}", Error);

        public static readonly DiagnosticRule UnlinkedActorMention = new("DK0017", "Actor mention without actor",
            "Actor mention {0} '{1}' has no 'actor:<id>' normalization; it is not a mention of any actor", Warning);

        public static readonly DiagnosticRule ArgumentTypeMismatch = new("DK0018", "Argument of the wrong type",
            "Role '{0}' of {1} takes {2}, but {3} is a {4}", Error);

        public static readonly DiagnosticRule RoleCardinality = new("DK0019", "Role used too often",
            "Role '{0}' of {1} may appear at most once", Error);

        public static readonly DiagnosticRule IdentifierCollision = new("DK0020", "Generated member names collide",
            "Actor ids '{0}' and '{1}' both become the member name '{2}'; '{1}' is named '{3}'", Warning);

        public static readonly DiagnosticRule EmptyCorpus = new("DK0021", "Corpus folder is empty",
            "No corpus files were found under '{0}'; add its .txt, .ann, .tsv and annotation.conf files as AdditionalFiles", Warning);

        public static readonly DiagnosticRule MembershipCycle = new("DK0022", "Membership cycle",
            "Actor '{0}' is a member of itself through memberOf; the link is dropped", Error);

        public static readonly DiagnosticRule UnknownNormalization = new("DK0023", "Normalization database differs in case",
            "Normalization '{0}' on {1} is kept as a reference to an outside database, but its database differs from DomainKit's '{2}' only in case; write '{2}' for DomainKit to read it", Warning);

        public static readonly DiagnosticRule AmbiguousName = new("DK0024", "Ambiguous actor name",
            "Name or alias '{0}' belongs to both '{1}' and '{2}'; lookups by this name return '{1}'", Warning);

        public static readonly DiagnosticRule CrlfText = new("DK0025", "Text file has CRLF line endings",
            "'{0}' contains carriage returns, so brat offsets will not match a checkout with LF endings; mark corpus .txt files '-text' in .gitattributes", Warning);

        public static readonly DiagnosticRule InvalidSchema = new("DK0026", "Questionable annotation.conf line",
            "annotation.conf line '{0}': {1}", Warning);

        public static readonly DiagnosticRule MissingSchema = new("DK0027", "Missing annotation.conf",
            "Corpus '{0}' has no annotation.conf; annotations are not checked against a schema, only DomainKit's own types, roles and attributes are read", Warning);

        public static readonly DiagnosticRule ConflictingCanonical = new("DK0028", "Conflicting attestations",
            "{0} '{1}' is attested with {2} '{3}' here but '{4}' at {5}; the first attestation wins", Warning);

        public static readonly DiagnosticRule UnknownRecord = new("DK0029", "Unknown record id",
            "'{0}' is not the id of a statement or border event in this corpus", Error);

        public static readonly DiagnosticRule UnknownDocument = new("DK0030", "Document not in catalog",
            "Document '{0}' has no row in documents.tsv; it gets its id as title, no outlet and no date", Warning);

        public static readonly DiagnosticRule MissingKind = new("DK0031", "Event without kind",
            "{0} {1} has no {2} attribute; its kind is Unspecified", Warning);

        public static readonly DiagnosticRule InvalidDeclaration = new("DK0032", "Invalid corpus declaration",
            "'{0}' must be a top-level 'static partial class', not named like a member the generator adds to it, to receive a corpus", Error);

        public static readonly DiagnosticRule UnreferableTarget = new("DK0033", "Reference to an annotation that cannot be an argument",
            "{0} refers to '{1}', which is an attribute, normalization or relation line; only T (text-bound) and E (event) annotations can be arguments or targets", Error);

        public static readonly DiagnosticRule LimitExceeded = new("DK0034", "Corpus limit exceeded",
            "{0} has {1}, more than the limit of {2}; the corpus is not compiled until it is split or trimmed", Error);

        public static readonly DiagnosticRule NoActorProperties = new("DK0035", "No property per actor",
            "The corpus has {0} actors, more than the {1} that get a static property each; reach them with Actors.TryGet, Actors.TryFind or Actors.All", Info);

        public static readonly DiagnosticRule BlankLine = new("DK0036", "Blank annotation line",
            "Line {0} of the annotation file is blank; brat keeps it as a line it cannot parse", Warning);

        public static readonly DiagnosticRule SpanTextRepaired = new("DK0037", "Span text repaired",
            "{0} gives the span text '{1}', which brat replaces with '{2}' (the text at {3}); DomainKit reads it the same way", Warning);

        public static readonly DiagnosticRule SchemaDropped = new("DK0038", "annotation.conf dropped",
            "annotation.conf line '{0}': {1}; brat then ignores the whole file for its minimal built-in configuration (Protein, Equiv, Event, Negation), and so does DomainKit", Warning);

        public static readonly DiagnosticRule OverlapNotAllowed = new("DK0039", "Overlapping spans not allowed",
            "{0} ({1}) {2} {3} ({4}), and annotation.conf has no <OVERLAP> rule that allows it", Error);

        public static readonly DiagnosticRule MissingRole = new("DK0040", "Required role missing",
            "Role '{0}' is required for {1} by its event type '{2}' in annotation.conf, but {1} has none; the event is left out", Error);

        private static readonly Dictionary<string, DiagnosticRule> s_byId = Index(
            MalformedLine, SpanTextMismatch, SpanOutOfRange, UnknownType, UnknownRole, DanglingReference, UnknownActor,
            DuplicateId, InvalidDate, InvalidQuantity, InvalidBorder, StatementWithoutSpeaker, StatementWithoutContent,
            MissingText, InvalidAttribute, InvalidTable, UnlinkedActorMention, ArgumentTypeMismatch, RoleCardinality,
            IdentifierCollision, EmptyCorpus, MembershipCycle, UnknownNormalization, AmbiguousName, CrlfText,
            InvalidSchema, MissingSchema, ConflictingCanonical, UnknownRecord, UnknownDocument, MissingKind, InvalidDeclaration,
            UnreferableTarget, LimitExceeded, NoActorProperties, BlankLine, SpanTextRepaired, SchemaDropped, OverlapNotAllowed,
            MissingRole);

        /// <summary>Every rule, in id order.</summary>
        public static IEnumerable<DiagnosticRule> All => s_byId.Values;

        public static DiagnosticRule Get(string id) => s_byId[id];

        private static Dictionary<string, DiagnosticRule> Index(params DiagnosticRule[] rules)
        {
            var map = new Dictionary<string, DiagnosticRule>();
            foreach (var rule in rules)
            {
                map.Add(rule.Id, rule);
            }

            return map;
        }
    }
}
