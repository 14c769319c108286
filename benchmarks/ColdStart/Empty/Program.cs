// The floor of every cold start: a .NET process that loads no data. It echoes the expected id (its last
// argument), so the runner checks it like the others.
Console.WriteLine(args[^1]);

if (Environment.GetEnvironmentVariable("DOMAINKIT_COLDSTART_MEMORY") is not null)
{
    Console.WriteLine(GC.GetTotalMemory(forceFullCollection: true));
}
return 0;
