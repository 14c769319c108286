using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/DomainKit.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
