using BenchmarkDotNet.Running;
using DomainKit.Benchmarks;

// dotnet run -c Release --project benchmarks/DomainKit.Benchmarks -- --filter '*'
// dotnet run -c Release --project benchmarks/DomainKit.Benchmarks -- edit-loop Kind 15   (EditLoop: profiling, output hash)
if (args is ["edit-loop", .. var rest])
{
    return EditLoop.Run(rest);
}

BenchmarkSwitcher.FromAssembly(typeof(CorpusSizeConfig).Assembly).Run(args);
return 0;
