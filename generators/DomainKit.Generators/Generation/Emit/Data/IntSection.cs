using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using DomainKit.Compiled;

namespace DomainKit.Generators.Generation.Emit.Data
{
    /// <summary>
    /// One section of an integer table being written, its values held in chunks of <see cref="ChunkLength"/>, the
    /// length of a chunk the table's literals are laid out in (<see cref="IntTableCodec.ChunkLength"/>). Once the table
    /// is finished the section is frozen (<see cref="Freeze"/>) and never changes; a section written on from it shares
    /// its whole chunks instead of copying them (and its last chunk, when copied to its end): the catalogs' part every
    /// table starts from (<see cref="Copy"/>), and runs of rows copied from the last table to where they were
    /// (<see cref="AppendRun"/>; consecutive runs are joined first, as most are shorter than a chunk). A chunk is written to only by the section that made it, so a shared one
    /// is copied before a write. Equal chunks are then often the same array, which <see cref="RunEquals"/> sees without
    /// reading them: a data edit leaves most of the table's literals the same.
    /// </summary>
    internal sealed class IntSection : IReadOnlyList<int>
    {
        /// <summary>Values in a chunk: the literals' chunk, so a shared chunk is a literal's whole run of values.</summary>
        public const int ChunkLength = IntTableCodec.ChunkLength;

        private const int ChunkBits = IntTableCodec.ChunkBits;
        private const int ChunkMask = ChunkLength - 1;

        /// <summary>The first chunk's length unless reserved: most sections hold a few values.</summary>
        private const int FirstLength = 16;

        private readonly List<int[]> _chunks = new();

        /// <summary>Whether each chunk is another section's, which this one must not write to.</summary>
        private readonly List<bool> _shared = new();

        /// <summary>
        /// Each chunk's smallest and largest value, once known: computed when the section is frozen, before another can
        /// share its chunks, and taken along with a shared chunk, so a table's ranges are computed over its new chunks only.
        /// </summary>
        private readonly List<ChunkRange> _ranges = new();

        /// <summary>The first chunk's length when it is made: <see cref="FirstLength"/>, or more if reserved.</summary>
        private int _firstLength = FirstLength;

        private int _count;
        private bool _frozen;

        /// <summary>The run being appended from a frozen section (<see cref="AppendRun"/>), not yet in the chunks.</summary>
        private IntSection? _runSource;

        private int _runStart;
        private int _runCount;

        public int Count => _count + _runCount;

        /// <summary>How many of its chunks the section shares with the section it copied them from, as they are now.</summary>
        public int SharedChunks
        {
            get
            {
                JoinRun();
                return _shared.Count(shared => shared);
            }
        }

        public int this[int index]
        {
            get
            {
                JoinRun();
                CheckIndex(index);
                return _chunks[index >> ChunkBits][index & ChunkMask];
            }

            set
            {
                JoinRun();
                CheckIndex(index);
                Writable(index >> ChunkBits)[index & ChunkMask] = value;
            }
        }

        public void Add(int value)
        {
            JoinRun();
            var at = _count & ChunkMask;
            var chunk = at == 0 && _count == _chunks.Count * ChunkLength ? NewChunk(1) : Tail(at + 1);
            chunk[at] = value;
            _count++;
        }

        public void AddRange(int[] values) => AddRange(values.AsSpan());

        public void AddRange(ReadOnlySpan<int> values)
        {
            JoinRun();
            while (values.Length > 0)
            {
                var at = _count & ChunkMask;
                var length = Math.Min(values.Length, ChunkLength - at);
                var chunk = at == 0 && _count == _chunks.Count * ChunkLength ? NewChunk(length) : Tail(at + length);
                values.Slice(0, length).CopyTo(chunk.AsSpan(at));
                _count += length;
                values = values.Slice(length);
            }
        }

        public void AddRange(IEnumerable<int> values)
        {
            foreach (var value in values)
            {
                Add(value);
            }
        }

        /// <summary>Makes room for <paramref name="values"/> more values at once, where they fit in the first chunk.</summary>
        public void Reserve(int values)
        {
            ThrowIfFrozen();
            JoinRun();
            var wanted = (int)Math.Min((long)_count + values, ChunkLength);
            if (_chunks.Count == 0)
            {
                // Made when a value is first added: a section whose runs land as shared chunks makes none.
                _firstLength = Math.Max(_firstLength, wanted);
            }
            else if (_chunks.Count == 1 && !_shared[0] && _chunks[0].Length < wanted)
            {
                Grow(0, wanted);
            }
        }

