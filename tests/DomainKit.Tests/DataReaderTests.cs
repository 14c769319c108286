using DomainKit.Compiled;

namespace DomainKit.Tests;

/// <summary>
/// <see cref="DataReader"/> over data written by hand in the layout's contract (<see cref="PackedCorpus"/>): every
/// integer width from one character to six, negative and large biases, a section of several chunks, strings in a
/// later segment, empty, null and fallback strings, lists and dates. The bundled corpus has none of these extremes.
/// </summary>
public class DataReaderTests
{
    /// <summary>Values whose range needs each width from one character (6 bits) to six (any 32-bit range), each in a section (as a number: the enum is internal).</summary>
    public static TheoryData<int, int[]> Ranges => new()
    {
        { (int)Section.Documents, [-1, 0, 62] },
        { (int)Section.Actors, [-5, 4090, 63] },
        { (int)Section.Mentions, [1000, 1000 + (1 << 18) - 1, 1064] },
        { (int)Section.Quotes, [7, 7 + (1 << 18), 8] },
        { (int)Section.Attestations, [-1, (1 << 24) + 1, 1 << 12] },
        { (int)Section.Statements, [-1, 1 << 30, 5] },
        { (int)Section.BorderEvents, [int.MinValue, int.MaxValue, 0, -1, 1] },
    };

    [Theory]
    [MemberData(nameof(Ranges))]
    public void Every_integer_reads_back_whatever_its_width_and_bias(int sectionNumber, int[] values)
    {
        var section = (Section)sectionNumber;
        var data = new PackedCorpus.Builder();
        data[section].AddRange(values);
        var reader = new DataReader(data.Build());

        Assert.Equal(values.Length, reader.Length(section));
        Assert.Equal(values, Enumerable.Range(0, values.Length).Select(i => reader.Int(reader.Start(section) + i)));
        var run = reader.Run(reader.Start(section) + 1);
        var read = new int[values.Length - 1];
        for (var i = 0; i < read.Length; i++)
        {
            read[i] = run[i];
        }

        Assert.Equal(values[1..], read);
    }

    [Fact]
    public void A_section_written_wider_than_it_needs_reads_the_same()
    {
        var data = new PackedCorpus.Builder().Encode(Section.Relations, width: 6, bias: -100);
        data[Section.Relations].AddRange([3, -1, 0, 41]);
        data[Section.Borders].AddRange([9]);
        var reader = new DataReader(data.Build());

        Assert.Equal([3, -1, 0, 41], Enumerable.Range(0, 4).Select(i => reader.Int(reader.Start(Section.Relations) + i)));
        Assert.Equal(9, reader.Int(reader.Start(Section.Borders)));
    }

    [Fact]
    public void A_section_of_several_chunks_reads_across_its_segments()
    {
        const int count = (2 * IntTableCodec.ChunkLength) + 1000;
        var data = new PackedCorpus.Builder();
        data[Section.Mentions].AddRange(Enumerable.Range(0, count).Select(Value));
        data[Section.Quotes].AddRange([5, 6]);
        var reader = new DataReader(data.Build());

        var start = reader.Start(Section.Mentions);
        Assert.Equal(count, reader.Length(Section.Mentions));
        foreach (var index in new[] { 0, 1, IntTableCodec.ChunkLength - 1, IntTableCodec.ChunkLength, (2 * IntTableCodec.ChunkLength) - 1, 2 * IntTableCodec.ChunkLength, count - 1 })
        {
            Assert.Equal(Value(index), reader.Int(start + index));
        }

        // A run reads on from its position inside its chunk; the next chunk's run is in the next segment.
        var run = reader.Run(start + IntTableCodec.ChunkLength - 2);
        Assert.Equal([Value(IntTableCodec.ChunkLength - 2), Value(IntTableCodec.ChunkLength - 1)], [run[0], run[1]]);
        var next = reader.Run(start + IntTableCodec.ChunkLength);
        Assert.Equal([Value(IntTableCodec.ChunkLength), Value(IntTableCodec.ChunkLength + 1)], [next[0], next[1]]);
        Assert.Equal([5, 6], [reader.Int(reader.Start(Section.Quotes)), reader.Int(reader.Start(Section.Quotes) + 1)]);

        // Decoded whole, a chunk at a time: every integer where it lies, the last chunk's short run included.
        Assert.Equal(Enumerable.Range(0, count).Select(Value), reader.DecodeAll(Section.Mentions));
        Assert.Equal([5, 6], reader.DecodeAll(Section.Quotes));
        Assert.Empty(reader.DecodeAll(Section.Relations));

        // A range from inside one chunk across two boundaries into the third: every chunk's part where it lies.
        var from = IntTableCodec.ChunkLength - 3;
        var range = new int[IntTableCodec.ChunkLength + 10];
        reader.DecodeRange(Section.Mentions, from, range);
        Assert.Equal(Enumerable.Range(from, range.Length).Select(Value), range);

        // Decoded once and kept: the same array on every later call; none for a section past the directory.
        var decoded = reader.Decoded(Section.Mentions);
        Assert.Equal(Enumerable.Range(0, count).Select(Value), decoded);
        Assert.Same(decoded, reader.Decoded(Section.Mentions));
        Assert.Empty(reader.Decoded((Section)1000));

        static int Value(int index) => (index * 37) - 4000;
    }

