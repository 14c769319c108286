using System.Collections.Generic;
using System.Linq;
using DomainKit.Compiled;
using DomainKit.Generators.Common;
using DomainKit.Generators.Corpus;
using DomainKit.Generators.Corpus.Linking;
using DomainKit.Generators.Generation.Emit.Data;
using static DomainKit.Generators.Generation.Emit.CSharpLiteral;

namespace DomainKit.Generators.Generation.Emit
{
    /// <summary>
    /// Writes the C# for one corpus from its linked model alone: the data (<c>{Class}.g.cs</c>, blobs and tables
    /// built by <see cref="CorpusTableWriter"/>) and one file per nested query class. Generated code holds data and
    /// key dispatch only; the runtime's tables decode records lazily and hold the query logic.
    /// </summary>
    internal static class CorpusEmitter
    {
        private const string Ns = "global::DomainKit.";
        private const string Span = "global::System.ReadOnlySpan<char>";
        private const string NotNullWhenTrue = "[global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] ";

        /// <summary><c>{Class}.g.cs</c>: the dataset and the compiled data's directory; the segments are in their own files.</summary>
        public static (string HintName, string Source) EmitData(DataDirectoryModel model)
        {
            var declaration = model.Declaration;
            var w = Begin(declaration);
            w.Line("/// <summary>The whole compiled corpus, for code that works with any <c>[DomainCorpus]</c>.</summary>");
            w.Line($"public static {Ns}Dataset {MemberNames.Dataset} => {MemberNames.Store}.Dataset;");
            w.Line();
            w.Line("/// <summary>Relations between statements and border events.</summary>");
            w.Line($"public static global::System.Collections.Immutable.ImmutableArray<{Ns}Relation> {MemberNames.Relations} => {MemberNames.Store}.Dataset.Relations;");
            w.Line();
            w.Line("// A nested class's static field is initialised on first use, once, by the runtime. Creating the dataset");
            w.Line("// reads the integer table's directory only; each record is decoded when first reached.");
            w.Open($"private static class {MemberNames.Store}");
            w.Line($"internal static readonly {Ns}Dataset Dataset = new(new {MemberNames.Data}());");
            w.Close();
            w.Line();
            DataEmitter.Emit(w, model);
            return (declaration.FullName + ".g.cs", End(w));
        }

        /// <summary><c>{Class}.Data.{Kind}{Index}.g.cs</c>: one literal segment of the data.</summary>
        public static (string HintName, string Source) EmitSegment(DataSegmentModel segment)
        {
            var w = Begin(segment.Declaration);
            DataEmitter.EmitSegment(w, segment);
            return (segment.Declaration.FullName + "." + MemberNames.Data + "." + segment.MemberName + ".g.cs", End(w));
        }

        /// <summary><c>{Class}.Data.Notes.g.cs</c>: the notes' own data.</summary>
        public static (string HintName, string Source) EmitNotes(NoteDataModel model)
        {
            var w = Begin(model.Declaration);
            DataEmitter.EmitNotes(w, model);
            return (model.Declaration.FullName + "." + MemberNames.Data + "." + MemberNames.Notes + ".g.cs", End(w));
        }

        /// <summary><c>{Class}.Types.g.cs</c>: the standoff layer's type names as constants.</summary>
        public static (string HintName, string Source) EmitTypes(CorpusDeclaration declaration, StandoffTypeNames names)
            => (declaration.FullName + "." + MemberNames.Types + ".g.cs", StandoffTypesEmitter.Emit(Begin(declaration), names));

