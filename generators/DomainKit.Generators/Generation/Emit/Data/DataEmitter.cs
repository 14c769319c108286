using System.Collections.Generic;
using System.Linq;
using System.Text;
using DomainKit.Compiled;
using static DomainKit.Generators.Generation.Emit.CSharpLiteral;

namespace DomainKit.Generators.Generation.Emit.Data
{
    /// <summary>
    /// Writes the nested <c>Data</c> class of a corpus: the string blob and the packed integer table as UTF-8
    /// literals (stored in the assembly image, never on the string heap), the rare fallback strings, and the
    /// overrides that route key lookups to the generated dispatch methods.
    /// </summary>
    internal static class DataEmitter
    {
        /// <summary>Characters per literal; a long literal is split so no line of the generated file is huge.</summary>
        private const int ChunkLength = 16384;

        private const string Ns = "global::DomainKit.Compiled.";

        public static void Emit(SourceWriter w, CompiledTables tables)
        {
            w.Line("/// <summary>The compiled data: strings and a packed integer table, stored in the assembly image.</summary>");
            w.Open($"private sealed class Data : {Ns}CorpusData");
            w.Line("/// <inheritdoc/>");
            Utf8Literal(w, "public override global::System.ReadOnlySpan<byte> Utf8", Encoding.UTF8.GetString(tables.Utf8.ToArray()));
            w.Line();
            w.Line("/// <inheritdoc/>");
            Utf8Literal(w, "public override global::System.ReadOnlySpan<byte> PackedInts", Packed(tables.Ints));
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

        private static string Packed(IReadOnlyList<int> ints)
        {
            var packed = new StringBuilder(ints.Count * IntTableCodec.CharactersPerInt);
            foreach (var value in ints)
            {
                IntTableCodec.Encode(value, packed);
            }

            return packed.ToString();
        }

        private static void Utf8Literal(SourceWriter w, string property, string text)
        {
            w.Line(property + " =>");
            var chunks = Chunks(text).Select(chunk => String(chunk) + "u8").DefaultIfEmpty("\"\"u8").ToList();
            for (var i = 0; i < chunks.Count; i++)
            {
                w.Line((i == 0 ? "    " : "    + ") + chunks[i] + (i == chunks.Count - 1 ? ";" : string.Empty));
            }
        }

        /// <summary>Pieces of at most <see cref="ChunkLength"/> characters that never split a surrogate pair.</summary>
        private static IEnumerable<string> Chunks(string text)
        {
            for (var start = 0; start < text.Length;)
            {
                var length = System.Math.Min(ChunkLength, text.Length - start);
                if (start + length < text.Length && char.IsHighSurrogate(text[start + length - 1]))
                {
                    length--;
                }

                yield return text.Substring(start, length);
                start += length;
            }
        }
    }
}
