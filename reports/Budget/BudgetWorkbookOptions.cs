
namespace CorrAnalytics.Reports.Budget;

public sealed record BudgetWorkbookOptions(int Year, ReportLanguage Language, string? Password = null)
{
    public const decimal DefaultInflation = 0.085m;
    public const decimal DefaultPopulationGrowth = 0.02m;
}
