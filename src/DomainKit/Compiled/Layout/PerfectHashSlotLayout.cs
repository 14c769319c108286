// Compiled into both the runtime and the generator (linked), so the generated slots and the lookup that reads them
// cannot disagree about where anything is.
namespace DomainKit.Compiled;

/// <summary>
/// A slot of a generated perfect hash, packed in 32 bits: where its key starts in the keys' text (bits 0–15), the key's
/// length (16–23) and its index (24–31); an empty slot is 0, a length no probe that reaches it has (a plan with an empty
/// key hashes only the length, so an empty probe reaches that key's slot). One read of the slot gives everything the comparison needs, and the keys lie end
/// to end in one string literal, whose address the JIT knows: the lookup waits on the slot and then the characters, with
/// no array of keys and no string object between them (docs/benchmarks.md, "What was tried").
/// </summary>
internal static class PerfectHashSlotLayout
{
    /// <summary>The longest key a slot holds; the 255 keys a perfect hash holds at most, each this long, fit the 16-bit start.</summary>
    public const int MaxKeyLength = byte.MaxValue;

    /// <summary>A key's slot.</summary>
    public static uint Pack(int start, int length, int index) => ((uint)index << 24) | ((uint)length << 16) | (uint)start;

    /// <summary>Where the slot's key starts in the keys' text.</summary>
    public static int Start(uint slot) => (int)(slot & 0xFFFF);

    /// <summary>The slot's key's length (0 when the slot is empty).</summary>
    public static int Length(uint slot) => (int)((slot >> 16) & 0xFF);

    /// <summary>The slot's key's index.</summary>
    public static int Index(uint slot) => (int)(slot >> 24);
}
