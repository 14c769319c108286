using System;
using System.Collections.Generic;
using System.Linq;
using DomainKit.Generators.Common;
using static DomainKit.Generators.Generation.Emit.CSharpLiteral;

namespace DomainKit.Generators.Generation.Emit.Data
{
    /// <summary>
    /// Writes the nested <c>Data</c> class of a corpus: the string blob and the integer table as UTF-8 literals
    /// (stored in the assembly image, never on the string heap, and read there in place), the rare fallback strings,
    /// and the overrides that route key lookups to the generated dispatch methods. Each segment's literal is a member
    /// of its own generated file (<see cref="EmitSegment"/>), so an edit rewrites the segments it changed and no other.
    /// </summary>
    internal static class DataEmitter
    {
        private const string Ns = "global::DomainKit.Compiled.";
        private const string Bytes = "global::System.ReadOnlySpan<byte>";

        /// <summary>The record kinds whose ids may get generated dispatch, each with the corpus class member that holds it.</summary>
        private static readonly (string Kind, string Owner)[] IdDispatchOwners =
        {
            ("Actor", MemberNames.Actors), ("Document", MemberNames.Documents), ("Statement", MemberNames.Statements), ("BorderEvent", MemberNames.BorderEvents),
        };

        /// <summary>Segments per dispatch method of a corpus with more (<see cref="Segments"/>): 16.</summary>
        private const int SegmentGroupBits = 4;

        public static void Emit(SourceWriter w, DataDirectoryModel model)
        {
            w.Line("/// <summary>The compiled data: strings and an integer table, stored in the assembly image.</summary>");
            w.Open($"private sealed partial class {MemberNames.Data} : {Ns}CorpusData");
            SegmentMembers(w, model.Utf8Segments, model.PackedIntSegments, model.FallbackStrings);
            if (model.DispatchedIdKinds.Count > 0)
            {
                IdIndexers(w, IdDispatchOwners.Where(kind => model.DispatchedIdKinds.Contains(kind.Kind)).ToList());
            }

            w.Close();
        }

        /// <summary>
        /// The <c>IdIndexer</c> override, and per kind an instance method that calls the kind's generated <c>IndexOfId</c>:
        /// the table's delegate is then closed over the generated data object, where one to the static method itself is called through
        /// a thunk that shifts its arguments (about 0.5 ns of a bundled id lookup through <c>Dataset</c>, docs/benchmarks.md).
        /// </summary>
        private static void IdIndexers(SourceWriter w, IReadOnlyList<(string Kind, string Owner)> kinds)
        {
            w.Line();
            w.Line("/// <inheritdoc/>");
            w.Open($"public override {Ns}KeyIndexer? IdIndexer({Ns}RecordKind kind) => kind switch");
            foreach (var (kind, _) in kinds)
            {
                w.Line($"{Ns}RecordKind.{kind} => new {Ns}KeyIndexer({IndexerName(kind)}),");
            }

            w.Line("_ => null,");
            w.Close(";");
            foreach (var (kind, owner) in kinds)
            {
                w.Line();
                w.Line($"/// <summary>{owner}.IndexOfId as an instance method: a delegate to it needs no thunk to shift the arguments, as one to the static method does.</summary>");
                w.Line($"private int {IndexerName(kind)}(global::System.ReadOnlySpan<char> key) => {owner}.IndexOfId(key);");
            }
        }

        private static string IndexerName(string kind) => $"IndexOf{kind}Id";

        /// <summary>
        /// The notes' own data (<c>CorpusData.Notes</c>), in a class nested in <c>Data</c> with every segment's literal as a
        /// member of its own: one file, which a note edit rewrites and nothing else.
        /// </summary>
        public static void EmitNotes(SourceWriter w, NoteDataModel model)
        {
            w.Open($"private sealed partial class {MemberNames.Data}");
            w.Line("/// <inheritdoc/>");
            w.Line($"public override {Ns}CorpusData Notes => NoteData.Instance;");
            w.Line();
            w.Line("/// <summary>The notes: their rows, strings and indexes, pointing at documents and annotations of <c>Data</c>.</summary>");
            w.Open($"private sealed class NoteData : {Ns}CorpusData");
            // Not created with Data: a process's first lookup neither loads nor compiles this class.
            w.Line("/// <summary>The one instance, created the first time the notes are read.</summary>");
            w.Line("internal static readonly NoteData Instance = new();");
            w.Line();
            SegmentMembers(w, model.Utf8Segments.Count, model.PackedIntSegments.Count, model.FallbackStrings);
            foreach (var (kind, segments) in new[] { (DataSegmentKind.Utf8, model.Utf8Segments), (DataSegmentKind.PackedInts, model.PackedIntSegments) })
            {
                for (var i = 0; i < segments.Count; i++)
                {
                    w.Line();
                    Literal(w, DataSegmentModel.MemberNameOf(kind, i), segments[i]);
                }
            }

            w.Close();
            w.Close();
        }

