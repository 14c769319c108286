using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/DomainKit.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(DomainKit.Benchmarks.CorpusSizeConfig).Assembly).Run(args);
