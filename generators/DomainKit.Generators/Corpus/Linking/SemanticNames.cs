using System.Linq;

namespace DomainKit.Generators.Corpus.Linking
{
    /// <summary>The annotation types DomainKit turns into records; a schema may declare more.</summary>
    internal static class SemanticTypes
    {
        public const string Actor = "Actor";
        public const string Quote = "Quote";
        public const string Statement = "Statement";
        public const string BorderEvent = "BorderEvent";
    }

    /// <summary>Event roles DomainKit reads.</summary>
    internal static class Roles
    {
        public const string Speaker = "Speaker";
        public const string Content = "Content";
        public const string Addressee = "Addressee";
        public const string Time = "Time";
        public const string Via = "Via";
        public const string Border = "Border";
        public const string Agent = "Agent";
        public const string Count = "Count";
        public const string Location = "Location";
        public const string Destination = "Destination";
        public const string Source = "Source";
    }

    /// <summary>Attributes DomainKit reads.</summary>
    internal static class Attributes
    {
        public const string StatementKind = "StatementKind";
        public const string BorderEventKind = "BorderEventKind";
        public const string Plover = "Plover";
        public const string Direct = "Direct";
        public const string Bound = "Bound";
        public const string Unit = "Unit";
    }

    /// <summary>
    /// The <c>database:</c> prefixes of normalizations DomainKit reads: those of the values the event reader parses and
    /// checks, and those shared by more than one record model. A database only one model reads may be declared in that
    /// model; each model lists the databases it reads (<see cref="StatementModel.Databases"/>), and <see cref="All"/>
    /// gathers them, so a record field is declared in its model alone.
    /// </summary>
    internal static class NormalizationDatabases
    {
        public const string Actor = "actor";
        public const string Date = "date";
        public const string Quantity = "qty";
        public const string Border = "border";
        public const string Statement = "statement";
        public const string Event = "event";
        public const string Cameo = "cameo";

        /// <summary>
        /// Every database DomainKit reads, each once: the validator reports a second normalization to one of them on an
        /// annotation, and a database that differs from one of them only in case (any other is a brat database of the
        /// curator's, taken as it is).
        /// </summary>
        public static readonly string[] All = new[] { Actor, Date, Quantity, Border }
            .Concat(StatementModel.Databases)
            .Concat(BorderEventModel.Databases)
            .Distinct()
            .ToArray();
    }
}
