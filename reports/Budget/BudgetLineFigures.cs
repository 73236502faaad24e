using CorrAnalytics.Warehouse.Queries.Budget;

namespace CorrAnalytics.Reports.Budget;

/// <summary>
/// A Plan sheet line's figures as its formulas compute them with the default assumptions (no group
/// adjustment): the values cached in the workbook for readers that do not calculate.
/// </summary>
public sealed record BudgetLineFigures(decimal Actual, decimal Plan, decimal PlanToDate, decimal Paid, decimal Execution, decimal Forecast, decimal Draft)
{
    /// <summary>Supplies (14x) follow the number of people held as well as prices.</summary>
    public static bool GrowsWithPopulation(string group) => group == "14x";

    public static BudgetLineFigures Compute(PlanLinesRow line)
    {
        var (plan, toDate, paid) = (line.Plan!.Value, line.PlanToDate!.Value, line.PaidToDate!.Value);
        var forecast = toDate == 0 ? paid : paid + (plan - toDate) * paid / toDate;
        var growth = GrowsWithPopulation(line.GroupCode!) ? 1 + BudgetWorkbookOptions.DefaultPopulationGrowth : 1;
        var draft = Math.Round(forecast * (1 + BudgetWorkbookOptions.DefaultInflation) * growth, 0, MidpointRounding.AwayFromZero);
        return new(line.Actual!.Value, plan, toDate, paid, plan == 0 ? 0 : paid / plan, forecast, draft);
    }

    /// <summary>The sums of lines (execution left 0: a total's execution is computed from the summed plan and payments).</summary>
    public static BudgetLineFigures Sum(IEnumerable<BudgetLineFigures> lines) =>
        lines.Aggregate(new BudgetLineFigures(0, 0, 0, 0, 0, 0, 0), (a, b) =>
            new(a.Actual + b.Actual, a.Plan + b.Plan, a.PlanToDate + b.PlanToDate, a.Paid + b.Paid, 0, a.Forecast + b.Forecast, a.Draft + b.Draft));
}