        /// <summary><c>{Class}.Actors.g.cs</c>: lookups and one property per actor.</summary>
        public static (string HintName, string Source) EmitActors(ActorQueriesModel model)
        {
            var declaration = model.Ids.Declaration;
            var w = Begin(declaration);
            w.Line("/// <summary>The canonical actors of this corpus, with lookups and one property per actor.</summary>");
            w.Open($"public static class {MemberNames.Actors}");
            EmitCommonMembers(w, "Actor", "actors", "ActorTable", "Actors", model.Ids);
            w.Line();
            var names = model.DispatchedNames.Count > 0 ? PerfectHashPlan.Find(model.DispatchedNames, ignoreCase: true) : null;
            w.Line(NameLookupChoice(model.NameKeyCount, names, model.DispatchedNames));
            w.Line("/// <summary>Finds an actor by its name or any alias, ignoring case. Allocates nothing.</summary>");
            var findSignature = $"public static bool {MemberNames.TryFind}({Span} nameOrAlias, {NotNullWhenTrue}out {Ns}Actor? actor)";
            if (names is null)
            {
                w.Line($"{findSignature} => {MemberNames.Store}.Dataset.Actors.TryFind(nameOrAlias, out actor);");
            }
            else
            {
                EmitDirectLookup(w, findSignature, "actor", "Actors", MemberNames.IndexOfName, "nameOrAlias");
                w.Line();
                PerfectHashDispatchEmitter.Emit(
                    w, "The index of the actor with this name or alias (ignoring case), or -1.", MemberNames.IndexOfName, names, PerfectHashDispatchEmitter.Names, model.DispatchedNames, model.NameActors);
            }

            for (var i = 0; i < model.Properties.Count; i++)
            {
                var actor = model.Properties[i];
                w.Line();
                w.Line($"/// <summary>{DocText(actor.Name)} (<c>{DocText(actor.Id)}</c>).</summary>");
                w.Line($"public static {Ns}Actor {actor.MemberName} => {MemberNames.Store}.Dataset.Actors[{Int(i)}];");
            }

            w.Close();
            if (names is not null)
            {
                // The data class answers the tables' name lookups with the method above (it is partial: its segments are elsewhere).
                w.Line();
                w.Open($"private sealed partial class {MemberNames.Data}");
                w.Line("/// <inheritdoc/>");
                w.Line($"public override int? FindByName(global::System.ReadOnlySpan<char> nameOrAlias) => {MemberNames.Actors}.{MemberNames.IndexOfName}(nameOrAlias);");
                w.Close();
            }

            return (declaration.FullName + "." + MemberNames.Actors + ".g.cs", End(w));
        }

        /// <summary>The query file of documents, statements or border events.</summary>
        public static (string HintName, string Source) EmitQueries(RecordQueriesModel model)
        {
            var (className, record, plural, extraMembers) = model.Kind switch
            {
                RecordKind.Document => (MemberNames.Documents, "Document", "documents", Enumerable.Empty<string>()),
                RecordKind.Statement => (MemberNames.Statements, "Statement", "statements", StatementQueries()),
                _ => (MemberNames.BorderEvents, "BorderEvent", "border events", BorderEventQueries()),
            };
            var w = Begin(model.Declaration);
            w.Line($"/// <summary>The {plural} of this corpus.</summary>");
            w.Open($"public static class {className}");
            EmitCommonMembers(w, record, plural, record + "Table", className, model);
            foreach (var member in extraMembers)
            {
                w.Line();
                w.Line(member);
            }

            w.Close();
            return (model.Declaration.FullName + "." + className + ".g.cs", End(w));
        }

        /// <summary><c>{Class}.Mentions.g.cs</c>, which reads nothing of the corpus.</summary>
        public static (string HintName, string Source) EmitMentions(CorpusDeclaration declaration)
        {
            var w = Begin(declaration);
            w.Line("/// <summary>The actor mentions of this corpus.</summary>");
            w.Open($"public static class {MemberNames.Mentions}");
            w.Line("/// <summary>The runtime table behind these members.</summary>");
            w.Line($"public static {Ns}MentionTable {MemberNames.Table} => {MemberNames.Store}.Dataset.Mentions;");
            w.Line();
            w.Line("/// <summary>Every mention, by document and offset.</summary>");
            w.Line($"public static global::System.Collections.Immutable.ImmutableArray<{Ns}Mention> {MemberNames.All} => {MemberNames.Store}.Dataset.Mentions.All;");
            w.Line();
            w.Line("/// <summary>The mentions of an actor, by document and offset. Allocates nothing.</summary>");
            w.Line($"public static {Ns}RecordRange<{Ns}Mention> Of({Ns}Actor actor) => {MemberNames.Store}.Dataset.Mentions.Of(actor);");
            w.Line();
            w.Line("/// <summary>The mentions in a document, by offset. Allocates nothing.</summary>");
            w.Line($"public static {Ns}RecordRange<{Ns}Mention> In({Ns}Document document) => {MemberNames.Store}.Dataset.Mentions.In(document);");
            w.Close();
            return (declaration.FullName + "." + MemberNames.Mentions + ".g.cs", End(w));
        }

