using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Parquet;
using Parquet.Schema;
using Parquet.Serialization;
using static DomainKit.Cli.Export.ExportValues;

namespace DomainKit.Cli.Export;

/// <summary>
/// A dataset as Apache Parquet, one file per record type: typed columns (dates as DATE, offsets as INT32, the
/// quantity as DECIMAL), actor and document references as ids, and the attestations, quotes and fragments of a
/// record as nested lists. Rows are written in row groups of bounded size, one at a time, so memory stays flat
/// for large corpora. With <see cref="PartitionBy"/> the dated or documented record types go to Hive-partitioned
/// folders (<c>statements/year=2021/part-0.parquet</c>). docs/export.md describes the columns and how any other
/// property is exported: a record property the columns here do not name is exported all the same, from the record's
/// JSON contract (<see cref="ContractColumns{T}"/>).
/// </summary>
internal static class ParquetExport
{
    /// <summary>Rows per row group; documents carry their whole text, so they get smaller groups.</summary>
    public const int RowGroupRows = 50_000;

    private const int DocumentRowGroupRows = 1_000;

    /// <summary>Hive's name for the partition of records without a value (undated records by year).</summary>
    private const string DefaultPartition = "__HIVE_DEFAULT_PARTITION__";

    private static readonly Field[] Fragments = [new ListField("fragments", new StructField("element", new DataField<int>("start"), new DataField<int>("end")))];

    private static readonly Field Attestations = new ListField("attestations", new StructField(
        "element",
        new DataField<string>("document"),
        new DataField<int>("start"),
        new DataField<int>("end"),
        new DataField<string>("text"),
        new DataField<bool>("direct"),
        new DataField<string?>("via"),
        new ListField("quotes", new StructField("element", [new DataField<int>("start"), new DataField<int>("end"), new DataField<string>("text"), new DataField<bool>("direct"), .. Fragments]))));

    private static readonly Field[] Dated = [new DataField<DateOnly?>("date_start"), new DataField<DateOnly?>("date_end"), new DataField<string?>("date_precision")];

