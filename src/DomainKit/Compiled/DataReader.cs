using System;
using System.Text;
using System.Threading;

namespace DomainKit.Compiled;

/// <summary>
/// Reads fields, strings, lists and dates out of a <see cref="CorpusData"/> in place: the integer table is read
/// where the literals put it (<see cref="IntTableCodec"/>), and only what is asked for is decoded. A position is a
/// section and an index in it, so positions of different sections never meet.
/// </summary>
internal sealed class DataReader
{
    /// <summary>The longest string <see cref="Decode"/> widens itself when it is ASCII: ids and names fit.</summary>
    private const int ScalarDecodeLimit = 64;

    private readonly SectionLayout[] _sections;

    /// <summary>Per section, once <see cref="Decoded"/> has been asked for it, its integers in one array.</summary>
    private readonly int[]?[] _decoded;

    /// <summary>Reads the section directory only: a few integers per section, whatever the corpus's size; data without segments has no section.</summary>
    public DataReader(CorpusData data)
    {
        Data = data;
        _sections = data.PackedIntSegments == 0 ? [] : SectionLayout.ReadDirectory(data.PackedInts(0));
        _decoded = new int[]?[_sections.Length];
    }

    public CorpusData Data { get; }

    /// <summary>The position where <paramref name="section"/> starts.</summary>
    public int Start(Section section) => (int)section << IntTableCodec.SectionShift;

    /// <summary>How many integers <paramref name="section"/> holds.</summary>
    public int Length(Section section) => (uint)section < (uint)_sections.Length ? _sections[(int)section].Count : 0;

    /// <summary>The number of rows of <paramref name="width"/> integers in <paramref name="section"/>.</summary>
    public int Rows(Section section, int width) => Length(section) / width;

    /// <summary>The position of field <paramref name="field"/> of row <paramref name="row"/>.</summary>
    public int Field(Section section, int width, int row, int field) => Start(section) + (row * width) + field;

    /// <summary>The integer at <paramref name="position"/>.</summary>
    public int Int(int position)
    {
        var layout = _sections[position >>> IntTableCodec.SectionShift];
        var index = position & IntTableCodec.IndexMask;
        return SectionLayout.Read(
            Data.PackedInts(layout.FirstSegment + (index >> IntTableCodec.ChunkBits)),
            layout.Offset + ((index & IntTableCodec.ChunkMask) * layout.Width),
            layout.Width,
            layout.Bias);
    }

    /// <summary>
    /// The integers from <paramref name="position"/> to the end of its chunk, read with one call into the data:
    /// for a run of fields that never straddles a chunk (a row whose width divides <see cref="IntTableCodec.ChunkLength"/>).
    /// </summary>
    public IntRun Run(int position)
    {
        var layout = _sections[position >>> IntTableCodec.SectionShift];
        var index = position & IntTableCodec.IndexMask;
        var segment = Data.PackedInts(layout.FirstSegment + (index >> IntTableCodec.ChunkBits));
        return new IntRun(segment.Slice(layout.Offset + ((index & IntTableCodec.ChunkMask) * layout.Width)), layout.Width, layout.Bias);
    }

