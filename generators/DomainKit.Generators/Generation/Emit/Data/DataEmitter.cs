using System.Collections.Generic;
using System.Linq;
using System.Text;
using DomainKit.Compiled;
using static DomainKit.Generators.Generation.Emit.CSharpLiteral;

namespace DomainKit.Generators.Generation.Emit.Data
{
    /// <summary>
    /// Writes the nested <c>Data</c> class of a corpus: the string blob and the integer table as UTF-8
    /// literals (stored in the assembly image, never on the string heap, and read there in place), the rare fallback strings, and the
    /// overrides that route key lookups to the generated dispatch methods.
    /// </summary>
    internal static class DataEmitter
    {
        private const string Ns = "global::DomainKit.Compiled.";

        public static void Emit(SourceWriter w, CompiledTables tables)
        {
            var packed = tables.PackedIntSegments();
            w.Line("/// <summary>The compiled data: strings and an integer table, stored in the assembly image.</summary>");
            w.Open($"private sealed class Data : {Ns}CorpusData");
            w.Line("/// <inheritdoc/>");
            Segments(w, "Utf8", tables.Utf8Segments.Select(bytes => Encoding.UTF8.GetString(bytes.ToArray())).ToList());
            w.Line();
            w.Line("/// <inheritdoc/>");
            w.Line($"public override int PackedIntSegments => {Int(packed.Count)};");
            w.Line();
            w.Line("/// <inheritdoc/>");
            Segments(w, "PackedInts", packed);
            if (tables.FallbackStrings.Count > 0)
            {
                w.Line();
                w.Line("private static readonly string[] Fallback = [" + string.Join(", ", tables.FallbackStrings.Select(s => String(s))) + "];");
                w.Line();
                w.Line("/// <inheritdoc/>");
                w.Line("public override global::System.ReadOnlySpan<string> FallbackStrings => Fallback;");
            }

            if (tables.DispatchNames)
            {
                w.Line();
                w.Line("/// <inheritdoc/>");
                w.Line("public override int? FindActorByName(global::System.ReadOnlySpan<char> nameOrAlias) => Actors.IndexOfName(nameOrAlias);");
            }

            if (tables.DispatchIds)
            {
                w.Line();
                w.Line("/// <inheritdoc/>");
                w.Open($"public override int? FindById({Ns}RecordKind kind, global::System.ReadOnlySpan<char> id) => kind switch");
                foreach (var (kind, owner) in new[] { ("Actor", "Actors"), ("Document", "Documents"), ("Statement", "Statements"), ("BorderEvent", "BorderEvents") })
                {
                    w.Line($"{Ns}RecordKind.{kind} => {owner}.IndexOfId(id),");
                }

                w.Line("_ => null,");
                w.Close(";");
            }

            w.Close();
        }

        /// <summary>
        /// A method returning segment i, each segment a property of its own holding one UTF-8 literal (one token, never
        /// a concatenation). One member per literal because the compiler lowers a <c>u8</c> literal to one bound node
        /// per byte while it compiles the member: a member per segment bounds that to one segment at a time, where one
        /// method holding every segment made the compiler's peak memory grow with the whole corpus.
        /// </summary>
        private static void Segments(SourceWriter w, string method, IReadOnlyList<string> segments)
        {
            w.Line($"public override global::System.ReadOnlySpan<byte> {method}(int segment) => segment switch");
            w.Line("{");
            for (var i = 0; i < segments.Count; i++)
            {
                w.Line($"    {Int(i)} => {method}Segment{Int(i)},");
            }

            w.Line("    _ => default,");
            w.Line("};");
            for (var i = 0; i < segments.Count; i++)
            {
                w.Line();
                w.Line($"private static global::System.ReadOnlySpan<byte> {method}Segment{Int(i)} => {String(segments[i])}u8;");
            }
        }
    }
}
