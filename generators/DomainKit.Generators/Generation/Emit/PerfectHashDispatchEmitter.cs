using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DomainKit.Compiled;
using DomainKit.Generators.Common;
using static DomainKit.Generators.Generation.Emit.CSharpLiteral;

namespace DomainKit.Generators.Generation.Emit
{
    /// <summary>
    /// Emits a key → index lookup as a perfect hash (<see cref="PerfectHashPlan"/>): a length check, the slot from the
    /// length and a few characters (upper-cased by <c>NameDispatch.Fold</c> when case is ignored), one read of the slot
    /// and one comparison with the key it names (<c>PerfectHashSlot.Ordinal</c>, or <c>PerfectHashSlot.IgnoringCase</c>
    /// against the key stored with ASCII capitals). The slots (each its key's start, length and index:
    /// <see cref="PerfectHashSlotLayout"/>), and the value each key finds when it is not the key's own index, are literals
    /// in the assembly image; the keys lie end to end in one string constant, so the comparison reads them at an address
    /// the JIT knows, with no array of keys to load first (docs/benchmarks.md, "What was tried").
    /// </summary>
    internal static class PerfectHashDispatchEmitter
    {
        private const int BytesPerLine = 32;

        private const int SlotsPerLine = 8;

        /// <summary>The members a dispatch method reads: its slots, its keys, and what each key finds (null: its own index).</summary>
        public sealed record Tables(string Slots, string Keys, string? Values);

        /// <summary>The id dispatch's tables: a key finds its own index, the record's.</summary>
        public static readonly Tables Ids = new(MemberNames.IdSlots, MemberNames.IdKeys, null);

        /// <summary>The name dispatch's tables: a name or alias finds its actor.</summary>
        public static readonly Tables Names = new(MemberNames.NameSlots, MemberNames.NameKeys, MemberNames.NameActors);

        /// <summary>Writes the method and its tables; <paramref name="values"/> (one a key, each under 255) when <see cref="Tables.Values"/> is named.</summary>
        public static void Emit(SourceWriter w, string summary, string methodName, PerfectHashPlan plan, Tables tables, IReadOnlyList<string> keys, IReadOnlyList<int>? values = null)
        {
            w.Line($"/// <summary>{summary}</summary>");
            w.Open($"internal static int {methodName}(global::System.ReadOnlySpan<char> key)");
            w.Open(plan.MinLength == plan.MaxLength
                ? $"if (key.Length != {Int(plan.MinLength)})"
                : $"if (key.Length < {Int(plan.MinLength)} || key.Length > {Int(plan.MaxLength)})");
            w.Line("return -1;");
            w.Close();
            w.Line();
            var terms = new[] { "(ulong)key.Length" }.Concat(plan.Positions.Select(position => Folded(Read(position, plan.MinLength), plan.IgnoreCase)))
                .Select((operand, i) => $"{operand} * {Hex(plan.Multipliers[i])}");
            var slot = $"{tables.Slots}[(int)(({string.Join(" + ", terms)}) >> {Int(64 - plan.SlotBits)})]";
            var compared = $"global::DomainKit.Compiled.PerfectHashSlot.{(plan.IgnoreCase ? "IgnoringCase" : "Ordinal")}(key, {slot}, {tables.Keys})";
            if (tables.Values is null)
            {
                w.Line($"return {compared};");
            }
            else
            {
                w.Line($"var index = {compared};");
                w.Line($"return index < 0 ? -1 : {tables.Values}[index];");
            }

            w.Close();
            w.Line();
            var (text, starts) = EndToEnd(plan.IgnoreCase ? keys.Select(AsciiLetters.ToUpper).ToList() : keys);
            w.Line($"/// <summary>Per slot of <see cref=\"{methodName}\"/>'s hash, where its key starts in <see cref=\"{tables.Keys}\"/>, its length and its index (<c>PerfectHashSlotLayout</c>), or 0.</summary>");
            w.Line($"private static global::System.ReadOnlySpan<uint> {tables.Slots} =>\n[");
            w.Line(Rows(plan.Slots.Select(index => index == PerfectHashPlan.Empty ? "0" : Hex(PerfectHashSlotLayout.Pack(starts[index], keys[index].Length, index)))
                .ToList(), SlotsPerLine));
            w.Line("];");
            w.Line();
            w.Line(plan.IgnoreCase
                ? "/// <summary>The keys end to end, by index, their ASCII small letters as capitals (as the comparison wants them).</summary>"
                : "/// <summary>The keys end to end, by index.</summary>");
            w.Line($"private const string {tables.Keys} = {String(text)};");
            if (tables.Values is not null)
            {
                w.Line();
                w.Line("/// <summary>Per key, the index it finds.</summary>");
                w.Line($"private static global::System.ReadOnlySpan<byte> {tables.Values} =>\n[");
                w.Line(Rows(values!.Select(Int).ToList(), BytesPerLine));
                w.Line("];");
            }
        }

        /// <summary>What the generated code's comment says the hash reads: the length and the characters, as C# indexes them.</summary>
        public static string Hashed(PerfectHashPlan plan)
            => plan.Positions.Count == 0
                ? "the length"
                : "the length and " + string.Join(", ", plan.Positions.Select(Character)) + (plan.IgnoreCase ? " upper-cased" : "");

        /// <summary>The keys in one string, and where each starts in it.</summary>
        private static (string Text, int[] Starts) EndToEnd(IReadOnlyList<string> keys)
        {
            var starts = new int[keys.Count];
            var text = new System.Text.StringBuilder();
            for (var i = 0; i < keys.Count; i++)
            {
                starts[i] = text.Length;
                text.Append(keys[i]);
            }

            return (text.ToString(), starts);
        }

        /// <summary>A table literal's elements, <paramref name="perLine"/> a line, indented.</summary>
        private static string Rows(IReadOnlyList<string> elements, int perLine)
            => string.Join(",\n", Enumerable.Range(0, (elements.Count + perLine - 1) / perLine)
                .Select(row => "    " + string.Join(", ", elements.Skip(row * perLine).Take(perLine))));

        private static string Folded(string character, bool ignoreCase) => ignoreCase ? $"global::DomainKit.Compiled.NameDispatch.Fold({character})" : character;

        /// <summary>A position's character as the method reads it: clamped to the key where a shorter key lacks the position.</summary>
        private static string Read(int position, int minLength) => (position >= 0 ? position : -position - 1) < minLength
            ? Character(position)
            : position >= 0
                ? $"key[global::System.Math.Min({Int(position)}, key.Length - 1)]"
                : $"key[global::System.Math.Max(key.Length - {Int(-position)}, 0)]";

        private static string Character(int position) => position >= 0 ? $"key[{Int(position)}]" : $"key[^{Int(-position)}]";

        private static string Hex(ulong value) => "0x" + value.ToString("X16", CultureInfo.InvariantCulture) + "UL";

        private static string Hex(uint value) => "0x" + value.ToString("X8", CultureInfo.InvariantCulture) + "U";
    }
}