        /// <summary>
        /// Appends <paramref name="count"/> values of <paramref name="source"/> from <paramref name="start"/>. From a
        /// frozen section to the same place the run is joined with the next one appended after it, and the whole chunks
        /// the joined runs cover are shared, not copied, as is the source's last chunk when they reach its end.
        /// </summary>
        public void AppendRun(IntSection source, int start, int count)
        {
            if (count == 0)
            {
                return;
            }

            CheckRange(source, start, count);
            ThrowIfFrozen();
            if (!source._frozen || ReferenceEquals(source, this))
            {
                JoinRun();
                source.JoinRun();
                CopyRun(source, start, count);
                return;
            }

            if (_runSource is not null && (!ReferenceEquals(_runSource, source) || _runStart + _runCount != start))
            {
                JoinRun();
            }

            if (_runSource is null)
            {
                (_runSource, _runStart) = (source, start);
            }

            _runCount += count;
        }

        /// <summary>A section that goes on from this frozen one: it shares this one's chunks, the last copied when written to.</summary>
        public IntSection Copy()
        {
            if (!_frozen)
            {
                throw new InvalidOperationException("Only a frozen section is copied: a copy shares its chunks.");
            }

            var copy = new IntSection();
            copy.AppendRun(this, 0, _count);
            copy.JoinRun();
            return copy;
        }

        /// <summary>Finishes the section: from now on it is read only.</summary>
        public void Freeze()
        {
            if (_frozen)
            {
                return;
            }

            JoinRun();
            for (var c = 0; c < _chunks.Count; c++)
            {
                _ranges[c] = RangeOf(c);
            }

            _frozen = true;
        }

        /// <summary>The smallest and largest values; (0, 0) for none.</summary>
        public (int Min, int Max) Range()
        {
            JoinRun();
            if (_count == 0)
            {
                return (0, 0);
            }

            var (min, max) = (int.MaxValue, int.MinValue);
            for (var c = 0; c < _chunks.Count; c++)
            {
                var range = RangeOf(c);
                (min, max) = (Math.Min(min, range.Min), Math.Max(max, range.Max));
            }

            return (min, max);
        }

        /// <summary>Chunk <paramref name="index"/>'s range, computed if not known.</summary>
        private ChunkRange RangeOf(int index)
        {
            if (_ranges[index].Known)
            {
                return _ranges[index];
            }

            var chunk = _chunks[index];
            var length = Math.Min(ChunkLength, _count - (index * ChunkLength));
            if (length == 0)
            {
                return new ChunkRange(int.MaxValue, int.MinValue);
            }

            // The host runtime's Min and Max compare a vector at a time over a whole array (.NET 8 on); a partial chunk
            // is read as a segment.
            var values = length == chunk.Length ? chunk : (IEnumerable<int>)new ArraySegment<int>(chunk, 0, length);
            return new ChunkRange(values.Min(), values.Max());
        }

        /// <summary>
        /// Whether <paramref name="count"/> values from <paramref name="start"/> equal <paramref name="other"/>'s from
        /// <paramref name="otherStart"/>; parts that are the same array at the same place are not read.
        /// </summary>
        public bool RunEquals(int start, IntSection other, int otherStart, int count)
        {
            JoinRun();
            other.JoinRun();
            CheckRange(this, start, count);
            CheckRange(other, otherStart, count);
            while (count > 0)
            {
                var (chunk, at) = (_chunks[start >> ChunkBits], start & ChunkMask);
                var (otherChunk, otherAt) = (other._chunks[otherStart >> ChunkBits], otherStart & ChunkMask);
                var length = Math.Min(count, Math.Min(ChunkLength - at, ChunkLength - otherAt));
                if (!(ReferenceEquals(chunk, otherChunk) && at == otherAt) && !chunk.AsSpan(at, length).SequenceEqual(otherChunk.AsSpan(otherAt, length)))
                {
                    return false;
                }

                (start, otherStart, count) = (start + length, otherStart + length, count - length);
            }

            return true;
        }

        /// <summary>Field <paramref name="field"/> of each row, the section read as rows of <paramref name="width"/> values.</summary>
        public int[] Column(int width, int field)
        {
            if ((uint)field >= (uint)width)
            {
                throw new ArgumentOutOfRangeException(nameof(field), field, $"A row has {width} fields.");
            }

            JoinRun();
            var values = new int[_count / width];
            for (var (row, at) = (0, field); row < values.Length; row++, at += width)
            {
                values[row] = _chunks[at >> ChunkBits][at & ChunkMask];
            }

            return values;
        }

