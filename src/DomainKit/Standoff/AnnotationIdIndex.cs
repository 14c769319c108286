using System;
using System.Numerics;
using System.Threading;
using DomainKit.Compiled;

namespace DomainKit.Standoff;

/// <summary>
/// Finds an annotation by its id among the ids of one table (its <see cref="Section.AnnotationIds"/>: per document, a
/// run of (hash, id, kind, row) entries in hash order, where a column of <see cref="DocumentRuns"/> says each run
/// starts). A document's run is decoded into an array on its first lookup and kept, with a bucket table over the
/// hashes (20 to 24 bytes an annotation, only for the documents looked up). Read in place, a binary search over the
/// hashes made a call into the data and a decoding loop a step; over the decoded run, it still took twice the bucket
/// table's time (docs/benchmarks.md, "The standoff layer").
/// </summary>
internal sealed class AnnotationIdIndex
{
    /// <summary>Where a decoded run keeps the shift that takes a hash to its bucket.</summary>
    private const int ShiftField = 0;

    /// <summary>Where a decoded run's bucket starts begin (one more than there are buckets).</summary>
    private const int BucketsStart = 1;

    private readonly StandoffTables _tables;
    private readonly DataReader _reader;
    private readonly DocumentRuns _runs;
    private readonly int _idsColumn;

    /// <summary>Per document, its run once decoded.</summary>
    private readonly int[]?[] _documents;

    /// <param name="tables">The layer whose records the ids resolve to.</param>
    /// <param name="reader">The table's data.</param>
    /// <param name="runs">Where each document's runs start.</param>
    /// <param name="idsColumn">The column of <paramref name="runs"/> where each document's ids start.</param>
    public AnnotationIdIndex(StandoffTables tables, DataReader reader, DocumentRuns runs, int idsColumn)
    {
        _tables = tables;
        _reader = reader;
        _runs = runs;
        _idsColumn = idsColumn;
        _documents = new int[]?[Math.Max(0, reader.Rows(runs.Section, runs.Width) - 1)];
    }

    /// <summary>
    /// The annotation <paramref name="id"/> of <paramref name="document"/>, or <see langword="null"/>: the id's hash
    /// picks a bucket of the document's entries (about one entry), and each entry of that hash (one, but for a
    /// collision) is resolved and its id compared.
    /// </summary>
    public Annotation? Find(int document, ReadOnlySpan<char> id)
    {
        if ((uint)document >= (uint)_documents.Length || id.IsEmpty)
        {
            return null;
        }

        var run = Volatile.Read(ref _documents[document]) ?? Decode(document);
        if (run.Length == 0)
        {
            return null;
        }

        var hash = KeyHash.Whole(id, KeyFold.Ordinal);
        var bucket = BucketsStart + (int)(hash >> run[ShiftField]);
        for (var fields = run[bucket]; fields < run[bucket + 1]; fields += AnnotationIdFields.Width)
        {
            if ((uint)run[fields + AnnotationIdFields.Hash] == hash)
            {
                // The record, not the stored id's UTF-8 bytes: a hit returns it anyway, and its id is a string already.
                var annotation = _tables.Resolve((AnnotationKind)run[fields + AnnotationIdFields.Kind], run[fields + AnnotationIdFields.Row]);
                if (id.SequenceEqual(annotation.Id))
                {
                    return annotation;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Decodes <paramref name="document"/>'s run and keeps it (two racing first lookups each decode it; one array is
    /// kept): the shift, then where each bucket's entries start (a bucket is a range of hashes, as many buckets as the
    /// power of two at or above the entry count; the entries are in hash order, so a bucket's are consecutive), then
    /// the entries. Empty for a document without ids.
    /// </summary>
    private int[] Decode(int document)
    {
        var first = StandoffIndexes.FirstRow(_reader, _runs, document, _idsColumn);
        var count = StandoffIndexes.FirstRow(_reader, _runs, document + 1, _idsColumn) - first;
        int[] run = [];
        if (count > 0)
        {
            var bits = Math.Max(1, 32 - BitOperations.LeadingZeroCount((uint)count - 1));
            var buckets = 1 << bits;
            var entriesStart = BucketsStart + buckets + 1;
            run = new int[entriesStart + (count * AnnotationIdFields.Width)];
            run[ShiftField] = 32 - bits;
            var entries = run.AsSpan(entriesStart);
            _reader.DecodeRange(Section.AnnotationIds, first * AnnotationIdFields.Width, entries);
            var entry = 0;
            for (var bucket = 0; bucket <= buckets; bucket++)
            {
                // The first entry whose hash falls in this bucket or a later one.
                while (entry < count && (int)((uint)entries[(entry * AnnotationIdFields.Width) + AnnotationIdFields.Hash] >> run[ShiftField]) < bucket)
                {
                    entry++;
                }

                run[BucketsStart + bucket] = entriesStart + (entry * AnnotationIdFields.Width);
            }
        }

        return Interlocked.CompareExchange(ref _documents[document], run, null) ?? run;
    }
}
