namespace DomainKit.Cli.Export;

/// <summary>What <c>export</c> writes.</summary>
internal enum ExportFormat
{
    /// <summary>JSON Lines, one file per record type (the library's JSON contract).</summary>
    Jsonl,

    /// <summary>RFC 4180 CSV, one file per record type, event-data columns.</summary>
    Csv,

    /// <summary>Apache Parquet, one file (or Hive-partitioned folder) per record type, typed and nested columns.</summary>
    Parquet,

    /// <summary>brat standoff and TSV catalogs: the corpus as the linker kept it.</summary>
    Brat,
}
