using CorrAnalytics.Warehouse.Time;
using CorrAnalytics.Warehouse.Files;
using ClosedXML.Excel;
using CorrAnalytics.Reports.Common;
using CorrAnalytics.Reports.Excel;
using CorrAnalytics.Warehouse.Access;

namespace CorrAnalytics.Reports.Budget;

/// <summary><c>corr report budget</c>: the planning workbook for a year, with its manifest.</summary>
public sealed class BudgetWorkbookWriter(WarehouseSession session, ProductClock clock)
{
    public ReportOutput Write(BudgetWorkbookOptions options, string folder)
    {
        var figures = new BudgetWorkbookBuilder(session, clock).Build(options);
        var generatedAt = figures.GeneratedAt;
        var values = new FormulaValues();
        var workbook = BudgetWorkbookDocument.Compose(figures, values);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"budget_{options.Year}_{options.Language.Code}.xlsx");
        using (workbook)
        {
            // Cached values for readers that do not calculate; applications still compute it all on opening.
            workbook.CalculateMode = XLCalculateMode.Auto;
            workbook.ForceFullCalculation = true;
            workbook.FullCalculationOnLoad = true;
            AtomicFile.WriteAllBytes(path, DeterministicPackage.Normalize(values.Save(workbook), generatedAt));
        }
        var version = DataVersion.Read(session, new DateTime(options.Year - 1, 1, 1));
        var manifest = new ReportManifest("budget", options.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), options.Language.Code, ["xlsx"],
            generatedAt, version.LastBatch, version.LoadedAt, [],
            [ReportManifest.Describe(path)]);
        return new ReportOutput([path], manifest.Write(folder, $"manifest_budget_{options.Year}_{options.Language.Code}.json"), 0);
    }
}
