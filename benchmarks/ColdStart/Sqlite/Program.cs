using Microsoft.Data.Sqlite;

// Cold start of the SQLite baseline: the database is an embedded resource; SQLite opens files only, so it is
// extracted to the temp folder once (as an app would on first run) and then queried through a NOCASE index.
var assembly = typeof(Program).Assembly;
using var resource = assembly.GetManifestResourceStream("actors.db")!;
var path = Path.Combine(Path.GetTempPath(), $"domainkit-coldstart-{resource.Length}-{File.GetLastWriteTimeUtc(assembly.Location).Ticks}.db");
if (!File.Exists(path))
{
    var partial = path + $".{Environment.ProcessId}";
    using (var file = File.Create(partial))
    {
        resource.CopyTo(file);
    }

    File.Move(partial, path, overwrite: true);
}

using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly");
connection.Open();
using var command = connection.CreateCommand();
command.CommandText = "SELECT actor_id FROM names WHERE key = $key COLLATE NOCASE LIMIT 1";
command.Parameters.AddWithValue("$key", args[0]);
if (command.ExecuteScalar() is not string id)
{
    return 1;
}

Console.WriteLine(id);

if (Environment.GetEnvironmentVariable("DOMAINKIT_COLDSTART_MEMORY") is not null)
{
    Console.WriteLine(GC.GetTotalMemory(forceFullCollection: true));
}
return 0;