        private static void EmitCommonMembers(
            SourceWriter w, string record, string plural, string table, string datasetMember, RecordQueriesModel ids)
        {
            w.Line("/// <summary>The runtime table behind these members.</summary>");
            w.Line($"public static {Ns}{table} {MemberNames.Table} => {MemberNames.Store}.Dataset.{datasetMember};");
            w.Line();
            w.Line($"/// <summary>Every one of the {plural}, in id order. The first call decodes them all.</summary>");
            w.Line($"public static global::System.Collections.Immutable.ImmutableArray<{Ns}{record}> {MemberNames.All} => {MemberNames.Store}.Dataset.{datasetMember}.All;");
            w.Line();
            var plan = ids.DispatchIds ? PerfectHashPlan.Find(ids.DispatchedIds, ignoreCase: false) : null;
            w.Line(IdLookupChoice(ids.IdCount, ids.DispatchIds, plan, ids.DispatchedIds));
            w.Line("/// <summary>Finds a record by its exact id. Allocates nothing.</summary>");
            var getSignature = $"public static bool {MemberNames.TryGet}({Span} id, {NotNullWhenTrue}out {Ns}{record}? record)";
            if (!ids.DispatchIds)
            {
                w.Line($"{getSignature} => {MemberNames.Store}.Dataset.{datasetMember}.TryGet(id, out record);");
            }
            else
            {
                const string Summary = "The index of the record with this id (ordinal), or -1.";
                EmitDirectLookup(w, getSignature, "record", datasetMember, MemberNames.IndexOfId, "id");
                w.Line();
                if (plan is not null)
                {
                    PerfectHashDispatchEmitter.Emit(w, Summary, MemberNames.IndexOfId, plan, PerfectHashDispatchEmitter.Ids, ids.DispatchedIds);
                }
                else
                {
                    KeyDispatchEmitter.Emit(w, Summary, MemberNames.IndexOfId, ids.DispatchedIds.Select((id, index) => (id, index)).ToList());
                }
            }
        }

        /// <summary>
        /// A lookup that calls the generated dispatch itself, then reads the record from the table: the same answer as the
        /// table's own lookup, which reaches the same method through the delegate <c>CorpusData</c> gave it.
        /// </summary>
        private static void EmitDirectLookup(SourceWriter w, string signature, string result, string datasetMember, string dispatch, string key)
        {
            w.Open(signature);
            w.Line($"var index = {dispatch}({key});");
            w.Line($"{result} = index < 0 ? null : {MemberNames.Store}.Dataset.{datasetMember}[index];");
            w.Line($"return {result} is not null;");
            w.Close();
        }

        /// <summary>Says in the generated code which lookup the names got, and why.</summary>
        private static string NameLookupChoice(int keys, PerfectHashPlan? plan, IReadOnlyList<string> names) => plan is not null
            ? $"// Name lookup: a generated perfect hash ({Keys(keys)}; {PerfectHashDispatchEmitter.Hashed(plan)} hashed into {Int(1 << plan.SlotBits)} slots); TryFind calls it, and so does Dataset (through CorpusData.FindByName)."
            : keys > PerfectHashPlan.MaxKeys
                ? $"// Name lookup: the key index in the data ({Keys(keys)}; a perfect hash holds at most {PerfectHashPlan.MaxKeys}, and ignoring case a switch measured slower than the index at every size)."
                : $"// Name lookup: the key index in the data ({Keys(keys)}; {NoPlan(names)}).";