        /// <summary>The members of a <c>CorpusData</c> that return its segments (each a member named by <see cref="DataSegmentModel.MemberNameOf"/>) and fallback strings.</summary>
        private static void SegmentMembers(SourceWriter w, int utf8Segments, int packedIntSegments, EquatableArray<string> fallbackStrings)
        {
            w.Line("/// <inheritdoc/>");
            Segments(w, "Utf8", DataSegmentKind.Utf8, utf8Segments);
            w.Line();
            w.Line("/// <inheritdoc/>");
            w.Line($"public override int PackedIntSegments => {Int(packedIntSegments)};");
            w.Line();
            w.Line("/// <inheritdoc/>");
            Segments(w, "PackedInts", DataSegmentKind.PackedInts, packedIntSegments);
            if (fallbackStrings.Count > 0)
            {
                w.Line();
                w.Line("private static readonly string[] Fallback = [" + string.Join(", ", fallbackStrings.Select(s => String(s))) + "];");
                w.Line();
                w.Line("/// <inheritdoc/>");
                w.Line("public override global::System.ReadOnlySpan<string> FallbackStrings => Fallback;");
            }
        }

        /// <summary>
        /// One segment's literal: a single token, never a concatenation, in its own part of <c>Data</c>. A member per
        /// segment also bounds the compiler's memory: it lowers a <c>u8</c> literal into one bound node per byte for
        /// the member it compiles, so one member holding every segment held the whole corpus's bytes at once.
        /// </summary>
        public static void EmitSegment(SourceWriter w, DataSegmentModel segment)
        {
            w.Open($"private sealed partial class {MemberNames.Data}");
            Literal(w, segment.MemberName, segment.Content.Text());
            w.Close();
        }

        private static void Literal(SourceWriter w, string member, string text) => w.Line($"private static {Bytes} {member} => {String(text)}u8;");

        /// <summary>
        /// A method returning segment i, each from the member its own file declares. Past <see cref="SegmentGroupBits"/>'s
        /// group size the method picks a group of segments and a method per group picks the segment: the JIT compiles a
        /// switch in time proportional to its arms, and a first lookup reaches only a few groups, whatever the corpus's size.
        /// </summary>
        private static void Segments(SourceWriter w, string method, DataSegmentKind kind, int count)
        {
            const int groupSize = 1 << SegmentGroupBits;
            if (count <= groupSize)
            {
                SegmentSwitch(w, $"public override {Bytes} {method}(int segment)", kind, 0, count);
                return;
            }

            var groups = (count + groupSize - 1) >> SegmentGroupBits;
            w.Line($"public override {Bytes} {method}(int segment) => (segment >> {Int(SegmentGroupBits)}) switch");
            w.Line("{");
            for (var group = 0; group < groups; group++)
            {
                w.Line($"    {Int(group)} => {method}Group{Int(group)}(segment),");
            }

            w.Line("    _ => default,");
            w.Line("};");
            for (var group = 0; group < groups; group++)
            {
                w.Line();
                SegmentSwitch(w, $"private static {Bytes} {method}Group{Int(group)}(int segment)", kind, group * groupSize, Math.Min(count, (group + 1) * groupSize));
            }
        }

        private static void SegmentSwitch(SourceWriter w, string signature, DataSegmentKind kind, int start, int end)
        {
            w.Line($"{signature} => segment switch");
            w.Line("{");
            for (var i = start; i < end; i++)
            {
                w.Line($"    {Int(i)} => {DataSegmentModel.MemberNameOf(kind, i)},");
            }

            w.Line("    _ => default,");
            w.Line("};");
        }
    }
}
