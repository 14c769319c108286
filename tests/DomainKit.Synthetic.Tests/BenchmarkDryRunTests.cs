using System.Reflection;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace DomainKit.Synthetic.Tests;

/// <summary>
/// CI does not measure: it checks that every benchmark class in DomainKit.Benchmarks runs once with
/// BenchmarkDotNet's dry job, in process, and reports no error. New benchmark classes are picked up by themselves.
/// </summary>
public sealed class BenchmarkDryRunTests
{
    public static TheoryData<string> BenchmarkClasses { get; } = new(
        typeof(Benchmarks.CorpusSizeConfig).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsPublic: true } && t.GetMethods().Any(m => m.IsDefined(typeof(BenchmarkAttribute))))
            .Select(t => t.FullName!)
            .Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(BenchmarkClasses))]
    public void A_dry_run_of_the_benchmark_class_succeeds(string benchmarkClass)
    {
        var type = typeof(Benchmarks.CorpusSizeConfig).Assembly.GetType(benchmarkClass, throwOnError: true)!;
        var artifacts = Directory.CreateTempSubdirectory("domainkit-benchmarks-").FullName;
        try
        {
            var config = ManualConfig.CreateEmpty()
                .AddJob(Job.Dry.WithToolchain(InProcessEmitToolchain.Instance))
                .AddLogger(NullLogger.Instance)
                .AddExporter(MarkdownExporter.GitHub)
                .AddColumnProvider(DefaultConfig.Instance.GetColumnProviders().ToArray())
                // Test builds reference Debug assemblies; a dry run checks that benchmarks work, not how fast.
                .WithOptions(ConfigOptions.DisableOptimizationsValidator)
                .WithArtifactsPath(artifacts);

            var summary = BenchmarkRunner.Run(type, config);

            // Critical errors stop a benchmark. A clone under the temp folder (as CI's may be) also draws BenchmarkDotNet's
            // non-critical warning that the assembly "is located in temp", meant for shadow-copying runners; it changes nothing here.
            Assert.Empty(summary.ValidationErrors.Where(error => error.IsCritical));
            Assert.NotEmpty(summary.Reports);
            Assert.All(summary.Reports, report => Assert.True(report.Success, $"{report.BenchmarkCase.DisplayInfo} failed"));
        }
        finally
        {
            Directory.Delete(artifacts, recursive: true);
        }
    }
}
