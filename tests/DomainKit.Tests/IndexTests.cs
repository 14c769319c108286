using DomainKit.Compiled;

namespace DomainKit.Tests;

/// <summary>
/// Every precomputed index of the bundled corpus agrees with the plain LINQ query over <c>All</c> that it
/// replaces: same records, same order (id order, or date order for date ranges).
/// </summary>
public class IndexTests
{
    private static readonly Dataset Data = Afghanistan2021.Dataset;

    [Fact]
    public void Statements_by_speaker_match_a_scan_for_every_actor()
    {
        foreach (var actor in Data.Actors.All)
        {
            Assert.Equal(Data.Statements.All.Where(s => s.Speaker == actor), Data.Statements.BySpeaker(actor));
        }

        Assert.Contains(Data.Actors.All, a => Data.Statements.BySpeaker(a).Count > 1);
    }

    [Fact]
    public void Mentions_by_actor_and_by_document_match_a_scan()
    {
        foreach (var actor in Data.Actors.All)
        {
            Assert.Equal(Data.Mentions.All.Where(m => m.Actor == actor), Data.Mentions.Of(actor));
        }

        foreach (var document in Data.Documents.All)
        {
            Assert.Equal(Data.Mentions.All.Where(m => m.Document == document), Data.Mentions.In(document));
        }
    }

    [Fact]
    public void Records_by_document_match_a_scan_of_their_attestations()
    {
        foreach (var document in Data.Documents.All)
        {
            Assert.Equal(Data.Statements.All.Where(s => s.Attestations.Any(a => a.Document == document)), Data.Statements.In(document));
            Assert.Equal(Data.BorderEvents.All.Where(e => e.Attestations.Any(a => a.Document == document)), Data.BorderEvents.In(document));
        }
    }

    [Fact]
    public void Records_by_kind_and_border_match_a_scan()
    {
        foreach (var kind in Enum.GetValues<StatementKind>())
        {
            Assert.Equal(Data.Statements.All.Where(s => s.Kind == kind), Data.Statements.OfKind(kind));
        }

        foreach (var kind in Enum.GetValues<BorderEventKind>())
        {
            Assert.Equal(Data.BorderEvents.All.Where(e => e.Kind == kind), Data.BorderEvents.OfKind(kind));
        }

        var borders = Data.BorderEvents.All.Where(e => e.Border is not null).Select(e => e.Border!.Value).Distinct().Append(Border.Between("FRA", "ESP"));
        foreach (var border in borders)
        {
            Assert.Equal(Data.BorderEvents.All.Where(e => e.Border == border), Data.BorderEvents.On(border));
        }
    }

    [Fact]
    public void Date_ranges_match_an_overlap_scan_in_date_order_and_a_reversed_range_is_empty()
    {
        var random = new Random(20210707);
        var ranges = Enumerable.Range(0, 300)
            .Select(_ => new DateOnly(2021, 1, 1).AddDays(random.Next(-60, 1300)))
            .Select(from => (from, to: from.AddDays(random.Next(-2, 90))))
            .Append((DateOnly.MinValue, DateOnly.MaxValue))
            .Append((new DateOnly(2021, 7, 5), new DateOnly(2021, 7, 5)));

        foreach (var (from, to) in ranges)
        {
            Assert.Equal(Expected(Data.Statements.All, s => s.Date), Data.Statements.Between(from, to));
            Assert.Equal(Expected(Data.BorderEvents.All, e => e.Date), Data.BorderEvents.Between(from, to));

            IEnumerable<T> Expected<T>(IEnumerable<T> all, Func<T, PartialDate?> date)
                where T : class
                => all.Select((record, index) => (record, index, date: date(record)))
                    .Where(r => from <= to && r.date is { } d && d.Overlaps(from, to))
                    .OrderBy(r => r.date!.Value.Start)
                    .ThenBy(r => r.index)
                    .Select(r => r.record);
        }

        Assert.NotEmpty(Data.Statements.Between(DateOnly.MinValue, DateOnly.MaxValue));
    }

    [Fact]
    public void Every_id_is_found_exactly_and_near_misses_are_not()
    {
        AssertIds(Data.Actors, a => a.Id);
        AssertIds(Data.Documents, d => d.Id);
        AssertIds(Data.Statements, s => s.Id);
        AssertIds(Data.BorderEvents, e => e.Id);

        static void AssertIds<T>(RecordTable<T> table, Func<T, string> id)
            where T : class
        {
            var ids = table.All.Select(id).ToList();
            for (var index = 0; index < ids.Count; index++)
            {
                var key = ids[index];
                Assert.True(table.TryGet(key, out var found));
                Assert.Same(table[index], found);
                Assert.False(table.TryGet(key + "x", out _));
                Assert.False(table.TryGet(key.AsSpan(0, key.Length - 1), out _));
                Assert.Equal(ids.Contains(key.ToUpperInvariant()), table.TryGet(key.ToUpperInvariant(), out _));
            }
        }
    }

    [Fact]
    public void Runtime_kinds_are_numbered_from_zero_in_declaration_order_as_the_generator_assumes()
    {
        AssertNumbered<ActorKind>();
        AssertNumbered<StatementKind>();
        AssertNumbered<BorderEventKind>();
        AssertNumbered<PloverEventType>();
        AssertNumbered<QuantityBound>();
        AssertNumbered<DatePrecision>();

        static void AssertNumbered<T>()
            where T : struct, Enum
            => Assert.Equal(Enumerable.Range(0, Enum.GetValues<T>().Length), Enum.GetValues<T>().Select(v => Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void The_layout_date_precisions_are_the_public_ones_the_reader_casts_to()
    {
        Assert.Equal(DatePrecisions.Day, (int)DatePrecision.Day);
        Assert.Equal(DatePrecisions.Month, (int)DatePrecision.Month);
        Assert.Equal(DatePrecisions.Year, (int)DatePrecision.Year);
        Assert.Equal(DatePrecisions.Range, (int)DatePrecision.Range);
        Assert.Equal(4, Enum.GetValues<DatePrecision>().Length);
    }

    [Fact]
    public void A_record_from_elsewhere_with_a_known_id_finds_the_same_group()
    {
        var taliban = Data.Actors.All.Single(a => a.Id == "taliban");
        var copy = taliban with { };
        var stranger = new Actor { Id = "taliban", Name = "Someone else", Kind = ActorKind.Group };

        Assert.Equal(Data.Statements.BySpeaker(taliban), Data.Statements.BySpeaker(copy));
        Assert.Equal(Data.Statements.BySpeaker(taliban), Data.Statements.BySpeaker(stranger));
        Assert.True(Data.Statements.BySpeaker(new Actor { Id = "nobody", Name = "Nobody", Kind = ActorKind.Group }).IsEmpty);
    }
}
