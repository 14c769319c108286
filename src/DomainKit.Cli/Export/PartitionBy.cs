namespace DomainKit.Cli.Export;

/// <summary>How a Parquet export splits each record type into Hive partitions (<c>key=value/</c> folders).</summary>
internal enum PartitionBy
{
    /// <summary>One file per record type.</summary>
    None,

    /// <summary><c>year=2021/</c>: the year a record's date starts in (<c>year=__HIVE_DEFAULT_PARTITION__</c> when undated).</summary>
    Year,

    /// <summary><c>document=ID/</c>: one folder per document; a record attested by several documents appears in each.</summary>
    Document,
}
