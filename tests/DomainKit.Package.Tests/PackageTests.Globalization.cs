namespace DomainKit.Package.Tests;

public sealed partial class PackageTests
{
    /// <summary>
    /// The compiler hashes a corpus's names in its own process and the app hashes its probes in its own, each under
    /// its own globalization mode (invariant, as a container or a NativeAOT app often runs, or ICU, whose Unicode
    /// version is the machine's). Names with letters whose case pairs are newer than the machine's ICU (ɤ and ƛ have
    /// capitals since Unicode 16) must be found under either mode, whichever mode built them.
    /// </summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Names_built_under_either_globalization_mode_are_found_under_either_and_reported_alike(bool invariantCompiler)
    {
        var consumer = await ConsumerProject.CreateAsync(package, $"consumer-globalization-{invariantCompiler}");
        // Ÿ (U+0178, lower case U+00FF) makes the names' index fold case exactly, not by clearing bits. The second
        // actor's alias differs from the first's name in case alone, by ƛ's capital (U+A7DC): ambiguous in any app
        // whose OrdinalIgnoreCase knows the pair, so reported whichever mode the compiler runs in.
        File.AppendAllText(
            Path.Combine(consumer.CorpusFolder, "actors.tsv"),
            "lambda\t\u0178\u0264\u019B Front\tArmedGroup\t\t\t\t\nomega\tOmega\tArmedGroup\t\t\t\t\u00FF\u0264\uA7DC front\n");
        File.WriteAllText(Path.Combine(consumer.Directory, "Program.cs"), """
            using Consumer;

            string[] probes = ["\u0178\u0264\u019B Front", "\u00FF\u0264\u019B FRONT", "\u0178\u0264\u019B Fronts"];
            for (var i = 0; i < probes.Length; i++)
            {
                Console.WriteLine($"probe {i}: {(MyCorpus.Actors.TryFind(probes[i], out var actor) ? actor.Id : "none")}");
            }
            """);

        var build = (await DotnetCli.RunAsync("dotnet", consumer.Directory, DotnetCli.DefaultTimeout, Invariant(invariantCompiler), "build")).EnsureSuccess();
        Assert.Matches(@"warning DK0024: Name or alias '[^']+' belongs to both 'lambda' and 'omega'", build.Output);

        foreach (var invariant in new[] { true, false })
        {
            var run = (await DotnetCli.RunAsync(
                "dotnet", consumer.Directory, DotnetCli.DefaultTimeout, Invariant(invariant), Path.Combine("bin", "Debug", "net10.0", "Consumer.dll"))).EnsureSuccess();
            // The modes are part of both sides, so a failure says which run it was.
            Assert.Equal(
                $"compiler invariant: {invariantCompiler}, app invariant: {invariant}\nprobe 0: lambda\nprobe 1: lambda\nprobe 2: none",
                $"compiler invariant: {invariantCompiler}, app invariant: {invariant}\n{run.Output.ReplaceLineEndings("\n").Trim()}");
        }

        static Dictionary<string, string> Invariant(bool invariant)
            => new() { ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = invariant ? "1" : "0" };
    }
}