    public static IReadOnlyList<string> Write(Dataset dataset, string directory, PartitionBy partitionBy)
    {
        var written = new List<string>();
        written.AddRange(Write(directory, "documents", DocumentRowGroupRows, partitionBy, dataset.Documents.All,
            new(DomainKitJson.Default.Document, ["id", "title", "outlet", "published", "text"]),
            [new DataField<string>("id"), new DataField<string>("title"), new DataField<string?>("outlet"), new DataField<DateOnly?>("published_start"), new DataField<DateOnly?>("published_end"), new DataField<string?>("date_precision"), new DataField<string>("text")],
            d => Row(("id", d.Id), ("title", d.Title), ("outlet", d.Outlet?.Id), ("published_start", d.Published?.Start), ("published_end", d.Published?.End), ("date_precision", Precision(d.Published)), ("text", d.Text)),
            d => [Year(d.Published)],
            d => [d.Id]));
        written.AddRange(Write(directory, "actors", RowGroupRows, PartitionBy.None, dataset.Actors.All,
            new(DomainKitJson.Default.Actor, ["id", "name", "kind", "aliases", "country", "memberOf", "role"]),
            [new DataField<string>("id"), new DataField<string>("name"), new DataField<string>("kind"), new ListField("aliases", new DataField<string>("element")), new DataField<string?>("country"), new DataField<string?>("member_of"), new DataField<string?>("role")],
            a => Row(("id", a.Id), ("name", a.Name), ("kind", Name(a.Kind)), ("aliases", Strings(a.Aliases)), ("country", a.Country), ("member_of", a.MemberOf?.Id), ("role", a.Role)),
            _ => [],
            _ => []));
        written.AddRange(Write(directory, "statements", RowGroupRows, partitionBy, dataset.Statements.All,
            new(DomainKitJson.Default.Statement, ["id", "kind", "speaker", "addressees", "date", "via", "plover", "cameo", "attestations"]),
            [new DataField<string>("id"), new DataField<string>("kind"), new DataField<string>("speaker"), new ListField("addressees", new DataField<string>("element")), .. Dated, new ListField("via", new DataField<string>("element")), new DataField<string?>("plover"), new DataField<string?>("cameo"), Attestations],
            s => Row([("id", s.Id), ("kind", Name(s.Kind)), ("speaker", s.Speaker.Id), ("addressees", Ids(s.Addressees)), .. Date(s.Date), ("via", Ids(s.Via)), ("plover", s.Plover?.ToString()), ("cameo", s.Cameo), ("attestations", AttestationRows(s.Attestations))]),
            s => [Year(s.Date)],
            s => s.Attestations.Select(a => a.Document.Id).Distinct()));
        written.AddRange(Write(directory, "border_events", RowGroupRows, partitionBy, dataset.BorderEvents.All,
            new(DomainKitJson.Default.BorderEvent, ["id", "kind", "border", "actors", "date", "quantity", "locations", "destination", "source", "via", "plover", "cameo", "attestations"]),
            [
                new DataField<string>("id"), new DataField<string>("kind"), new DataField<string?>("border"), new ListField("actors", new DataField<string>("element")), .. Dated,
                new DataField<decimal?>("quantity"), new DataField<string?>("quantity_bound"), new DataField<string?>("quantity_unit"), new ListField("locations", new DataField<string>("element")),
                new DataField<string?>("destination"), new DataField<string?>("source"), new ListField("via", new DataField<string>("element")), new DataField<string?>("plover"), new DataField<string?>("cameo"), Attestations,
            ],
            e => Row([
                ("id", e.Id), ("kind", Name(e.Kind)), ("border", e.Border?.ToString()), ("actors", Ids(e.Actors)), .. Date(e.Date),
                ("quantity", e.Quantity?.Value), ("quantity_bound", e.Quantity is { } q ? Name(q.Bound) : null), ("quantity_unit", e.Quantity?.Unit), ("locations", Strings(e.Locations)),
                ("destination", e.Destination), ("source", e.Source), ("via", Ids(e.Via)), ("plover", e.Plover?.ToString()), ("cameo", e.Cameo), ("attestations", AttestationRows(e.Attestations))]),
            e => [Year(e.Date)],
            e => e.Attestations.Select(a => a.Document.Id).Distinct()));
        written.AddRange(Write(directory, "mentions", RowGroupRows, partitionBy == PartitionBy.Document ? PartitionBy.Document : PartitionBy.None, dataset.Mentions.All,
            new(DomainKitJson.Default.Mention, ["document", "start", "end", "text", "actor", "fragments"]),
            [new DataField<string>("document"), new DataField<int>("start"), new DataField<int>("end"), new DataField<string>("text"), new DataField<string>("actor"), .. Fragments],
            m => Row(("document", m.Document.Id), ("start", m.Start), ("end", m.End), ("text", m.Text), ("actor", m.Actor.Id), ("fragments", FragmentRows(m.Fragments))),
            _ => [],
            m => [m.Document.Id]));
        written.AddRange(Write(directory, "relations", RowGroupRows, PartitionBy.None, dataset.Relations,
            new(DomainKitJson.Default.Relation, ["from", "relation", "to"]),
            [new DataField<string>("from"), new DataField<string>("relation"), new DataField<string>("to")],
            r => Row(("from", r.From), ("relation", r.Kind), ("to", r.To)),
            _ => [],
            _ => []));
        return written;
    }

