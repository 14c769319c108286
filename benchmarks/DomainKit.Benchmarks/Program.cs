using BenchmarkDotNet.Configs;
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

// Each benchmark case in its own process (without --inProcess) gets its own tiered-PGO profile; the copy BenchmarkDotNet
// builds for that compiles the synthetic corpora, minutes at 1000x, past BenchmarkDotNet's two-minute default.
BenchmarkSwitcher.FromAssembly(typeof(CorpusSizeConfig).Assembly).Run(args, ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(20)));
return 0;
