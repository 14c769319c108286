namespace DomainKit.ColdStart;

/// <summary>Reads the rows of a corpus's <c>actors.tsv</c> (columns by header name) for the JSON and SQLite baselines.</summary>
internal static class ActorsTable
{
    public static ActorRow[] Read(string path)
    {
        var lines = File.ReadAllLines(path).Where(l => l.Length > 0).ToArray();
        var header = lines[0].Split('\t');
        int Column(string name) => Array.IndexOf(header, name);
        var (id, name, kind, country, memberOf, role, aliases) =
            (Column("id"), Column("name"), Column("kind"), Column("country"), Column("memberOf"), Column("role"), Column("aliases"));
        return lines.Skip(1).Select(line => line.Split('\t')).Select(f => new ActorRow(
            f[id], f[name], f[kind], f[country], f[memberOf], f[role],
            f[aliases].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))).ToArray();
    }
}
