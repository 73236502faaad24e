using System.Diagnostics;
using CorrAnalytics.Etl.Inbox;
using CorrAnalytics.Etl.Load;
using CorrAnalytics.Etl.Sources;
using CorrAnalytics.Reports.Common;
using CorrAnalytics.Sample;
using CorrAnalytics.Warehouse;
using CorrAnalytics.Warehouse.Access;
using CorrAnalytics.Warehouse.Checks;
using CorrAnalytics.Warehouse.Models;
using DuckDB.NET.Data;

namespace CorrAnalytics.Cli.Bench;

/// <summary>
/// The load benchmark: the national sample generated, loaded into an empty warehouse (all but
/// the last month), compared per source with DuckDB's plain read_csv of the same files in the
/// same run, then one more month, the marts and the checks.
/// </summary>
public sealed class EtlBenchmark(BenchOptions options, Action<string> say)
{
    public BenchReport Run()
    {
        var report = new BenchReport("CorrAnalytics benchmark", options.Scale, $"{options.From}..{options.To}");
        var sampleDir = Path.Combine(options.WorkDir, "sample");
        var dataDir = Path.Combine(options.WorkDir, "data");
        var inbox = Path.Combine(dataDir, "inbox");
        Directory.CreateDirectory(inbox);

        say("generating the sample…");
        var clock = Stopwatch.StartNew();
        var sample = new SampleGenerator(new SampleOptions(sampleDir, options.From, options.To, options.Scale)).Generate();
        report.Add("sample generation", clock.Elapsed, sample.CsvRows, $"{sample.Files:N0} files");
        report.GenerationPeakMemoryBytes = PeakMemory.Reset();

        var lastMonth = options.To.Compact;
        foreach (var file in Directory.GetFiles(sampleDir).Where(f => !Path.GetFileName(f).Contains(lastMonth)))
            File.Copy(file, Path.Combine(inbox, Path.GetFileName(file)));

        say("loading the history into an empty warehouse…");
        using var session = WarehouseSession.OpenWriter(new WarehouseOptions(dataDir), "corr bench", options.Clock);
        new WarehouseInitializer(session, options.Clock).Initialize();
        var etlOptions = new EtlOptions(dataDir) { SettleTime = TimeSpan.Zero };
        clock.Restart();
        var history = new EtlRunner(session, etlOptions, options.Clock).Run();
        var historyTime = clock.Elapsed;
        var formsPerSecond = 0.0;
        report.Add("ETL: full history from empty", historyTime, history.Files.Sum(f => f.Loaded), $"{history.Files.Count:N0} files, {history.Files.Sum(f => f.Rejected)} rejects");

        say("reading the same CSV files with plain read_csv…");
        foreach (var time in history.Times.OrderBy(t => t.Kind, StringComparer.Ordinal))
        {
            var split = $"{time.Groups:N0} group(s), {time.Files:N0} files; {time.Split}";
            report.Add($"ETL: {time.Kind} (read to commit)", time.Total, time.Rows, split);
            if (time.Kind == FileKind.Production.Code())
                formsPerSecond = time.Files / time.Total.TotalSeconds;
            if (CsvSource.All.Values.FirstOrDefault(s => s.Kind.Code() == time.Kind) is { } source)
            {
                var baseline = PlainReadCsv(sampleDir, source, lastMonth);
                report.Add($"plain read_csv: {time.Kind}", baseline, time.Rows, $"ETL/read_csv = {time.Total.TotalSeconds / baseline.TotalSeconds:0.0}×");
            }
        }

        say("loading one more month…");
        foreach (var file in Directory.GetFiles(sampleDir).Where(f => Path.GetFileName(f).Contains(lastMonth)))
            File.Copy(file, Path.Combine(inbox, Path.GetFileName(file)));
        clock.Restart();
        var month = new EtlRunner(session, etlOptions, options.Clock).Run();
        var monthTime = clock.Elapsed;
        report.Add("ETL: one more month", monthTime, month.Files.Sum(f => f.Loaded),
            $"{month.Files.Count} files in {month.Times.Sum(t => t.Groups)} groups, {month.Times.Sum(t => t.Total.TotalSeconds):0.00} s of it reading to commit");

        clock.Restart();
        var models = new ModelRunner(session).Run();
        report.Add("marts refresh", clock.Elapsed, 0, $"{models.Count} models");
        clock.Restart();
        var checks = new CheckRunner(session, options.Clock).Run().Results;
        report.Add("checks", clock.Elapsed, 0, $"{checks.Count(c => c.Passed)} of {checks.Count} passed");

        say("rendering every report in every language…");
        new ReportBenchmark(session, ReportFolders.Root(options.WorkDir), options.Clock).Run(report, options.To, options.To.Year + 1);

        say("rendering the monthly report of the republic and of every department…");
        DepartmentBenchmark.Run(session, options.Clock, ReportFolders.Root(options.WorkDir), options.To, report);

        say("re-submitting 5 % of a year's slices, rendering as of before…");
        HistoryBenchmark.Run(session, options.Clock, etlOptions, sampleDir, ReportFolders.Root(options.WorkDir), options.To, report);

        say("rendering a long table document…");
        LayoutBenchmark.Run(report, new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc));

        report.PeakMemoryBytes = PeakMemory.Current();
        var csvRatios = report.Figures.Where(f => f.Name.StartsWith("plain read_csv")).Select(f => f.Note!).ToList();
        var scale1 = options.Scale == 1;
        if (scale1)
            report.Target("full national history load < 15 s", $"{historyTime.TotalSeconds:0.0} s", historyTime.TotalSeconds < 15);
        else if (options.Scale == 10)
            report.Target("scale 10 national history load < 150 s", $"{historyTime.TotalSeconds:0.0} s", historyTime.TotalSeconds < 150);
        report.Target("one more month < 1 s", $"{monthTime.TotalSeconds:0.0} s", monthTime.TotalSeconds < 1);
        report.Target("П-1 forms ≥ 1,000 per second", $"{formsPerSecond:N0} per second", formsPerSecond >= 1000);
        report.Target("each CSV kind within 2× of plain read_csv", string.Join("; ", csvRatios), report.Figures
            .Where(f => f.Name.StartsWith("plain read_csv")).All(f => double.Parse(f.Note!.Split('=')[1].TrimEnd('×'), System.Globalization.CultureInfo.InvariantCulture) <= 2));
        var memoryLimit = options.Scale >= 10 ? 1536L << 20 : 600L << 20;
        report.Target($"peak memory of the load and the reports < {memoryLimit >> 20} MiB", $"{report.PeakMemoryBytes / 1024 / 1024} MiB", report.PeakMemoryBytes < memoryLimit);
        return report;
    }

    /// <summary>DuckDB's own read_csv of the same files into a table, in a separate in-memory database.</summary>
    private static TimeSpan PlainReadCsv(string folder, CsvSource source, string exceptMonth)
    {
        var files = Directory.GetFiles(folder, source.Kind.Code() + "_*.csv")
            .Where(f => !Path.GetFileName(f).Contains(exceptMonth) && InboxFile.Classify(f).File?.Kind == source.Kind).ToList();
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        // Windows-1251 is not readable by DuckDB; latin-1 parses the same bytes at the same cost.
        var list = string.Join(", ", files.Select(f => $"'{f.Replace("'", "''")}'"));
        command.CommandText = $"create table t as select * from read_csv([{list}], header = true, delim = '{source.Delimiter}', all_varchar = true{(source.Windows1251 ? ", encoding = 'latin-1'" : "")})";
        var clock = Stopwatch.StartNew();
        command.ExecuteNonQuery();
        return clock.Elapsed;
    }
}
