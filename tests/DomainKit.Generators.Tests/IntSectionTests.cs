using DomainKit.Generators.Generation.Emit.Data;

namespace DomainKit.Generators.Tests;

/// <summary>
/// A table section's chunks: what a section holds is what a list given the same values holds, whatever it shares, and
/// a finished section never changes through a section that shares its chunks.
/// </summary>
public sealed class IntSectionTests
{
    private const int Chunk = IntSection.ChunkLength;

    [Fact]
    public void Runs_copied_to_where_they_were_share_the_whole_chunks_they_cover_once_joined()
    {
        var last = Frozen(Enumerable.Range(0, (3 * Chunk) + 500));
        var section = new IntSection();
        section.Reserve(100);
        for (var start = 0; start < last.Count; start += 1000)
        {
            section.AppendRun(last, start, Math.Min(1000, last.Count - start));
        }

        // The three whole chunks and the last one, which the runs cover to the section's end.
        Assert.Equal(last, section);
        Assert.Equal(4, section.SharedChunks);
        Assert.True(section.RunEquals(0, last, 0, last.Count));
    }

    [Fact]
    public void Runs_copied_elsewhere_or_from_a_section_being_written_are_copied()
    {
        var last = Frozen(Enumerable.Range(0, 3 * Chunk));
        var moved = new IntSection();
        moved.Add(-1);
        moved.AppendRun(last, 0, last.Count);

        var open = Section(Enumerable.Range(0, 2 * Chunk));
        var fromOpen = new IntSection();
        fromOpen.AppendRun(open, 0, open.Count);

        Assert.Equal(new[] { -1 }.Concat(last), moved);
        Assert.Equal(0, moved.SharedChunks);
        Assert.Equal(open, fromOpen);
        Assert.Equal(0, fromOpen.SharedChunks);
    }

    [Fact]
    public void A_write_to_a_shared_chunk_copies_it_first()
    {
        var last = Frozen(Enumerable.Range(0, (2 * Chunk) + 3));
        var copy = last.Copy();
        Assert.Equal(3, copy.SharedChunks);

        copy[Chunk + 7] = -5;
        copy.Add(42);

        // The chunk written to and the last one, added to, are copies now.
        Assert.Equal(1, copy.SharedChunks);
        Assert.Equal(Chunk + 7, last[Chunk + 7]);
        Assert.Equal(Enumerable.Range(0, (2 * Chunk) + 3), last);
        Assert.Equal(-5, copy[Chunk + 7]);
        Assert.Equal(42, copy[copy.Count - 1]);
        Assert.False(copy.RunEquals(0, last, 0, last.Count));
        Assert.True(copy.RunEquals(0, last, 0, Chunk + 7));
    }

    [Fact]
    public void A_frozen_section_is_read_only_and_only_a_frozen_one_is_copied()
    {
        var frozen = Frozen([1, 2, 3]);

        Assert.Throws<InvalidOperationException>(() => frozen.Add(4));
        Assert.Throws<InvalidOperationException>(() => frozen[0] = 4);
        Assert.Throws<InvalidOperationException>(() => frozen.AppendRun(Frozen([5]), 0, 1));
        Assert.Throws<InvalidOperationException>(() => frozen.Reserve(100));
        Assert.Equal([1, 2, 3], frozen);
        Assert.Throws<InvalidOperationException>(() => Section([1]).Copy());
        Assert.Throws<ArgumentOutOfRangeException>(() => new IntSection().AppendRun(frozen, 2, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => frozen[3]);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Any_mix_of_writes_holds_what_a_list_holds(int seed)
    {
        var random = new Random(seed);
        var sources = new[]
        {
            Frozen(Enumerable.Range(0, (4 * Chunk) + 17).Select(_ => random.Next())),
            Frozen(Enumerable.Range(0, 3 * Chunk).Select(_ => random.Next())),
        };
        var section = new IntSection();
        var expected = new List<int>();
        var shared = 0;
        for (var step = 0; step < 400; step++)
        {
            if (step % 25 == 0)
            {
                shared = Math.Max(shared, section.SharedChunks);
            }

            var source = sources[random.Next(sources.Length)];
            switch (random.Next(7))
            {
                case 0:
                    var value = random.Next();
                    section.Add(value);
                    expected.Add(value);
                    break;
                case 1:
                    var values = Enumerable.Range(0, random.Next(3 * Chunk / 2)).Select(_ => random.Next()).ToArray();
                    section.AddRange(values);
                    expected.AddRange(values);
                    break;
                case 2 when expected.Count > 0:
                    var at = random.Next(expected.Count);
                    section[at] = expected[at] = random.Next();
                    break;
                case 3:
                    section.Reserve(random.Next(2 * Chunk));
                    break;
                case 4:
                    // To a chunk's end, where a whole chunk can be shared next.
                    var padding = new int[(Chunk - (expected.Count % Chunk)) % Chunk];
                    section.AddRange(padding);
                    expected.AddRange(padding);
                    break;
                default:
                    // Mostly from a chunk's start, as a copied run from where the table has got to is.
                    var start = random.Next(3) > 0 ? random.Next(source.Count / Chunk) * Chunk : random.Next(source.Count);
                    var count = random.Next(Math.Min(source.Count - start, 2 * Chunk) + 1);
                    section.AppendRun(source, start, count);
                    expected.AddRange(source.Skip(start).Take(count));
                    break;
            }

            Assert.Equal(expected.Count, section.Count);
        }

        Assert.True(shared > 0);
        Assert.Equal(expected, section);
        Assert.Equal(expected, section.ToArray());
        Assert.Equal((expected.Min(), expected.Max()), section.Range());
        section.Freeze();
        Assert.Equal((expected.Min(), expected.Max()), section.Range());
        Assert.True(Frozen(expected).RunEquals(0, section, 0, expected.Count));
        var copy = section.Copy();
        copy[0] = int.MinValue;
        Assert.Equal((int.MinValue, expected.Max()), copy.Range());
        Assert.Equal((expected.Min(), expected.Max()), section.Range());
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(3, 3)]
    [InlineData(5, Chunk - 2)]
    [InlineData(Chunk + 1, 9)]
    public void A_run_equals_one_with_the_same_values_at_any_offsets_and_differs_from_one_with_a_value_changed(int offset, int otherOffset)
    {
        var values = Enumerable.Range(0, (2 * Chunk) + 11).Select(v => v * 7).ToList();
        var section = Section(Enumerable.Repeat(-1, offset).Concat(values));
        var other = Section(Enumerable.Repeat(-2, otherOffset).Concat(values));

        Assert.True(section.RunEquals(offset, other, otherOffset, values.Count));
        foreach (var changed in new[] { 0, Chunk - 1, Chunk, values.Count - 1 })
        {
            other[otherOffset + changed] = 1;
            Assert.False(section.RunEquals(offset, other, otherOffset, values.Count));
            other[otherOffset + changed] = values[changed];
        }
    }

    [Fact]
    public void The_range_of_no_values_is_zero_and_of_some_is_their_smallest_and_largest()
    {
        Assert.Equal((0, 0), new IntSection().Range());
        Assert.Equal((-9, 12), Section([3, 12, -9, 0]).Range());
        Assert.Equal((-1, Chunk), Section(Enumerable.Range(0, Chunk + 1).Append(-1)).Range());
    }

    private static IntSection Section(IEnumerable<int> values)
    {
        var section = new IntSection();
        section.AddRange(values);
        return section;
    }

    private static IntSection Frozen(IEnumerable<int> values)
    {
        var section = Section(values);
        section.Freeze();
        return section;
    }
}
