using System.Text;
using DomainKit.Cli.Data;

namespace DomainKit.Benchmarks.Lookups;

/// <summary>
/// A private catalog as a user would bring one: the bundled corpus plus 100,000 actors, about 155,000 names and
/// aliases, about half of them not ASCII (accented Latin, Cyrillic, Arabic script, Greek, astral letters). It is
/// laid out at run time by the generator's own table writer, as the tool does (<c>--corpus DIR</c>): the same key indexes a compiled
/// corpus has, read from arrays instead of the assembly image, and no generated dispatch (which only key sets up
/// to a few hundred keys get).
/// </summary>
internal static class Catalog
{
    private const int Actors = 100_000;

    private static readonly string[] Stems =
    [
        "Kabul", "Ahmad", "Ghazni", "Herat", "Republic of Balkh", "Northern Alliance", "Badghis", "Émile", "Şahin", "Ōsaka",
        "Москва", "Ваҳдат", "Душанбе", "قندهار", "هرات", "Δήμος", "\U00010400\U00010428x",
    ];

    private static readonly Lazy<Dataset> s_dataset = new(Create);

    private static readonly Lazy<Dataset> s_bundledIndex = new(() => Open(CorpusFolder.Bundled));

    /// <summary>The bundled corpus laid out the same way: its key indexes, without the generated dispatch the compiled one uses.</summary>
    public static Dataset BundledIndex => s_bundledIndex.Value;

    /// <summary>The catalog, laid out once per process.</summary>
    public static Dataset Dataset => s_dataset.Value;

    private static Dataset Create()
    {
        var folder = Directory.CreateTempSubdirectory("domainkit-catalog-").FullName;
        try
        {
            foreach (var file in Directory.EnumerateFiles(CorpusFolder.Bundled))
            {
                File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
            }

            var rows = new StringBuilder(File.ReadAllText(Path.Combine(folder, "actors.tsv")));
            for (var i = 0; i < Actors; i++)
            {
                // A bit over half the actors have an alias in another script's casing.
                var alias = i % 20 < 11 ? $"{Stems[(i + 5) % Stems.Length].ToUpperInvariant()} {i}-a" : string.Empty;
                rows.Append($"catalog-{i}\t{Stems[i % Stems.Length]} {i}\tPerson\t\t\t\t{alias}\n");
            }

            File.WriteAllText(Path.Combine(folder, "actors.tsv"), rows.ToString());
            return Open(folder);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static Dataset Open(string folder)
    {
        var errors = new StringWriter();
        return DatasetSource.TryOpen(folder, errors, out var dataset, out _) ? dataset : throw new InvalidOperationException($"{folder} did not link: {errors}");
    }
}
