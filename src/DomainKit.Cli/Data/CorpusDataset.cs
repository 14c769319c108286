using System;
using System.Linq;
using System.Text;
using DomainKit.Compiled;
using DomainKit.Generators.Corpus.Linking;
using DomainKit.Generators.Generation.Emit.Data;

namespace DomainKit.Cli.Data;

/// <summary>
/// Turns a linked corpus into a runtime <see cref="Dataset"/> without compiling it: the generator's own table writer
/// lays the data out, and the bytes it would emit as literals are handed to the runtime as they are. Every query and
/// export of the tool works over <see cref="Dataset"/> alone, for the bundled corpus and any folder alike.
/// </summary>
internal static class CorpusDataset
{
    public static Dataset From(LinkedCorpus corpus)
        => new(new FolderCorpusData(CorpusTableWriter.Write(corpus, CorpusFolder.Vocabulary), new FolderCorpusData(NoteTableWriter.Write(corpus), notes: null)));

    /// <summary>
    /// The compiled data of a corpus (or of its notes) read at run time. It overrides no key dispatch: every key set has a compiled key
    /// index in the data, which the runtime uses when no generated dispatch answers.
    /// </summary>
    private sealed class FolderCorpusData(CompiledTables tables, CorpusData? notes) : CorpusData
    {
        private readonly byte[][] _utf8 = tables.Utf8Segments.Select(segment => segment.AsSpan().ToArray()).ToArray();
        private readonly byte[][] _packedInts = tables.PackedIntSegments().Select(Encoding.ASCII.GetBytes).ToArray();
        private readonly string[] _fallbackStrings = tables.FallbackStrings.ToArray();

        public override int PackedIntSegments => _packedInts.Length;

        public override CorpusData? Notes => notes;

        public override ReadOnlySpan<string> FallbackStrings => _fallbackStrings;

        public override ReadOnlySpan<byte> Utf8(int segment) => (uint)segment < (uint)_utf8.Length ? _utf8[segment] : default;

        public override ReadOnlySpan<byte> PackedInts(int segment) => (uint)segment < (uint)_packedInts.Length ? _packedInts[segment] : default;
    }
}