    [Fact]
    public void Rows_and_fields_count_in_the_rows_width_and_a_section_the_directory_lacks_is_empty()
    {
        var data = new PackedCorpus.Builder();
        data[Section.Relations].AddRange([10, 11, 12, 20, 21, 22, 30]);
        var reader = new DataReader(data.Build());

        Assert.Equal(2, reader.Rows(Section.Relations, 3));
        Assert.Equal(21, reader.Int(reader.Field(Section.Relations, 3, 1, 1)));
        Assert.Equal(30, reader.Int(reader.Field(Section.Relations, 3, 2, 0)));
        Assert.Equal(0, reader.Length(Section.Count));
        Assert.Equal(0, reader.Length((Section)(-1)));
        Assert.Equal(0, reader.Length(Section.Borders));
    }

    [Fact]
    public void Strings_are_read_from_their_segment_and_null_empty_and_fallback_strings_are_told_apart()
    {
        var data = new PackedCorpus.Builder();
        string?[] texts = ["Kabul", string.Empty, null, "lone \uD800 surrogate", "Ёж 😀 in a later segment", "\uDFFF", "Dushanbe"];
        var references = texts.Select((text, i) => data.String(text, segment: i == 4 ? 2 : 0)).ToArray();
        data[Section.Documents].AddRange(references);
        var reader = new DataReader(data.Build());

        var start = reader.Start(Section.Documents);
        Assert.Equal(texts, Enumerable.Range(0, texts.Length).Select(i => reader.NullableStringAt(start + i)));
        Assert.Equal(texts.Select(t => t ?? string.Empty), Enumerable.Range(0, texts.Length).Select(i => reader.StringAt(start + i)));
        Assert.Equal([-2, -3], [references[3], references[5]]);
        Assert.True(reader.Utf8(references[3]).IsEmpty);
        Assert.True(reader.Utf8(Refs.None).IsEmpty);
        Assert.Equal("Dushanbe"u8.ToArray(), reader.Utf8(references[6]).ToArray());
    }

    /// <summary>Short ASCII strings are widened byte by byte, the rest go through the UTF-8 decoder: both read back the same, on either side of the limit.</summary>
    [Theory]
    [InlineData(1)]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(65)]
    [InlineData(300)]
    public void Strings_of_any_length_read_back_whether_ascii_or_not(int length)
    {
        var ascii = new string(Enumerable.Range(0, length).Select(i => (char)('!' + (i % 94))).ToArray());
        string[] texts = [ascii, "é" + ascii[1..], ascii[..^1] + "é", ascii[..^1] + "\u007F", ascii[..^1] + "\u0080"];
        var data = new PackedCorpus.Builder();
        data[Section.Documents].AddRange(texts.Select(text => data.String(text)));
        var reader = new DataReader(data.Build());

        Assert.Equal(texts, Enumerable.Range(0, texts.Length).Select(i => reader.StringAt(reader.Start(Section.Documents) + i)));
    }

    [Fact]
    public void Lists_hold_their_items_after_their_count()
    {
        var data = new PackedCorpus.Builder();
        var names = data.List(data.String("Taliban"), data.String(null), data.String("Islamic Emirate"));
        data[Section.Actors].AddRange([data.List(), data.List(4, -1, 70000), names]);
        var reader = new DataReader(data.Build());

        var start = reader.Start(Section.Actors);
        var empty = reader.List(start);
        Assert.True(empty.IsEmpty);
        Assert.Equal(0, empty.Length);
        var items = reader.List(start + 1);
        Assert.False(items.IsEmpty);
        Assert.Equal(3, items.Length);
        Assert.Equal([4, -1, 70000], [items[0], items[1], items[2]]);
        var enumerated = new List<int>();
        foreach (var item in items)
        {
            enumerated.Add(item);
        }

        Assert.Equal([4, -1, 70000], enumerated);
        Assert.Equal(["Taliban", string.Empty, "Islamic Emirate"], reader.Strings(start + 2).ToArray());
        Assert.Empty(reader.Strings(start));
    }

    [Fact]
    public void A_date_is_its_day_numbers_and_precision_and_no_precision_is_no_date()
    {
        var july = PartialDate.Month(2021, 7);
        var range = PartialDate.Parse("2021-07-04/2024-02-03");
        var data = new PackedCorpus.Builder();
        data[Section.Statements].AddRange([
            july.Start.DayNumber, july.End.DayNumber, (int)DatePrecision.Month,
            0, 0, Refs.None,
            range.Start.DayNumber, range.End.DayNumber, (int)DatePrecision.Range,
        ]);
        var reader = new DataReader(data.Build());

        var start = reader.Start(Section.Statements);
        Assert.Equal(july, reader.DateAt(start));
        Assert.Null(reader.DateAt(start + DateFields.Width));
        Assert.Equal(range, reader.DateAt(start + (2 * DateFields.Width)));
    }

    [Theory]
    [InlineData(0u, 1)]
    [InlineData(63u, 1)]
    [InlineData(64u, 2)]
    [InlineData(4095u, 2)]
    [InlineData(4096u, 3)]
    [InlineData((1u << 18) - 1, 3)]
    [InlineData(1u << 18, 4)]
    [InlineData((1u << 24) - 1, 4)]
    [InlineData(1u << 24, 5)]
    [InlineData((1u << 30) - 1, 5)]
    [InlineData(1u << 30, 6)]
    [InlineData(uint.MaxValue, 6)]
    public void A_value_range_takes_the_fewest_six_bit_characters_that_hold_it(uint span, int width)
        => Assert.Equal(width, IntTableCodec.WidthOf(span));
}
