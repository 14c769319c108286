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
    /// length and a few characters (upper-cased by <c>NameDispatch.Fold</c> when case is ignored), one byte read and one
    /// comparison with the key there (ordinal, or <c>NameDispatch.FoldedKeyEquals</c> against the key stored with ASCII
    /// capitals). The slots, and the value each key finds when it is not the key's own index, are byte literals in the
    /// assembly image; the keys an array of string literals, created on the first lookup.
    /// </summary>
    internal static class PerfectHashDispatchEmitter
    {
        private const int BytesPerLine = 32;

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
            w.Line($"var slot = {tables.Slots}[(int)(({string.Join(" + ", terms)}) >> {Int(64 - plan.SlotBits)})];");
            var equals = plan.IgnoreCase
                ? $"global::DomainKit.Compiled.NameDispatch.FoldedKeyEquals(key, {tables.Keys}[slot])"
                : $"global::System.MemoryExtensions.SequenceEqual(key, {tables.Keys}[slot])";
            w.Line($"return slot != {Int(PerfectHashPlan.Empty)} && {equals} ? {(tables.Values is null ? "slot" : tables.Values + "[slot]")} : -1;");
            w.Close();
            w.Line();
            w.Line($"/// <summary>Per slot of <see cref=\"{methodName}\"/>'s hash, the index of the key there, or {Int(PerfectHashPlan.Empty)}.</summary>");
            ByteTable(w, tables.Slots, plan.Slots.Select(slot => (int)slot).ToList());
            w.Line();
            w.Line(plan.IgnoreCase ? "/// <summary>The keys, by index, their ASCII small letters as capitals (as the comparison wants them).</summary>" : "/// <summary>The keys, by index.</summary>");
            w.Line($"private static readonly string[] {tables.Keys} = [{string.Join(", ", keys.Select(key => String(plan.IgnoreCase ? AsciiLetters.ToUpper(key) : key)))}];");
            if (tables.Values is not null)
            {
                w.Line();
                w.Line("/// <summary>Per key, the index it finds.</summary>");
                ByteTable(w, tables.Values, values!);
            }
        }

        /// <summary>What the generated code's comment says the hash reads: the length and the characters, as C# indexes them.</summary>
        public static string Hashed(PerfectHashPlan plan)
            => plan.Positions.Count == 0
                ? "the length"
                : "the length and " + string.Join(", ", plan.Positions.Select(Character)) + (plan.IgnoreCase ? " upper-cased" : "");

        private static void ByteTable(SourceWriter w, string name, IReadOnlyList<int> bytes)
        {
            w.Line($"private static global::System.ReadOnlySpan<byte> {name} =>\n[");
            w.Line(string.Join(",\n", Enumerable.Range(0, (bytes.Count + BytesPerLine - 1) / BytesPerLine)
                .Select(row => "    " + string.Join(", ", bytes.Skip(row * BytesPerLine).Take(BytesPerLine).Select(Int)))));
            w.Line("];");
        }

        private static string Folded(string character, bool ignoreCase) => ignoreCase ? $"global::DomainKit.Compiled.NameDispatch.Fold({character})" : character;

        /// <summary>A position's character as the method reads it: clamped to the key where a shorter key lacks the position.</summary>
        private static string Read(int position, int minLength) => (position >= 0 ? position : -position - 1) < minLength
            ? Character(position)
            : position >= 0
                ? $"key[global::System.Math.Min({Int(position)}, key.Length - 1)]"
                : $"key[global::System.Math.Max(key.Length - {Int(-position)}, 0)]";

        private static string Character(int position) => position >= 0 ? $"key[{Int(position)}]" : $"key[^{Int(-position)}]";

        private static string Hex(ulong value) => "0x" + value.ToString("X16", CultureInfo.InvariantCulture) + "UL";
    }
}
