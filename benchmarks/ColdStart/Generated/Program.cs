using DomainKit;

// Cold start of the generated dataset: the first name lookup in a fresh process.
if (!Synthetic.Actors.TryFind(args[0], out var actor))
{
    return 1;
}

Console.WriteLine(actor.Id);

if (Environment.GetEnvironmentVariable("DOMAINKIT_COLDSTART_MEMORY") is not null)
{
    Console.WriteLine(GC.GetTotalMemory(forceFullCollection: true));
}
return 0;

/// <summary>The synthetic corpus the cold-start runner wrote into <c>$(ColdStartData)/Synthetic</c>.</summary>
[DomainCorpus("Synthetic")]
internal static partial class Synthetic;
