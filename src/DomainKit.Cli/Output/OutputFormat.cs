namespace DomainKit.Cli.Output;

/// <summary>How a query command prints its records.</summary>
internal enum OutputFormat
{
    /// <summary>A table that fits the terminal's width (the default).</summary>
    Table,

    /// <summary>A JSON array of the records, as <c>DomainKitJson</c> serializes them.</summary>
    Json,

    /// <summary>RFC 4180 CSV with a header row, the table's columns.</summary>
    Csv,
}
