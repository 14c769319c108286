using DomainKit.Compiled;
using DomainKit.Generators.Generation.Emit.Data;

namespace DomainKit.Generators.Tests;

/// <summary>
/// The integer table's layout, read back by a decoder written here from the codec's description (six bits a character
/// from '?', little-endian, value minus the section's bias; a directory of six-character fields first): every value
/// reads back, each section takes the narrowest width and its smallest value as bias, and chunks and segments are cut
/// where the layout says.
/// </summary>
public sealed class IntTableWriterTests
{
    public static TheoryData<int, int, int> WidthBoundaries => new()
    {
        // Smallest and largest value of a section, and the width that holds their difference.
        { 0, 0, 1 }, { 7, 7, 1 }, { 0, 63, 1 }, { 0, 64, 2 }, { -64, -1, 1 }, { -65, -1, 2 }, { 1000, 1063, 1 },
        { 0, (1 << 12) - 1, 2 }, { 0, 1 << 12, 3 }, { 0, (1 << 18) - 1, 3 }, { 0, 1 << 18, 4 }, { 0, (1 << 24) - 1, 4 },
        { 0, 1 << 24, 5 }, { 0, (1 << 30) - 1, 5 }, { 0, 1 << 30, 6 }, { 0, int.MaxValue, 6 }, { int.MinValue, int.MaxValue, 6 },
        { int.MinValue, int.MinValue + 63, 1 }, { -1, 0, 1 },
    };

    [Theory]
    [MemberData(nameof(WidthBoundaries))]
    public void A_section_takes_the_narrowest_width_that_holds_its_values_less_its_smallest(int min, int max, int width)
    {
        int[] values = [max, min, min + ((max - min) / 2), max, min];
        var table = PackedTable.Of([[], values, [5]]);

        Assert.Equal((width, min, values.Length), (table.Sections[1].Width, table.Sections[1].Bias, table.Sections[1].Count));
        Assert.Equal(values, table.Values(1));
        Assert.Equal([5], table.Values(2));
        Assert.Equal((1, 0, 0), (table.Sections[0].Width, table.Sections[0].Bias, table.Sections[0].Count));
    }

