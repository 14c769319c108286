using System.Collections.Generic;
using System.Linq;
using DomainKit.Generators.Common;
using DomainKit.Generators.Corpus.Linking;
using DomainKit.Generators.Corpus.Standoff;
using DomainKit.Generators.Corpus.Values;
using static DomainKit.Generators.Generation.Emit.CSharpLiteral;

namespace DomainKit.Generators.Generation.Emit
{
    /// <summary>
    /// Writes the C# for one corpus from its linked model alone: the data (<c>{Class}.g.cs</c>) and one file per
    /// nested query class. Generated code only builds records and forwards to the runtime's tables, which hold
    /// the query logic.
    /// </summary>
    internal static class CorpusEmitter
    {
        private const string Ns = "global::DomainKit.";
        private const string ImmutableArray = "global::System.Collections.Immutable.ImmutableArray";
        private const string NotNullWhenTrue = "[global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] ";

        public static IEnumerable<(string HintName, string Source)> Emit(CorpusDeclaration declaration, LinkedCorpus corpus)
        {
            yield return (declaration.FullName + ".g.cs", EmitData(declaration, corpus));
            yield return (declaration.FullName + ".Actors.g.cs", EmitActors(declaration, corpus));
            yield return (declaration.FullName + ".Documents.g.cs", EmitQueries(declaration, "Documents", "Document", "documents", "DocumentTable", System.Array.Empty<string>()));
            yield return (declaration.FullName + ".Statements.g.cs", EmitQueries(declaration, "Statements", "Statement", "statements", "StatementTable", StatementQueries()));
            yield return (declaration.FullName + ".BorderEvents.g.cs", EmitQueries(declaration, "BorderEvents", "BorderEvent", "border events", "BorderEventTable", BorderEventQueries()));
            yield return (declaration.FullName + ".Mentions.g.cs", EmitMentions(declaration));
        }

        private static string EmitData(CorpusDeclaration declaration, LinkedCorpus corpus)
        {
            var w = Begin(declaration);
            w.Line("/// <summary>The whole compiled corpus, for code that works with any <c>[DomainCorpus]</c>.</summary>");
            w.Line($"public static {Ns}Dataset Dataset => Store.Dataset;");
            w.Line();
            w.Line("/// <summary>Relations between statements and border events.</summary>");
            w.Line($"public static {ImmutableArray}<{Ns}Relation> Relations => Store.Dataset.Relations;");
            w.Line();
            w.Line("// A nested class's static field is initialised on first use, once, by the runtime: lazy and thread-safe.");
            w.Open("private static class Store");
            w.Line($"internal static readonly {Ns}Dataset Dataset = Build();");
            w.Line();
            w.Open($"private static {Ns}Dataset Build()");
            EmitActorData(w, corpus);
            EmitDocumentData(w, corpus);
            EmitMentionData(w, corpus);
            EmitStatementData(w, corpus);
            EmitBorderEventData(w, corpus);
            w.Line($"var relations = new {Ns}Relation[]");
            w.Line("{");
            foreach (var relation in corpus.Relations)
            {
                w.Line($"    new({String(relation.From)}, {String(relation.Kind)}, {String(relation.To)}),");
            }

            w.Line("};");
            w.Line($"return new {Ns}Dataset(AsImmutable(documents), AsImmutable(actors), Actors.FindIndex, AsImmutable(statements), AsImmutable(borderEvents), AsImmutable(mentions), AsImmutable(relations));");
            w.Close();
            w.Line();
            w.Line($"private static {ImmutableArray}<T> AsImmutable<T>(T[] items) => global::System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(items);");
            w.Close();
            return End(w);
        }

        private static void EmitActorData(SourceWriter w, LinkedCorpus corpus)
        {
            w.Line($"var actors = new {Ns}Actor[{Int(corpus.Actors.Count)}];");
            w.Line("// Created so that an actor's organisation exists before it; stored in id order.");
            foreach (var index in corpus.ActorCreationOrder)
            {
                var actor = corpus.Actors[index];
                w.Line($"actors[{Int(index)}] = new {Ns}Actor {{ Id = {String(actor.Id)}, Name = {String(actor.Name)}, Kind = {Ns}ActorKind.{actor.Kind}, "
                    + $"Aliases = [{string.Join(", ", actor.Aliases.Select(String))}], Country = {String(actor.Country)}, "
                    + $"MemberOf = {ActorRef(actor.MemberOf)}, Role = {String(actor.Role)} }};");
            }
        }

        private static void EmitDocumentData(SourceWriter w, LinkedCorpus corpus)
        {
            w.Line($"var documents = new {Ns}Document[]");
            w.Line("{");
            foreach (var document in corpus.Documents)
            {
                w.Line($"    new() {{ Id = {String(document.Id)}, Title = {String(document.Title)}, Outlet = {ActorRef(document.Outlet)}, Published = {Date(document.Published)},");
                w.Line($"        Text = {String(document.Text)} }},");
            }

            w.Line("};");
        }

