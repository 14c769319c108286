using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using DomainKit.Synthetic;

namespace DomainKit.Benchmarks;

/// <summary>Adds the annotation size of each <c>Scale</c> and the throughput in megabytes of annotations per second.</summary>
public sealed class CorpusSizeConfig : ManualConfig
{
    /// <summary>Creates the config with the two corpus columns.</summary>
    public CorpusSizeConfig() => AddColumn(new CorpusColumn(throughput: false), new CorpusColumn(throughput: true));

    private sealed class CorpusColumn(bool throughput) : IColumn
    {
        private static readonly Dictionary<int, double> s_megabytes = [];

        public string Id => throughput ? "AnnMBps" : "AnnMB";

        public string ColumnName => throughput ? "Ann MB/s" : "Ann MB";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => throughput ? 1 : 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => throughput ? "Megabytes of .ann files parsed, linked and emitted per second" : "Megabytes (UTF-8) of the corpus's .ann files";

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public bool IsAvailable(Summary summary) => true;

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            if (benchmarkCase.Parameters["Scale"] is not int scale)
            {
                return "-";
            }

            var megabytes = Megabytes(scale);
            if (!throughput)
            {
                return megabytes.ToString("F2", CultureInfo.InvariantCulture);
            }

            var meanNanoseconds = summary[benchmarkCase]?.ResultStatistics?.Mean;
            return meanNanoseconds is > 0 ? (megabytes / (meanNanoseconds.Value / 1e9)).ToString("F2", CultureInfo.InvariantCulture) : "-";
        }

        private static double Megabytes(int scale)
        {
            lock (s_megabytes)
            {
                if (!s_megabytes.TryGetValue(scale, out var megabytes))
                {
                    megabytes = s_megabytes[scale] = new GeneratorInput(SyntheticCorpusShape.AtScale(scale)).AnnotationBytes / 1e6;
                }

                return megabytes;
            }
        }
    }
}
