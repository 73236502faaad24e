using CorrAnalytics.Reports.Common;
using CorrAnalytics.Warehouse.Queries.Budget;

namespace CorrAnalytics.Reports.Budget;

/// <summary>Everything the budget workbook shows, read from the warehouse before any cell is written.</summary>
public sealed record BudgetWorkbookFigures(
    BudgetWorkbookOptions Options,
    IReadOnlyList<PlanLinesRow> Lines,
    int MonthsElapsed,
    DataVersion DataVersion,
    DateTime GeneratedAt,
    TimeZoneInfo Zone);