        private static void EmitMentionData(SourceWriter w, LinkedCorpus corpus)
        {
            w.Line($"var mentions = new {Ns}Mention[]");
            w.Line("{");
            foreach (var mention in corpus.Mentions)
            {
                w.Line($"    new() {{ Document = documents[{Int(mention.Document)}], Start = {Int(mention.Span.Start)}, End = {Int(mention.Span.End)}, "
                    + $"Text = {String(mention.Span.Text)}, Actor = actors[{Int(mention.Actor)}]{Fragments(mention.Span.Fragments)} }},");
            }

            w.Line("};");
        }

        private static void EmitStatementData(SourceWriter w, LinkedCorpus corpus)
        {
            w.Line($"var statements = new {Ns}Statement[]");
            w.Line("{");
            foreach (var s in corpus.Statements)
            {
                w.Line($"    new() {{ Id = {String(s.Id)}, Speaker = actors[{Int(s.Speaker)}], Addressees = {Actors(s.Addressees)}, Kind = {Ns}StatementKind.{s.Kind},");
                w.Line($"        Date = {Date(s.Date)}, Via = {Actors(s.Via)}, Plover = {Plover(s.Plover)}, Cameo = {String(s.Cameo)},");
                w.Line($"        Attestations = {Attestations(s.Attestations)} }},");
            }

            w.Line("};");
        }

        private static void EmitBorderEventData(SourceWriter w, LinkedCorpus corpus)
        {
            w.Line($"var borderEvents = new {Ns}BorderEvent[]");
            w.Line("{");
            foreach (var e in corpus.BorderEvents)
            {
                var border = e.Border is { } b ? $"{Ns}Border.Between({String(b.First)}, {String(b.Second)})" : "null";
                var quantity = e.Quantity is { } q ? $"new {Ns}Quantity({q.Number}m, {Ns}QuantityBound.{q.Bound}, {String(q.Unit)})" : "null";
                w.Line($"    new() {{ Id = {String(e.Id)}, Kind = {Ns}BorderEventKind.{e.Kind}, Border = {border}, Actors = {Actors(e.Actors)},");
                w.Line($"        Date = {Date(e.Date)}, Quantity = {quantity}, Locations = [{string.Join(", ", e.Locations.Select(String))}],");
                w.Line($"        Destination = {String(e.Destination)}, Source = {String(e.Source)}, Via = {Actors(e.Via)}, Plover = {Plover(e.Plover)}, Cameo = {String(e.Cameo)},");
                w.Line($"        Attestations = {Attestations(e.Attestations)} }},");
            }

            w.Line("};");
        }

        private static string EmitActors(CorpusDeclaration declaration, LinkedCorpus corpus)
        {
            var w = Begin(declaration);
            w.Line("/// <summary>The canonical actors of this corpus, with lookups and one property per actor.</summary>");
            w.Open("public static class Actors");
            EmitCommonMembers(w, "Actor", "actors", "ActorTable", "Actors");
            w.Line();
            w.Line("/// <summary>Finds an actor by its name or any alias, ignoring case. Allocates nothing.</summary>");
            w.Open($"public static bool TryFind(global::System.ReadOnlySpan<char> nameOrAlias, {NotNullWhenTrue}out {Ns}Actor? actor)");
            w.Line("var index = FindIndex(nameOrAlias);");
            w.Line("actor = index < 0 ? null : Store.Dataset.Actors.All[index];");
            w.Line("return actor is not null;");
            w.Close();
            w.Line();
            NameDispatchEmitter.Emit(w, "FindIndex", corpus.NameKeys);
            for (var i = 0; i < corpus.Actors.Count; i++)
            {
                var actor = corpus.Actors[i];
                w.Line();
                w.Line($"/// <summary>{DocText(actor.Name)} (<c>{DocText(actor.Id)}</c>).</summary>");
                w.Line($"public static {Ns}Actor {actor.MemberName} => Store.Dataset.Actors.All[{Int(i)}];");
            }

            w.Close();
            return End(w);
        }

        private static string EmitQueries(CorpusDeclaration declaration, string className, string record, string plural, string table, IEnumerable<string> extraMembers)
        {
            var w = Begin(declaration);
            w.Line($"/// <summary>The {plural} of this corpus.</summary>");
            w.Open($"public static class {className}");
            EmitCommonMembers(w, record, plural, table, className);
            foreach (var member in extraMembers)
            {
                w.Line();
                w.Line(member);
            }

            w.Close();
            return End(w);
        }

        private static string EmitMentions(CorpusDeclaration declaration)
        {
            var w = Begin(declaration);
            w.Line("/// <summary>The actor mentions of this corpus.</summary>");
            w.Open("public static class Mentions");
            w.Line("/// <summary>The runtime table behind these members.</summary>");
            w.Line($"public static {Ns}MentionTable Table => Store.Dataset.Mentions;");
            w.Line();
            w.Line("/// <summary>Every mention, by document and offset.</summary>");
            w.Line($"public static {ImmutableArray}<{Ns}Mention> All => Store.Dataset.Mentions.All;");
            w.Line();
            w.Line("/// <summary>The mentions of an actor.</summary>");
            w.Line($"public static {ImmutableArray}<{Ns}Mention> Of({Ns}Actor actor) => Store.Dataset.Mentions.Of(actor);");
            w.Line();
            w.Line("/// <summary>The mentions in a document.</summary>");
            w.Line($"public static {ImmutableArray}<{Ns}Mention> In({Ns}Document document) => Store.Dataset.Mentions.In(document);");
            w.Close();
            return End(w);
        }

