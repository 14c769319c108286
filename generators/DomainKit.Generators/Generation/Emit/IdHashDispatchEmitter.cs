using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DomainKit.Generators.Common;
using static DomainKit.Generators.Generation.Emit.CSharpLiteral;

namespace DomainKit.Generators.Generation.Emit
{
    /// <summary>
    /// Emits an id → record index lookup as a perfect hash (<see cref="IdHashPlan"/>): a length check, the slot from the
    /// length and a few characters, one byte read and one ordinal comparison with the id there. The slots are a byte
    /// literal in the assembly image; the ids an array of string literals, created on the first lookup.
    /// </summary>
    internal static class IdHashDispatchEmitter
    {
        private const int SlotsPerLine = 32;

        /// <summary>Writes the method and its two tables, <see cref="MemberNames.IdSlots"/> and <see cref="MemberNames.IdKeys"/>.</summary>
        public static void Emit(SourceWriter w, string summary, string methodName, IReadOnlyList<string> keys, IdHashPlan plan)
        {
            w.Line($"/// <summary>{summary}</summary>");
            w.Open($"internal static int {methodName}(global::System.ReadOnlySpan<char> key)");
            w.Open(plan.MinLength == plan.MaxLength
                ? $"if (key.Length != {Int(plan.MinLength)})"
                : $"if (key.Length < {Int(plan.MinLength)} || key.Length > {Int(plan.MaxLength)})");
            w.Line("return -1;");
            w.Close();
            w.Line();
            var terms = new[] { "(ulong)key.Length" }.Concat(plan.Positions.Select(position => Read(position, plan.MinLength)))
                .Select((operand, i) => $"{operand} * {Hex(plan.Multipliers[i])}");
            w.Line($"var slot = {MemberNames.IdSlots}[(int)(({string.Join(" + ", terms)}) >> {Int(64 - plan.SlotBits)})];");
            w.Line($"return slot != {Int(IdHashPlan.Empty)} && global::System.MemoryExtensions.Equals(key, {MemberNames.IdKeys}[slot], global::System.StringComparison.Ordinal) ? slot : -1;");
            w.Close();
            w.Line();
            w.Line($"/// <summary>Per slot of <see cref=\"{methodName}\"/>'s hash, the index of the id there, or {Int(IdHashPlan.Empty)}.</summary>");
            w.Line($"private static global::System.ReadOnlySpan<byte> {MemberNames.IdSlots} =>\n[");
            w.Line(string.Join(",\n", Enumerable.Range(0, (plan.Slots.Count + SlotsPerLine - 1) / SlotsPerLine)
                .Select(row => "    " + string.Join(", ", plan.Slots.Skip(row * SlotsPerLine).Take(SlotsPerLine).Select(slot => Int(slot))))));
            w.Line("];");
            w.Line();
            w.Line("/// <summary>The ids, by index.</summary>");
            w.Line($"private static readonly string[] {MemberNames.IdKeys} = [{string.Join(", ", keys.Select(String))}];");
        }

        /// <summary>What the generated code's comment says the hash reads: the length and the characters, as C# indexes them.</summary>
        public static string Hashed(IdHashPlan plan)
            => plan.Positions.Count == 0 ? "the length" : "the length and " + string.Join(", ", plan.Positions.Select(Character));

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