    /// <summary>
    /// Decodes the integers from <paramref name="first"/> on in <paramref name="section"/> into <paramref name="values"/>,
    /// which must lie within one chunk (<see cref="Run"/>).
    /// </summary>
    public void DecodeRun(Section section, int first, Span<int> values)
    {
        var run = Run(Start(section) + first);
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = run[i];
        }
    }

    /// <summary>Every integer of <paramref name="section"/>, decoded into one array a chunk at a time (empty when the data has no such section).</summary>
    public int[] DecodeAll(Section section)
    {
        var values = GC.AllocateUninitializedArray<int>(Length(section));
        DecodeRange(section, 0, values);
        return values;
    }

    /// <summary>
    /// Decodes the integers from <paramref name="first"/> on in <paramref name="section"/> into <paramref name="values"/>,
    /// a chunk at a time: the range may cross chunks.
    /// </summary>
    public void DecodeRange(Section section, int first, Span<int> values)
    {
        for (var done = 0; done < values.Length;)
        {
            var index = first + done;
            var count = Math.Min(IntTableCodec.ChunkLength - (index & IntTableCodec.ChunkMask), values.Length - done);
            DecodeRun(section, index, values.Slice(done, count));
            done += count;
        }
    }

    /// <summary>
    /// Every integer of <paramref name="section"/> in one array, decoded by the first call and kept (two racing first
    /// calls each decode it; one array is kept): for the indexes a query walks an integer at a time (groupings, date
    /// indexes), where each read in place would be a call into the data and a decoding loop. Empty when the data has
    /// no such section.
    /// </summary>
    public int[] Decoded(Section section)
    {
        if ((uint)section >= (uint)_decoded.Length)
        {
            return [];
        }

        ref var kept = ref _decoded[(int)section];
        if (Volatile.Read(ref kept) is { } values)
        {
            return values;
        }

        var fresh = DecodeAll(section);
        return Interlocked.CompareExchange(ref kept, fresh, null) ?? fresh;
    }

    public string? String(int reference)
    {
        if (reference >= 0)
        {
            var utf8 = Utf8(reference);
            // Stryker disable once Conditional : decoding no bytes gives the empty string too
            return utf8.IsEmpty ? string.Empty : Decode(utf8);
        }

        return reference == Refs.None ? null : Data.FallbackStrings[-2 - reference];
    }

    /// <summary>
    /// Decodes a stored string. A short ASCII one (most ids and names) is widened one byte at a time: the first
    /// call of the runtime's vectorized UTF-8 decoder is costly in a fresh process (docs/benchmarks-log.md, cold start),
    /// and decoding the first record found is on the first lookup's path.
    /// </summary>
    private static string Decode(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length <= ScalarDecodeLimit)
        {
            Span<char> chars = stackalloc char[ScalarDecodeLimit];
            for (var i = 0; i < utf8.Length; i++)
            {
                if (utf8[i] > 0x7F)
                {
                    return Encoding.UTF8.GetString(utf8);
                }

                chars[i] = (char)utf8[i];
            }

            return new string(chars[..utf8.Length]);
        }

        return Encoding.UTF8.GetString(utf8);
    }

    public string StringAt(int position) => String(Int(position)) ?? string.Empty;

    public string? NullableStringAt(int position) => String(Int(position));

    /// <summary>The UTF-8 bytes of a string (empty for a fallback or null reference).</summary>
    public ReadOnlySpan<byte> Utf8(int reference)
    {
        if (reference < 0)
        {
            return default;
        }

        var row = Start(Section.Strings) + (reference * StringFields.Width);
        return Data.Utf8(Int(row + StringFields.Segment)).Slice(Int(row + StringFields.Start), Int(row + StringFields.Length));
    }

    /// <summary>The items of the list at <paramref name="position"/>'s reference: a slice of the lists section.</summary>
    public IntList List(int position)
    {
        var list = Start(Section.Lists) + Int(position);
        return new IntList(this, list + 1, Int(list));
    }

    public PartialDate? DateAt(int position)
    {
        var precision = Int(position + DateFields.Precision);
        return precision == Refs.None
            ? null
            : new PartialDate(
                // Stryker disable once Arithmetic : the field's offset is 0, so - and + read the same integer
                DateOnly.FromDayNumber(Int(position + DateFields.StartDay)),
                DateOnly.FromDayNumber(Int(position + DateFields.EndDay)),
                (DatePrecision)precision);
    }

    /// <summary>The border at <paramref name="index"/> of the borders section.</summary>
    public Border Border(int index)
    {
        var row = Field(Section.Borders, BorderRow.Width, index, 0);
        // Stryker disable once Arithmetic : the field's offset is 0, so - and + read the same integer
        return DomainKit.Border.Between(StringAt(row + BorderRow.First), StringAt(row + BorderRow.Second));
    }

    /// <summary>The list of strings at <paramref name="position"/>, as an array (which an <c>ImmutableArray</c> wraps without a copy).</summary>
    public string[] Strings(int position)
    {
        var items = List(position);
        var strings = new string[items.Length];
        for (var i = 0; i < strings.Length; i++)
        {
            strings[i] = String(items[i]) ?? string.Empty;
        }

        return strings;
    }
}