        /// <summary>Says in the generated code which lookup a key set got, and why.</summary>
        private static string IdLookupChoice(int keys, bool dispatch, PerfectHashPlan? plan, IReadOnlyList<string> ids) => (dispatch, plan) switch
        {
            (true, { } hash) => $"// Id lookup: a generated perfect hash ({Keys(keys)}; {PerfectHashDispatchEmitter.Hashed(hash)} hashed into {Int(1 << hash.SlotBits)} slots){IdDispatchCallers}",
            (true, null) => $"// Id lookup: a generated switch ({Keys(keys)}; {NoPlan(ids)}){IdDispatchCallers}",
            _ => $"// Id lookup: the key index in the data ({Keys(keys)}; generated dispatch holds at most {Refs.MaxDispatchKeys}: a perfect hash's slots hold a key's index in a byte, and a switch over more keys mispredicts with random keys).",
        };

        /// <summary>Why at most <see cref="PerfectHashPlan.MaxKeys"/> keys got no perfect hash.</summary>
        private static string NoPlan(IReadOnlyList<string> keys) => keys.Any(key => key.Length > PerfectHashSlotLayout.MaxKeyLength)
            ? $"a key is longer than the {Int(PerfectHashSlotLayout.MaxKeyLength)} code units a perfect hash's slot holds"
            : "no perfect hash over a few characters tells them apart";

        /// <summary>Who calls a kind's generated id dispatch, said after the choice.</summary>
        private const string IdDispatchCallers = "; TryGet calls it, and so does Dataset (through CorpusData.IdIndexer).";

        private static string Keys(int count) => count == 1 ? "1 key" : Int(count) + " keys";

        private static IEnumerable<string> StatementQueries() => new[]
        {
            $"/// <summary>The statements an actor made, in id order. Allocates nothing.</summary>\npublic static {Ns}RecordRange<{Ns}Statement> BySpeaker({Ns}Actor speaker) => Store.Dataset.Statements.BySpeaker(speaker);",
            $"/// <summary>The statements a document attests, in id order. Allocates nothing.</summary>\npublic static {Ns}RecordRange<{Ns}Statement> In({Ns}Document document) => Store.Dataset.Statements.In(document);",
            $"/// <summary>The statements dated within a period (inclusive), by date. A binary search; allocates nothing.</summary>\npublic static {Ns}DatedRecords<{Ns}Statement> Between(global::System.DateOnly from, global::System.DateOnly to) => Store.Dataset.Statements.Between(from, to);",
            $"/// <summary>The statements of one kind, in id order. Allocates nothing.</summary>\npublic static {Ns}RecordRange<{Ns}Statement> OfKind({Ns}StatementKind kind) => Store.Dataset.Statements.OfKind(kind);",
        };

        private static IEnumerable<string> BorderEventQueries() => new[]
        {
            $"/// <summary>The events at a border, in id order. Allocates nothing.</summary>\npublic static {Ns}RecordRange<{Ns}BorderEvent> On({Ns}Border border) => Store.Dataset.BorderEvents.On(border);",
            $"/// <summary>The events a document attests, in id order. Allocates nothing.</summary>\npublic static {Ns}RecordRange<{Ns}BorderEvent> In({Ns}Document document) => Store.Dataset.BorderEvents.In(document);",
            $"/// <summary>The events dated within a period (inclusive), by date. A binary search; allocates nothing.</summary>\npublic static {Ns}DatedRecords<{Ns}BorderEvent> Between(global::System.DateOnly from, global::System.DateOnly to) => Store.Dataset.BorderEvents.Between(from, to);",
            $"/// <summary>The events of one kind, in id order. Allocates nothing.</summary>\npublic static {Ns}RecordRange<{Ns}BorderEvent> OfKind({Ns}BorderEventKind kind) => Store.Dataset.BorderEvents.OfKind(kind);",
        };

        internal static SourceWriter Begin(CorpusDeclaration declaration)
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

        internal static string End(SourceWriter w)
        {
            w.Close();
            return w.ToString();
        }
    }
}
