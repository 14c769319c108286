using System;
using System.Collections.Generic;
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
    public static Dataset From(LinkedCorpus corpus) => new(new FolderCorpusData(corpus, CorpusTableWriter.Write(corpus, CorpusFolder.Vocabulary)));

    /// <summary>
    /// The compiled data of a corpus read at run time. Where the generator would emit key dispatch code (small key
    /// sets, for which it writes no hash index), lookups go through dictionaries of the same keys instead.
    /// </summary>
    private sealed class FolderCorpusData : CorpusData
    {
        private readonly byte[][] _utf8;
        private readonly byte[][] _packedInts;
        private readonly string[] _fallbackStrings;
        private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>>? _names;
        private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>>[]? _ids;

        public FolderCorpusData(LinkedCorpus corpus, CompiledTables tables)
        {
            _utf8 = tables.Utf8Segments.Select(segment => segment.ToArray()).ToArray();
            _packedInts = DataEmitter.Packed(tables.Ints).Select(Encoding.UTF8.GetBytes).ToArray();
            _fallbackStrings = tables.FallbackStrings.ToArray();
            if (tables.DispatchNames)
            {
                _names = Keys(corpus.NameKeys.Select(k => (k.Key, k.Actor)), StringComparer.OrdinalIgnoreCase);
            }

            if (tables.DispatchIds)
            {
                // Indexed by RecordKind.
                _ids =
                [
                    Keys(corpus.Actors.Select((a, i) => (a.Id, i)), StringComparer.Ordinal),
                    Keys(corpus.Documents.Select((d, i) => (d.Id, i)), StringComparer.Ordinal),
                    Keys(corpus.Statements.Select((s, i) => (s.Id, i)), StringComparer.Ordinal),
                    Keys(corpus.BorderEvents.Select((e, i) => (e.Id, i)), StringComparer.Ordinal),
                ];
            }
        }

        public override int PackedIntSegments => _packedInts.Length;

        public override ReadOnlySpan<string> FallbackStrings => _fallbackStrings;

        public override ReadOnlySpan<byte> Utf8(int segment) => (uint)segment < (uint)_utf8.Length ? _utf8[segment] : default;

        public override ReadOnlySpan<byte> PackedInts(int segment) => (uint)segment < (uint)_packedInts.Length ? _packedInts[segment] : default;

        public override int? FindActorByName(ReadOnlySpan<char> nameOrAlias) => _names is { } names ? Find(names, nameOrAlias) : null;

        public override int? FindById(RecordKind kind, ReadOnlySpan<char> id) => _ids is { } ids && (uint)kind < (uint)ids.Length ? Find(ids[(int)kind], id) : null;

        private static int Find(Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> keys, ReadOnlySpan<char> key) => keys.TryGetValue(key, out var index) ? index : -1;

        /// <summary>A key → record index lookup; the linker has made the keys unique (a repeat would keep the first).</summary>
        private static Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Keys(IEnumerable<(string Key, int Index)> keys, StringComparer comparer)
        {
            var dictionary = new Dictionary<string, int>(comparer);
            foreach (var (key, index) in keys)
            {
                dictionary.TryAdd(key, index);
            }

            return dictionary.GetAlternateLookup<ReadOnlySpan<char>>();
        }
    }
}