        public int[] ToArray()
        {
            JoinRun();
            var values = new int[_count];
            for (var c = 0; c < _chunks.Count; c++)
            {
                _chunks[c].AsSpan(0, Math.Min(ChunkLength, _count - (c * ChunkLength))).CopyTo(values.AsSpan(c * ChunkLength));
            }

            return values;
        }

        public IEnumerator<int> GetEnumerator()
        {
            for (var i = 0; i < Count; i++)
            {
                yield return this[i];
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        /// <summary>
        /// Moves the run being appended into the chunks: its whole chunks shared where they line up (and the source's last
        /// one when the run reaches its end), the rest copied.
        /// </summary>
        private void JoinRun()
        {
            if (_runSource is not { } source)
            {
                return;
            }

            var (start, count) = (_runStart, _runCount);
            (_runSource, _runCount) = (null, 0);
            while (count > 0)
            {
                if ((start & ChunkMask) == 0 && (count >= ChunkLength || start + count == source._count) && (_count == 0 || _count == _chunks.Count * ChunkLength))
                {
                    // A frozen section's whole chunk, or its last one to its end, landing at the start of a chunk here:
                    // a last chunk shared is copied when written to.
                    _chunks.Add(source._chunks[start >> ChunkBits]);
                    _shared.Add(true);
                    _ranges.Add(source._ranges[start >> ChunkBits]);
                    var taken = Math.Min(count, ChunkLength);
                    (_count, start, count) = (_count + taken, start + taken, count - taken);
                    continue;
                }

                var length = Math.Min(count, Math.Min(ChunkLength - (start & ChunkMask), ChunkLength - (_count & ChunkMask)));
                CopyRun(source, start, length);
                (start, count) = (start + length, count - length);
            }
        }

        /// <summary>Copies values of <paramref name="source"/> (whose run, if any, has been joined) chunk by chunk.</summary>
        private void CopyRun(IntSection source, int start, int count)
        {
            while (count > 0)
            {
                var length = Math.Min(count, ChunkLength - (start & ChunkMask));
                AddRange(source._chunks[start >> ChunkBits].AsSpan(start & ChunkMask, length));
                (start, count) = (start + length, count - length);
            }
        }

        /// <summary>A new last chunk, <paramref name="length"/> values at least: the first grows as values come, the others are whole.</summary>
        private int[] NewChunk(int length)
        {
            ThrowIfFrozen();

            var chunk = new int[_chunks.Count == 0 ? Math.Max(_firstLength, length) : ChunkLength];
            _chunks.Add(chunk);
            _shared.Add(false);
            _ranges.Add(default);
            return chunk;
        }

        /// <summary>The last chunk, writable and able to hold <paramref name="length"/> values.</summary>
        private int[] Tail(int length)
        {
            var last = _chunks.Count - 1;
            var chunk = Writable(last);
            return chunk.Length >= length ? chunk : Grow(last, Math.Max(length, Math.Min(ChunkLength, chunk.Length * 2)));
        }

        private int[] Grow(int index, int length)
        {
            var grown = new int[length];
            _chunks[index].AsSpan(0, Math.Min(_chunks[index].Length, length)).CopyTo(grown);
            _chunks[index] = grown;
            return grown;
        }

        /// <summary>Chunk <paramref name="index"/>, copied first if it is another section's.</summary>
        private int[] Writable(int index)
        {
            ThrowIfFrozen();

            if (_shared[index])
            {
                _chunks[index] = (int[])_chunks[index].Clone();
                _shared[index] = false;
                _ranges[index] = default;
            }

            return _chunks[index];
        }

        private void ThrowIfFrozen()
        {
            if (_frozen)
            {
                throw new InvalidOperationException("A frozen section is read only.");
            }
        }

        private void CheckIndex(int index)
        {
            if ((uint)index >= (uint)_count)
            {
                throw new ArgumentOutOfRangeException(nameof(index), index, $"The section holds {_count} values.");
            }
        }

        private static void CheckRange(IntSection section, int start, int count)
        {
            if (start < 0 || count < 0 || (long)start + count > section.Count)
            {
                throw new ArgumentOutOfRangeException(nameof(count), $"{count} values from {start} are not in a section of {section.Count}.");
            }
        }

        /// <summary>A chunk's smallest and largest value; default while not known.</summary>
        private readonly struct ChunkRange
        {
            public ChunkRange(int min, int max) => (Min, Max, Known) = (min, max, true);

            public int Min { get; }

            public int Max { get; }

            public bool Known { get; }
        }
    }
}