    [Fact]
    public void Segments_compare_their_values_and_make_their_text_only_when_asked()
    {
        var longSection = Enumerable.Range(0, (2 * IntTableCodec.ChunkLength) + 3).Select(i => i % 1000).ToList();
        var edited = new List<int>(longSection) { [IntTableCodec.ChunkLength + 5] = 999 };
        var before = IntTableWriter.Layout([new List<int> { 9 }, longSection, new List<int> { 8 }]);
        var same = IntTableWriter.Layout([new List<int> { 9 }, new List<int>(longSection), new List<int> { 8 }]);
        var after = IntTableWriter.Layout([new List<int> { 9 }, edited, new List<int> { 8 }]);

        // Equal values in other lists are equal segments; a changed value changes its chunk's segment alone.
        Assert.Equal(before, same);
        Assert.Equal([true, true, false, true], before.Zip(after, (b, a) => b.Equals(a)));
        Assert.Equal(before.Select(segment => segment.Length), before.Select(segment => segment.Text().Length));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2047)]
    [InlineData(2048)]
    [InlineData(5000)]
    [InlineData(IntTableCodec.ChunkLength - 1)]
    public void A_chunk_equals_one_with_the_same_values_anywhere_and_differs_from_one_with_a_value_changed_anywhere(int position)
    {
        var values = SectionOf(Enumerable.Range(0, IntTableCodec.ChunkLength));
        var later = SectionOf(new[] { -1, -1, -1 }.Concat(values));
        var changed = SectionOf(values.Select((value, at) => at == position ? -7 : value));
        var chunk = new IntChunk(values, 0, values.Count, 0, 3);

        Assert.Equal(chunk, new IntChunk(later, 3, values.Count, 0, 3));
        Assert.NotEqual(chunk, new IntChunk(changed, 0, values.Count, 0, 3));
        Assert.NotEqual(chunk, new IntChunk(values, 0, values.Count, 1, 3));
    }

    [Fact]
    public void Sections_of_one_chunk_share_a_segment_one_after_another_behind_the_directory()
    {
        var table = PackedTable.Of([[1, 2, 3], [], [100, 4100], [-7]]);

        Assert.Single(table.Segments);
        Assert.Equal([0, 0, 0, 0], table.Sections.Select(s => s.FirstSegment));
        var directoryLength = IntTableCodec.DirectoryWidth * (1 + (4 * DirectoryFields.Length));
        Assert.Equal([directoryLength, directoryLength + 3, directoryLength + 3, directoryLength + 3 + 4], table.Sections.Select(s => s.Offset));
        Assert.Equal(directoryLength + 3 + 4 + 1, table.Segments[0].Length);
        Assert.Equal([[1, 2, 3], [], [100, 4100], [-7]], Enumerable.Range(0, 4).Select(table.Values));
    }

    [Fact]
    public void A_section_longer_than_a_chunk_starts_a_segment_and_puts_each_further_chunk_in_the_next()
    {
        var longSection = Enumerable.Range(0, (2 * IntTableCodec.ChunkLength) + 3).Select(i => i % 1000).ToArray();
        var table = PackedTable.Of([[9], longSection, [8]]);

        Assert.Equal(4, table.Segments.Count);
        Assert.Equal((1, 0), (table.Sections[1].FirstSegment, table.Sections[1].Offset));
        Assert.Equal(IntTableCodec.ChunkLength * table.Sections[1].Width, table.Segments[1].Length);
        Assert.Equal(IntTableCodec.ChunkLength * table.Sections[1].Width, table.Segments[2].Length);
        // The next section goes on in the last chunk's segment.
        Assert.Equal((3, 3 * table.Sections[1].Width), (table.Sections[2].FirstSegment, table.Sections[2].Offset));
        Assert.Equal(longSection, table.Values(1));
        Assert.Equal([9], table.Values(0));
        Assert.Equal([8], table.Values(2));
    }

    [Fact]
    public void A_section_of_exactly_one_chunk_stays_in_the_segment_and_one_of_exactly_two_chunks_leaves_no_empty_segment()
    {
        var oneChunk = Enumerable.Range(0, IntTableCodec.ChunkLength).ToArray();
        var twoChunks = Enumerable.Range(0, 2 * IntTableCodec.ChunkLength).ToArray();
        var table = PackedTable.Of([[9], oneChunk, [8], twoChunks, [7]]);

        Assert.Equal(0, table.Sections[1].FirstSegment);
        Assert.Equal((1, 0), (table.Sections[3].FirstSegment, table.Sections[3].Offset));
        // Two segments for the two chunks; the next section goes on in the second, right after its chunk.
        Assert.Equal(3, table.Segments.Count);
        Assert.Equal((2, IntTableCodec.ChunkLength * table.Sections[3].Width), (table.Sections[4].FirstSegment, table.Sections[4].Offset));
        Assert.Equal(twoChunks, table.Values(3));
        Assert.Equal([7], table.Values(4));
    }

    [Theory]
    [InlineData(18_674, 0)]
    [InlineData(18_675, 1)]
    public void A_section_that_would_pass_the_segment_limit_starts_the_next_segment(int count, int segment)
    {
        // Three sections behind a directory of 96 characters: 4 + 150,000 + 6 × 18,674 characters fill a segment exactly.
        var table = PackedTable.Of([[1, 2, 3, 4], SixCharactersEach(25_000), SixCharactersEach(count)]);

        Assert.Equal([0, 0, segment], table.Sections.Select(s => s.FirstSegment));
        Assert.Equal([1, 6, 6], table.Sections.Select(s => s.Width));
        Assert.Equal(segment == 0 ? Refs.MaxSegmentLength : 96 + 4 + 150_000, table.Segments[0].Length);
        Assert.Equal(SixCharactersEach(count), table.Values(2));
        Assert.Equal(SixCharactersEach(25_000), table.Values(1));
    }

    private static int[] SixCharactersEach(int count) => Enumerable.Range(0, count).Select(i => i % 2 == 0 ? i : int.MaxValue - i).ToArray();

    /// <summary>The packed segments as the codec describes them, decoded here without the runtime's reader.</summary>
    private sealed record PackedTable(List<string> Segments, List<(int FirstSegment, int Offset, int Width, int Bias, int Count)> Sections)
    {
        public static PackedTable Of(int[][] sections)
        {
            var segments = IntTableWriter.Write(sections);
            Assert.All(segments, s => Assert.All(s, c => Assert.InRange(c, '?', '~')));
            var count = (int)Decode(segments[0], 0, IntTableCodec.DirectoryWidth);
            Assert.Equal(sections.Length, count);
            var directory = Enumerable.Range(0, count).Select(section =>
            {
                var at = IntTableCodec.DirectoryWidth * (1 + (section * DirectoryFields.Length));
                uint Field(int field) => Decode(segments[0], at + (field * IntTableCodec.DirectoryWidth), IntTableCodec.DirectoryWidth);
                return ((int)Field(DirectoryFields.FirstSegment), (int)Field(DirectoryFields.Offset), (int)Field(DirectoryFields.Width), (int)Field(DirectoryFields.Bias), (int)Field(DirectoryFields.Count));
            }).ToList();
            return new PackedTable(segments, directory);
        }

        public int[] Values(int section)
        {
            var (first, offset, width, bias, count) = Sections[section];
            return Enumerable.Range(0, count)
                .Select(i => unchecked((int)Decode(Segments[first + (i / IntTableCodec.ChunkLength)], (i < IntTableCodec.ChunkLength ? offset : 0) + (i % IntTableCodec.ChunkLength * width), width) + bias))
                .ToArray();
        }

        private static uint Decode(string segment, int at, int width)
        {
            ulong value = 0;
            for (var i = width - 1; i >= 0; i--)
            {
                value = (value * 64) + (ulong)(segment[at + i] - '?');
            }

            return unchecked((uint)value);
        }
    }

    private static IntSection SectionOf(IEnumerable<int> values)
    {
        var section = new IntSection();
        section.AddRange(values);
        return section;
    }
}
