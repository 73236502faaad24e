using System.Globalization;
using CorrAnalytics.Reports.Budget;
using CorrAnalytics.Reports.Common;
using CorrAnalytics.Reports.Monthly;
using CorrAnalytics.Reports.Production;
using CorrAnalytics.Warehouse.Access;
using CorrAnalytics.Warehouse.Time;

namespace CorrAnalytics.Reports.Publications;

/// <summary>Any report by its kind's name, as etl.publications records it: the one place a kind's name picks its writer.</summary>
public sealed class ReportRenderer(WarehouseSession session, string? budgetPassword = null, PublicationOptions? options = null)
{
    /// <summary>Writes the report into <paramref name="folder"/>, stamped by <paramref name="at"/>; <paramref name="department"/> null for the republic.</summary>
    public ReportOutput Write(ProductClock at, string kind, string period, ReportLanguage language, IReadOnlySet<string> formats, string folder, string? department) => kind switch
    {
        "monthly" => new MonthlyReportWriter(session, at, options).Write(YearMonth.Parse(period), language, formats, folder, department),
        "production" => new ProductionReportWriter(session, at, options).Write(YearMonth.Parse(period), language, formats, folder, department),
        "budget" => new BudgetWorkbookWriter(session, at).Write(new BudgetWorkbookOptions(int.Parse(period, CultureInfo.InvariantCulture), language, budgetPassword), folder),
        _ => throw new ReportDataException("console.reproduce.unknown_kind", kind),
    };

    public ReportOutput Write(ProductClock at, PublishedReport published, string folder) =>
        Write(at, published.Kind, published.Period, published.Language, published.Formats.ToHashSet(), folder, published.Department);

    public ReportOutput Write(ProductClock at, PublicationRequest request, string folder) =>
        Write(at, request.Kind, request.Period, request.Language, request.Formats.ToHashSet(), folder, ReportScope.DepartmentOf(request.Scope));
}
