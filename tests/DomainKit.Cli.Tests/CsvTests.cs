using DomainKit.Cli.Export;
using DomainKit.Cli.Output;

namespace DomainKit.Cli.Tests;

/// <summary>RFC 4180 as the CSV export writes it.</summary>
public class CsvTests
{
    [Fact]
    public void Fields_with_commas_quotes_or_line_breaks_are_quoted_and_quotes_doubled()
    {
        var writer = new StringWriter();

        Csv.WriteRow(writer, ["plain", "a,b", "say \"no\"", "two\nlines", null, ""]);

        Assert.Equal("plain,\"a,b\",\"say \"\"no\"\"\",\"two\nlines\",,\r\n", writer.ToString());
    }

    [Fact]
    public void Event_files_start_with_the_event_data_header_and_have_no_byte_order_mark()
    {
        var directory = Cli.TempDirectory("csv");
        try
        {
            Assert.Equal(0, Cli.Run("export", directory, "--format", "csv").Exit);

            foreach (var name in new[] { "statements.csv", "border_events.csv" })
            {
                var bytes = File.ReadAllBytes(Path.Combine(directory, name));
                Assert.NotEqual(0xEF, bytes[0]);
                Assert.StartsWith(string.Join(",", CsvExport.EventColumns) + "\r\n", System.Text.Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
            }

            Assert.Equal(
                ["actors.csv", "border_events.csv", "documents.csv", "mentions.csv", "relations.csv", "statements.csv"],
                Directory.GetFiles(directory).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
