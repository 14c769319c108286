using BenchmarkDotNet.Running;
using DomainKit.Benchmarks;
using DomainKit.Benchmarks.Lookups;

// dotnet run -c Release --project benchmarks/DomainKit.Benchmarks -- --filter '*'
// dotnet run -c Release --project benchmarks/DomainKit.Benchmarks -- edit-loop Kind 15   (EditLoop: profiling, output hash)
// dotnet run -c Release --project benchmarks/DomainKit.Benchmarks -- probe-loop ids Bundled Random4096 DomainKit 3   (ProbeLoop: profiling one lookup cell)
if (args is ["probe-loop", .. var probeArgs])
{
    return ProbeLoop.Run(probeArgs);
}

if (args is ["edit-loop", .. var rest])
{
    return EditLoop.Run(rest);
}

BenchmarkSwitcher.FromAssembly(typeof(CorpusSizeConfig).Assembly).Run(args);
return 0;
