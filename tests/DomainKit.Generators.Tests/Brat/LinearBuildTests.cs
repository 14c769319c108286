using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DomainKit.Generators.Generation.Emit.Data;
using Xunit.Abstractions;

namespace DomainKit.Generators.Tests.Brat;

/// <summary>
/// The largest external file (ehealthkd-2020's training scenario: 9,583 lines, 5,012 discontinuous spans, 4,478
/// relations) built once, twice and four times over in one document: parse, link and table writing must grow
/// linearly. Work is counted as bytes allocated on the test's thread, which is deterministic (a timed assertion is
/// not); a step that rescans what came before per line (quadratic) and allocates as it goes shows up here.
/// </summary>
public class LinearBuildTests(ITestOutputHelper output)
{
    private const string Corpus = "ehealthkd-2020/training";

    [Fact]
    public void Building_the_same_file_doubled_costs_about_twice()
    {
        var text = ExternalBratCorpora.ReadAsBrat(Path.Combine(ExternalBratCorpora.Root, Corpus, "scenario.txt"));
        var annotations = ExternalBratCorpora.ReadAsBrat(Path.Combine(ExternalBratCorpora.Root, Corpus, "scenario.ann"));
        Build(text, annotations, 1);

        var costs = new[] { 1, 2, 4 }.Select(copies => Build(text, annotations, copies)).ToList();

        output.WriteLine(string.Join(", ", costs.Select((bytes, i) => string.Create(CultureInfo.InvariantCulture, $"{1 << i}x: {bytes / 1e6:F1} MB allocated"))));
        Assert.InRange((double)costs[1] / costs[0], 1.6, 2.5);
        Assert.InRange((double)costs[2] / costs[1], 1.6, 2.5);
    }

    /// <summary>Bytes allocated to link and lay out one document made of <paramref name="copies"/> copies of the file.</summary>
    private static long Build(string text, string annotations, int copies)
    {
        var (repeatedText, repeatedAnnotations) = Repeat(text, annotations, copies);
        // The corpus has no annotation.conf (brat reads it with its default configuration): no schema here either.
        var files = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["/c/scenario.txt"] = repeatedText,
            ["/c/scenario.ann"] = repeatedAnnotations,
        };
        var before = GC.GetAllocatedBytesForCurrentThread();
        var (corpus, _) = CorpusPipeline.Link(files);
        var tables = CorpusTableWriter.Write(corpus!, CorpusPipeline.Vocabulary);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(copies * 9_583, corpus!.Standoff.Sum(l => l.TextBounds.Count + l.Relations.Count + l.Equivalences.Count + l.Events.Count + l.Attributes.Count));
        Assert.NotEmpty(tables.Sections);
        return allocated;
    }

    /// <summary>
    /// The text <paramref name="copies"/> times, and the annotations once per copy: offsets moved by the text's length
    /// in code points, ids numbered on (<c>T5</c> of the second copy of a 10,000-id file is <c>T10005</c>).
    /// </summary>
    private static (string Text, string Annotations) Repeat(string text, string annotations, int copies)
    {
        var codePoints = text.EnumerateRunes().Count();
        var idStep = 1 + Regex.Matches(annotations, @"(?<=\b[TRE])\d+").Max(m => int.Parse(m.Value, CultureInfo.InvariantCulture));
        var repeatedText = new StringBuilder();
        var repeated = new StringBuilder();
        for (var copy = 0; copy < copies; copy++)
        {
            repeatedText.Append(text);
            foreach (var line in annotations.Split('\n').Where(l => l.Length > 0))
            {
                var fields = line.Split('\t');
                fields[0] = Renumber(fields[0], copy * idStep);
                fields[1] = Renumber(fields[1], copy * idStep);
                if (line[0] == 'T')
                {
                    var space = fields[1].IndexOf(' ', StringComparison.Ordinal);
                    fields[1] = fields[1][..space] + " " + Regex.Replace(fields[1][(space + 1)..], @"\d+",
                        m => (int.Parse(m.Value, CultureInfo.InvariantCulture) + (copy * codePoints)).ToString(CultureInfo.InvariantCulture));
                }

                repeated.Append(string.Join('\t', fields)).Append('\n');
            }
        }

        return (repeatedText.ToString(), repeated.ToString());
    }

    private static string Renumber(string field, int step)
        => Regex.Replace(field, @"\b([TRE])(\d+)\b", m => m.Groups[1].Value + (int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) + step).ToString(CultureInfo.InvariantCulture));
}
