using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace DomainKit.ColdStart;

/// <summary>Writes the same actors as the JSON resource and the SQLite database the baseline apps embed.</summary>
internal static class BaselineData
{
    public static void WriteJson(string path, ActorRow[] actors)
    {
        using var file = File.Create(path);
        JsonSerializer.Serialize(file, actors, ActorJsonContext.Default.ActorRowArray);
    }

    /// <summary>Actors plus a name table (names first, then aliases; the first claim of a key wins, as in the generated lookup) indexed NOCASE.</summary>
    public static void WriteSqlite(string path, ActorRow[] actors)
    {
        File.Delete(path);
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var transaction = connection.BeginTransaction();
            Execute(connection, """
                CREATE TABLE actors (id TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, country TEXT, member_of TEXT, role TEXT);
                CREATE TABLE names (key TEXT NOT NULL, actor_id TEXT NOT NULL REFERENCES actors(id));
                """);
            using var insertActor = Command(connection, "INSERT INTO actors VALUES ($id, $name, $kind, $country, $memberOf, $role)", "$id", "$name", "$kind", "$country", "$memberOf", "$role");
            using var insertName = Command(connection, "INSERT INTO names SELECT $key, $id WHERE NOT EXISTS (SELECT 1 FROM names WHERE key = $key COLLATE NOCASE)", "$key", "$id");
            foreach (var a in actors)
            {
                Run(insertActor, a.Id, a.Name, a.Kind, a.Country, a.MemberOf, a.Role);
            }

            Execute(connection, "CREATE INDEX names_key ON names (key COLLATE NOCASE)");
            foreach (var key in actors.Select(a => (Key: a.Name, a.Id)).Concat(actors.SelectMany(a => a.Aliases.Select(alias => (Key: alias, a.Id)))))
            {
                Run(insertName, key.Key, key.Id);
            }

            transaction.Commit();
            Execute(connection, "VACUUM");
        }
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(parameter, SqliteType.Text);
        }

        return command;
    }

    private static void Run(SqliteCommand command, params string[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i];
        }

        command.ExecuteNonQuery();
    }
}
