using CorrAnalytics.Warehouse.Time;
using CorrAnalytics.Reports.Common;
using CorrAnalytics.Reports.Model;
using CorrAnalytics.Reports.Translations;
using CorrAnalytics.Warehouse.Access;
using CorrAnalytics.Warehouse.Queries;
using CorrAnalytics.Warehouse.Queries.Budget;

namespace CorrAnalytics.Reports.Budget;

/// <summary>Reads the budget workbook's figures: the plan lines of the year before, and how many months are paid.</summary>
public sealed class BudgetWorkbookBuilder(WarehouseSession session, ProductClock clock)
{
    public BudgetWorkbookFigures Build(BudgetWorkbookOptions options)
    {
        var lines = ReportQueries.Rows<PlanLinesRow>(session, options.Year, options.Language.Code);
        if (lines.Count == 0)
            throw new ReportDataException("budget.no_data", options.Year - 1, options.Year - 2);
        var months = (int)(lines[0].MonthsElapsed ?? 0);
        var version = DataVersion.Read(session, new DateTime(options.Year - 1, Math.Max(months, 1), 1));
        return new BudgetWorkbookFigures(options, lines, months, version, clock.UtcDateTime, clock.Zone);
    }
}
