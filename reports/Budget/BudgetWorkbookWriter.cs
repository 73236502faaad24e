using CorrAnalytics.Warehouse.Files;
using ClosedXML.Excel;
using CorrAnalytics.Reports.Common;
using CorrAnalytics.Warehouse.Access;

namespace CorrAnalytics.Reports.Budget;

/// <summary><c>corr report budget</c>: the planning workbook for a year, with its manifest.</summary>
public sealed class BudgetWorkbookWriter(WarehouseSession session, TimeProvider clock, TimeZoneInfo? zone = null)
{
    public ReportOutput Write(BudgetWorkbookOptions options, string folder)
    {
        var figures = new BudgetWorkbookBuilder(session, clock, zone).Build(options);
        var workbook = BudgetWorkbookDocument.Compose(figures);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"budget_{options.Year}_{options.Language.Code}.xlsx");
        using (workbook)
        {
            // ClosedXML 0.95's evaluator needs about a minute for the national workbook (it re-evaluates
            // formula ranges without caching); spreadsheet applications compute it on opening instead.
            workbook.CalculateMode = XLCalculateMode.Auto;
            workbook.ForceFullCalculation = true;
            workbook.FullCalculationOnLoad = true;
            AtomicFile.Write(path, workbook.SaveAs);
        }
        var version = DataVersion.Read(session, new DateTime(options.Year - 1, 1, 1));
        var manifest = new ReportManifest("budget", options.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), options.Language.Code, ["xlsx"],
            clock.GetUtcNow().UtcDateTime, version.LastBatch, version.LoadedAt, [],
            [ReportManifest.Describe(path)]);
        return new ReportOutput([path], manifest.Write(folder, $"manifest_budget_{options.Year}_{options.Language.Code}.json"), 0);
    }
}