        private static void EmitCommonMembers(SourceWriter w, string record, string plural, string table, string datasetMember)
        {
            w.Line("/// <summary>The runtime table behind these members.</summary>");
            w.Line($"public static {Ns}{table} Table => Store.Dataset.{datasetMember};");
            w.Line();
            w.Line($"/// <summary>Every one of the {plural}, in id order.</summary>");
            w.Line($"public static {ImmutableArray}<{Ns}{record}> All => Store.Dataset.{datasetMember}.All;");
            w.Line();
            w.Line("/// <summary>Finds a record by its exact id.</summary>");
            w.Line($"public static bool TryGet(string id, {NotNullWhenTrue}out {Ns}{record}? record) => Store.Dataset.{datasetMember}.TryGet(id, out record);");
        }

        private static IEnumerable<string> StatementQueries() => new[]
        {
            $"/// <summary>The statements an actor made.</summary>\npublic static {ImmutableArray}<{Ns}Statement> BySpeaker({Ns}Actor speaker) => Store.Dataset.Statements.BySpeaker(speaker);",
            $"/// <summary>The statements dated within a period (inclusive).</summary>\npublic static {ImmutableArray}<{Ns}Statement> Between(global::System.DateOnly from, global::System.DateOnly to) => Store.Dataset.Statements.Between(from, to);",
            $"/// <summary>The statements of one kind.</summary>\npublic static {ImmutableArray}<{Ns}Statement> OfKind({Ns}StatementKind kind) => Store.Dataset.Statements.OfKind(kind);",
        };

        private static IEnumerable<string> BorderEventQueries() => new[]
        {
            $"/// <summary>The events at a border.</summary>\npublic static {ImmutableArray}<{Ns}BorderEvent> On({Ns}Border border) => Store.Dataset.BorderEvents.On(border);",
            $"/// <summary>The events dated within a period (inclusive).</summary>\npublic static {ImmutableArray}<{Ns}BorderEvent> Between(global::System.DateOnly from, global::System.DateOnly to) => Store.Dataset.BorderEvents.Between(from, to);",
            $"/// <summary>The events of one kind.</summary>\npublic static {ImmutableArray}<{Ns}BorderEvent> OfKind({Ns}BorderEventKind kind) => Store.Dataset.BorderEvents.OfKind(kind);",
        };

        private static string Attestations(EquatableArray<AttestationModel> attestations)
            => "[" + string.Join(", ", attestations.Select(a =>
                $"new() {{ Document = documents[{Int(a.Document)}], Start = {Int(a.Passage.Start)}, End = {Int(a.Passage.End)}, Direct = {Bool(a.Direct)}, Via = {ActorRef(a.Via)},\n"
                + $"            Text = {String(a.Passage.Text)},\n"
                + $"            Quotes = [{string.Join(", ", a.Quotes.Select(Quote))}] }}")) + "]";

        private static string Quote(QuoteModel quote)
            => $"new() {{ Start = {Int(quote.Span.Start)}, End = {Int(quote.Span.End)}, Direct = {Bool(quote.Direct)}, Text = {String(quote.Span.Text)}{Fragments(quote.Span.Fragments)} }}";

        private static string Fragments(EquatableArray<Fragment> fragments)
            => fragments.Count == 0 ? string.Empty : $", Fragments = [{string.Join(", ", fragments.Select(f => $"new({Int(f.Start)}, {Int(f.End)})"))}]";

        private static string Actors(EquatableArray<int> actors) => "[" + string.Join(", ", actors.Select(a => $"actors[{Int(a)}]")) + "]";

        private static string ActorRef(int index) => index < 0 ? "null" : $"actors[{Int(index)}]";

        private static string Plover(string? plover) => plover is null ? "null" : $"{Ns}PloverEventType.{plover}";

        private static string Date(DateValue? date)
            => date is { } d
                ? $"new {Ns}PartialDate({Day(d.Start)}, {Day(d.End)}, {Ns}DatePrecision.{d.Precision})"
                : "null";

        private static string Day(Day day) => $"new global::System.DateOnly({Int(day.Year)}, {Int(day.Month)}, {Int(day.DayOfMonth)})";

        private static SourceWriter Begin(CorpusDeclaration declaration)
        {
            var w = new SourceWriter();
            w.Line("// <auto-generated/>");
            w.Line("// Generated by DomainKit from the corpus folder " + String(declaration.Folder) + ". Do not edit.");
            w.Line("#nullable enable");
            w.Line();
            if (declaration.Namespace is not null)
            {
                w.Line($"namespace {declaration.Namespace};");
                w.Line();
            }

            w.Open($"{declaration.Accessibility} static partial class {declaration.ClassName}");
            return w;
        }

        private static string End(SourceWriter w)
        {
            w.Close();
            return w.ToString();
        }
    }
}
