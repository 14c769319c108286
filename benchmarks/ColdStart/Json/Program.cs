using System.Collections.Frozen;
using System.Text.Json;
using DomainKit.ColdStart;

// Cold start of the JSON baseline: deserialise every actor from an embedded resource with a source-generated
// context, index names then aliases ignoring case (first claim wins, as in the generated table), look up one name.
using var stream = typeof(ActorRow).Assembly.GetManifestResourceStream("actors.json")!;
var actors = JsonSerializer.Deserialize(stream, ActorJsonContext.Default.ActorRowArray)!;
var byName = new Dictionary<string, ActorRow>(StringComparer.OrdinalIgnoreCase);
foreach (var actor in actors)
{
    byName.TryAdd(actor.Name, actor);
}

foreach (var actor in actors)
{
    foreach (var alias in actor.Aliases)
    {
        byName.TryAdd(alias, actor);
    }
}

var index = byName.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
if (!index.TryGetValue(args[0], out var found))
{
    return 1;
}

Console.WriteLine(found.Id);

if (Environment.GetEnvironmentVariable("DOMAINKIT_COLDSTART_MEMORY") is not null)
{
    Console.WriteLine(GC.GetTotalMemory(forceFullCollection: true));
}
return 0;
