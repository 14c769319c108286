using DomainKit.Generators.Common;

namespace DomainKit.Generators.Generation.Emit.Data
{
    /// <summary>Integers written in one document's own numbering, each with what it points at (a <see cref="Relocation"/>).</summary>
    internal sealed record RelocatableInts(EquatableArray<int> Values, EquatableArray<byte> Relocations)
    {
        /// <summary>What the integer at <paramref name="index"/> points at.</summary>
        public Relocation RelocationAt(int index) => (Relocation)Relocations[index];
    }
}
