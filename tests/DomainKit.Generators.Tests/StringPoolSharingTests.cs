using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using DomainKit.Generators.Common;
using DomainKit.Generators.Generation.Emit.Data;

namespace DomainKit.Generators.Tests;

/// <summary>
/// A pool that looks strings up in a finished pool's references while it adds the same strings (the next table's, in
/// step with the last): every reference it gives, and what it holds, is what a pool of its own would give and hold.
/// </summary>
public sealed class StringPoolSharingTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void A_pool_sharing_references_gives_what_a_pool_of_its_own_gives(int seed)
    {
        var random = new Random(seed);
        var catalog = new StringPool();
        foreach (var name in Words(random, 50))
        {
            catalog.Add(name);
        }

        catalog.Freeze();
        var last = catalog.Copy();
        var lastStrings = Words(random, 300);
        foreach (var value in lastStrings)
        {
            last.Add(value);
        }

        last.Freeze();

        // The same strings for a while (as the last pool added them, so in step), then others mixed with theirs.
        var inStep = random.Next(last.Added.Count + 1);
        var strings = last.Added.Take(inStep).Concat(Words(random, 200)).Concat(lastStrings.Skip(random.Next(lastStrings.Count))).ToList();
        var shared = catalog.Copy();
        shared.ShareReferences(last);
        var own = catalog.Copy();
        for (var i = 0; i < inStep;)
        {
            // Runs of the last pool's strings replayed at once, as copied rows replay them.
            var run = Math.Min(random.Next(1, 30), inStep - i);
            shared.Replay(last, i, i + run);
            for (var end = i + run; i < end; i++)
            {
                var expected = own.Add(strings[i]);
                Assert.True(shared.TryFind(strings[i], out var found));
                Assert.Equal(expected, found);
            }
        }

        foreach (var value in strings.Skip(inStep))
        {
            Assert.Equal(own.Add(value), shared.Add(value));
        }

        Assert.Equal(own.Added, shared.Added);
        Assert.Equal(own.Rows, shared.Rows);
        Assert.Equal(own.Fallback, shared.Fallback);
        Assert.Equal(own.Segments.Select(s => s.ToArray()), shared.Segments.Select(s => s.ToArray()));
        foreach (var value in lastStrings.Concat(Words(random, 20)))
        {
            Assert.Equal(own.TryFind(value, out var expected), shared.TryFind(value, out var found));
            Assert.Equal(expected, found);
        }
    }

    [Fact]
    public void A_string_the_shared_pool_added_later_is_not_found_until_added_and_then_gets_its_own_reference()
    {
        var catalog = new StringPool();
        catalog.Add("catalog");
        catalog.Freeze();
        var last = catalog.Copy();
        var (a, b, c) = (last.Add("a"), last.Add("b"), last.Add("c"));
        last.Freeze();
        var next = catalog.Copy();
        next.ShareReferences(last);

        Assert.True(next.TryFind("catalog", out _));
        Assert.False(next.TryFind("b", out _));
        Assert.Equal(a, next.Add("a"));
        Assert.Equal(b, next.Add("c"));
        Assert.False(next.TryFind("b", out _));
        Assert.Equal(c, next.Add("b"));
        Assert.True(last.TryFind("b", out var stillB));
        Assert.Equal(b, stillB);
    }

    [Fact]
    public void Strings_kept_aside_are_numbered_as_in_a_pool_of_their_own()
    {
        var catalog = new StringPool();
        catalog.Freeze();
        var last = catalog.Copy();
        var broken = "x\uD800";
        last.Add(broken);
        last.Add("y");
        last.Freeze();
        var next = catalog.Copy();
        next.ShareReferences(last);

        next.Replay(last, 0, 1);
        Assert.True(next.TryFind(broken, out var reference));
        Assert.Equal(-2, reference);
        Assert.Equal(0, next.Add("z"));
        Assert.Equal(1, next.Add("y"));
        Assert.Equal([broken], next.Fallback);
    }

    [Fact]
    public void Rows_replayed_from_a_finished_pool_share_its_whole_chunks_and_are_a_pool_of_its_own_rows()
    {
        // More rows than a chunk holds, in the catalog and after it.
        var catalog = new StringPool();
        foreach (var i in Enumerable.Range(0, 15_000))
        {
            catalog.Add("catalog" + i);
        }

        catalog.Freeze();
        var last = catalog.Copy();
        foreach (var i in Enumerable.Range(0, 30_000))
        {
            last.Add("added" + i);
        }

        last.Freeze();
        var (next, own) = (catalog.Copy(), catalog.Copy());
        next.ShareReferences(last);
        for (var i = 0; i < 30_000; i += 1_000)
        {
            next.Replay(last, i, i + 1_000);
        }

        foreach (var value in last.Added)
        {
            own.Add(value);
        }

        Assert.Equal(own.Rows, next.Rows);
        Assert.Equal(own.Segments.Select(s => s.ToArray()), next.Segments.Select(s => s.ToArray()));
        // 135,000 integers: chunk 0 is the catalog's, chunks 2 to 4 (the last one partly filled) the last pool's; chunk 1
        // goes on from the end of the catalog's rows, so it is copied when added to.
        Assert.Equal(4, 135_000 / IntSection.ChunkLength);
        Assert.Equal(4, next.Rows.SharedChunks);
        Assert.Throws<InvalidOperationException>(() => last.Add("after"));

        // Segments replayed whole are the last pool's arrays; one added to after, or replayed in part, is the pool's own.
        var tail = catalog.Copy();
        tail.ShareReferences(last);
        tail.Replay(last, 0, 30_000);
        tail.Add("one more");
        var part = catalog.Copy();
        part.ShareReferences(last);
        part.Replay(last, 0, 29_000);
        foreach (var pool in new[] { next, own, tail, part })
        {
            pool.Freeze();
        }

        Assert.Equal(2, last.SegmentBytes.Count);
        Assert.Equal(own.SegmentBytes, next.SegmentBytes);
        Assert.All(next.SegmentBytes.Zip(last.SegmentBytes), pair => Assert.True(SameArray(pair.First, pair.Second)));
        Assert.All(own.SegmentBytes.Zip(last.SegmentBytes), pair => Assert.False(SameArray(pair.First, pair.Second)));
        Assert.True(SameArray(tail.SegmentBytes[0], last.SegmentBytes[0]));
        Assert.False(SameArray(tail.SegmentBytes[1], last.SegmentBytes[1]));
        Assert.True(SameArray(part.SegmentBytes[0], last.SegmentBytes[0]));
        Assert.False(SameArray(part.SegmentBytes[1], last.SegmentBytes[1]));
        foreach (var pool in new[] { tail, part })
        {
            Assert.Equal(pool.Segments.Select(s => s.ToArray()), pool.SegmentBytes.Select(s => s.AsSpan().ToArray()));
        }
    }

    private static bool SameArray(EquatableArray<byte> first, EquatableArray<byte> second)
        => Unsafe.AreSame(ref MemoryMarshal.GetReference(first.AsSpan()), ref MemoryMarshal.GetReference(second.AsSpan()));

    private static List<string> Words(Random random, int count)
        => Enumerable.Range(0, count).Select(_ => random.Next(8) == 0 ? "\uD83D\uDE00" + random.Next(100) : random.Next(10) == 0 ? "bad\uDC00" + random.Next(5) : "w" + random.Next(400)).ToList();
}
