namespace DomainKit.Cli.Tests;

/// <summary>The bundled dataset exported once as CSV, Parquet, and Parquet partitioned by year and by document.</summary>
public sealed class ExportedFiles : IDisposable
{
    public ExportedFiles()
    {
        Root = Cli.TempDirectory("exported");
        Export(Csv, "--format", "csv");
        Export(Parquet, "--format", "parquet");
        Export(ParquetByYear, "--format", "parquet", "--partition-by", "year");
        Export(ParquetByDocument, "--format", "parquet", "--partition-by", "document");
    }

    public string Root { get; }

    public string Csv => Path.Combine(Root, "csv");

    public string Parquet => Path.Combine(Root, "parquet");

    public string ParquetByYear => Path.Combine(Root, "by-year");

    public string ParquetByDocument => Path.Combine(Root, "by-document");

    public void Dispose() => Directory.Delete(Root, recursive: true);

    private static void Export(string directory, params string[] options)
    {
        var (exit, _, error) = Cli.Run(["export", directory, .. options]);
        if (exit != 0)
        {
            throw new InvalidOperationException($"export {string.Join(' ', options)} failed ({exit}): {error}");
        }
    }
}
