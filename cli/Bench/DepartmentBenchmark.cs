using System.Diagnostics;
using CorrAnalytics.Reports;
using CorrAnalytics.Reports.Monthly;
using CorrAnalytics.Warehouse.Access;
using CorrAnalytics.Warehouse.Schema;
using CorrAnalytics.Warehouse.Time;

namespace CorrAnalytics.Cli.Bench;

/// <summary>What <c>report monthly --all-departments</c> renders: the republic's report and one per department, one language, PDF and XLSX.</summary>
public static class DepartmentBenchmark
{
    public static void Run(WarehouseSession session, ProductClock productClock, string folder, YearMonth period, BenchReport report)
    {
        var departments = session.Query(SqlResources.Sql("scopes/departments"), r => r.GetString(0), period.Last.ToDateTime(TimeOnly.MinValue));
        var writer = new MonthlyReportWriter(session, productClock);
        var clock = Stopwatch.StartNew();
        var files = 0;
        foreach (var department in departments.Prepend(null))
            files += writer.Write(period, ReportLanguage.Parse("kk"), new HashSet<string> { "pdf", "xlsx" }, Path.Combine(folder, "departments"), department).Files.Count;
        var elapsed = clock.Elapsed;
        report.Add("monthly report kk, the republic and every department", elapsed, files, $"{departments.Count} departments, {files} files");
        report.Target($"the republic's and {departments.Count} departments' monthly reports (kk, PDF and XLSX) < 30 s", $"{elapsed.TotalSeconds:0.0} s", elapsed.TotalSeconds < 30);
    }
}