    /// <summary>
    /// Writes one record type: the columns <paramref name="named"/> with their values from <paramref name="namedRow"/>, then
    /// any property of the record's contract they leave out (<see cref="ContractColumns{T}"/>); a file, or one folder per
    /// partition value. A record joins every partition its key
    /// selector names; the partition column is the folder's name, so it is left out of the files (as Hive does).
    /// </summary>
    internal static IEnumerable<string> Write<T>(
        string directory,
        string name,
        int rowGroupRows,
        PartitionBy partitionBy,
        IReadOnlyList<T> records,
        ContractColumns<T> contract,
        Field[] named,
        Func<T, Dictionary<string, object?>> namedRow,
        Func<T, IEnumerable<string?>> years,
        Func<T, IEnumerable<string>> documents)
    {
        if (contract.Fields.Select(f => f.Name).FirstOrDefault(c => c is "year" or "document" || named.Any(f => f.Name == c)) is { } clash)
        {
            throw new InvalidOperationException(
                $"The {name} file's column '{clash}' would be made from a property of the record's JSON contract, and is a column of the schema's or a partition's already: give that property its column in the schema.");
        }

        Field[] fields = [.. named, .. contract.Fields];
        Dictionary<string, object?> row(T record) => contract.AddTo(namedRow(record), record);
        if (partitionBy == PartitionBy.None)
        {
            var path = Path.Combine(directory, name + ".parquet");
            WriteFile(path, new ParquetSchema(fields), rowGroupRows, records.Select(row));
            return [path];
        }

        var (key, values) = partitionBy == PartitionBy.Year ? ("year", years) : ("document", (Func<T, IEnumerable<string?>>)documents);
        var schema = new ParquetSchema(fields.Where(f => f.Name != key).ToArray());
        var written = new List<string>();
        foreach (var partition in records.SelectMany(r => values(r).Select(v => (Value: v, Record: r))).GroupBy(p => p.Value).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var folder = Path.Combine(directory, name, $"{key}={Escape(partition.Key)}");
            Directory.CreateDirectory(folder);
            var path = Path.Combine(folder, "part-0.parquet");
            WriteFile(path, schema, rowGroupRows, partition.Select(p => Without(row(p.Record), key)));
            written.Add(path);
        }

        return written;
    }

    private static void WriteFile(string path, ParquetSchema schema, int rowGroupRows, IEnumerable<Dictionary<string, object?>> rows)
    {
        using var stream = File.Create(path);
        var append = false;
        foreach (var group in rows.Chunk(rowGroupRows).DefaultIfEmpty([]))
        {
            stream.Position = stream.Length;
            ParquetSerializer.SerializeUntypedAsync(group, schema, stream, new ParquetOptions { Append = append, RowGroupSize = rowGroupRows }).GetAwaiter().GetResult();
            append = true;
        }
    }

    private static Dictionary<string, object?> Row(params (string Name, object? Value)[] fields) => fields.ToDictionary(f => f.Name, f => f.Value);

    private static Dictionary<string, object?> Without(Dictionary<string, object?> row, string key)
    {
        row.Remove(key);
        return row;
    }

    private static (string, object?)[] Date(PartialDate? date) => [("date_start", date?.Start), ("date_end", date?.End), ("date_precision", Precision(date))];

    private static string? Precision(PartialDate? date) => date is { } d ? Name(d.Precision) : null;

    private static string? Year(PartialDate? date) => date is { } d ? Number(d.Start.Year) : null;

    private static ReadOnlyMemory<char>?[] Ids(System.Collections.Immutable.ImmutableArray<Actor> actors) => Strings(actors.Select(a => a.Id));

    /// <summary>A list of strings as the untyped serializer takes a repeated string column: as character memory.</summary>
    private static ReadOnlyMemory<char>?[] Strings(IEnumerable<string> values) => values.Select(v => (ReadOnlyMemory<char>?)v.AsMemory()).ToArray();

    private static List<Dictionary<string, object?>> FragmentRows(System.Collections.Immutable.ImmutableArray<CodePointRange> fragments)
        => fragments.Select(f => Row(("start", f.Start), ("end", f.End))).ToList();

    private static List<Dictionary<string, object?>> AttestationRows(System.Collections.Immutable.ImmutableArray<Attestation> attestations)
        => attestations.Select(a => Row(
            ("document", a.Document.Id), ("start", a.Start), ("end", a.End), ("text", a.Text), ("direct", a.Direct), ("via", a.Via?.Id),
            ("quotes", a.Quotes.Select(q => Row(("start", q.Start), ("end", q.End), ("text", q.Text), ("direct", q.Direct), ("fragments", FragmentRows(q.Fragments)))).ToList()))).ToList();

    /// <summary>A partition value as a folder name: Hive's percent-escaping of anything but letters, digits, '-', '_' and '.'.</summary>
    private static string Escape(string? value)
    {
        if (value is null)
        {
            return DefaultPartition;
        }

        var escaped = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            escaped.Append(char.IsAsciiLetterOrDigit((char)b) || b is (byte)'-' or (byte)'_' or (byte)'.' ? ((char)b).ToString() : $"%{b:X2}");
        }

        return escaped.ToString();
    }
}
