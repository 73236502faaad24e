using System.Diagnostics;
using ClosedXML.Excel;
using CorrAnalytics.Reports;
using CorrAnalytics.Reports.Budget;
using CorrAnalytics.Reports.Common;
using CorrAnalytics.Reports.Monthly;
using CorrAnalytics.Reports.Production;
using CorrAnalytics.Warehouse.Access;
using CorrAnalytics.Warehouse.Time;

namespace CorrAnalytics.Cli.Bench;

/// <summary>
/// Every report in every language, PDF and XLSX timed separately: pages per second for PDFs,
/// cells per second for workbooks (cells counted afterwards, outside the timing).
/// </summary>
public sealed class ReportBenchmark(WarehouseSession session, string folder, ProductClock productClock)
{
    private delegate ReportOutput Render(ReportLanguage language, IReadOnlySet<string> formats);

    public void Run(BenchReport report, YearMonth period, int budgetYear)
    {
        var reports = new (string Name, Render Render, string[] Formats)[]
        {
            ("monthly report", (l, f) => new MonthlyReportWriter(session, productClock).Write(period, l, f, folder), ["pdf", "xlsx"]),
            ("production report", (l, f) => new ProductionReportWriter(session, productClock).Write(period, l, f, folder), ["pdf", "xlsx"]),
            ($"budget workbook {budgetYear}", (l, _) => new BudgetWorkbookWriter(session, productClock).Write(new BudgetWorkbookOptions(budgetYear, l), folder), ["xlsx"]),
        };
        foreach (var (name, render, formats) in reports)
            foreach (var language in ReportLanguage.All)
                foreach (var format in formats)
                {
                    var clock = Stopwatch.StartNew();
                    var output = render(language, new HashSet<string> { format });
                    var elapsed = clock.Elapsed;
                    if (format == "pdf")
                        report.Add($"{name} {language.Code} pdf", elapsed, output.Pages, $"{output.Pages} pages, {output.Pages / elapsed.TotalSeconds:0.0} pages/s");
                    else
                    {
                        var cells = CountCells(output.Files.Single(f => f.EndsWith(".xlsx", StringComparison.Ordinal)));
                        report.Add($"{name} {language.Code} xlsx", elapsed, cells, $"{cells:N0} cells, {cells / elapsed.TotalSeconds:N0} cells/s");
                    }
                }

        var monthly = Seconds(report, "monthly report kk");
        report.Target("monthly report (kk, PDF and XLSX) < 3 s", $"{monthly:0.0} s", monthly < 3);
        var production = Seconds(report, "production report kk");
        report.Target("production report (kk, PDF and XLSX) < 3 s", $"{production:0.0} s", production < 3);
        var budget = report.Figures.Where(f => f.Name.StartsWith("budget workbook", StringComparison.Ordinal)).Max(f => f.Seconds);
        report.Target("budget workbook < 5 s (slowest language)", $"{budget:0.0} s", budget < 5);
    }

    private static double Seconds(BenchReport report, string prefix) =>
        report.Figures.Where(f => f.Name.StartsWith(prefix, StringComparison.Ordinal)).Sum(f => f.Seconds);

    private static long CountCells(string path)
    {
        using var workbook = new XLWorkbook(path);
        return workbook.Worksheets.Sum(sheet => (long)sheet.CellsUsed().Count());
    }
}
