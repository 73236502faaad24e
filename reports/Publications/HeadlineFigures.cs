using CorrAnalytics.Reports.Common.Indicators;
using CorrAnalytics.Reports.Common;
using CorrAnalytics.Reports.Monthly;
using CorrAnalytics.Warehouse.Access;
using CorrAnalytics.Warehouse.Queries;
using CorrAnalytics.Warehouse.Queries.Common;
using CorrAnalytics.Warehouse.Scopes;
using CorrAnalytics.Warehouse.Time;

namespace CorrAnalytics.Reports.Publications;

/// <summary>
/// The figures a publication is held to: the monthly report's headline indicators of its month and
/// scope (the republic, or a department's members on the month's last day), as the warehouse the
/// session reads (the present, or as of a data version) gives them. Other reports record none yet.
/// </summary>
public static class HeadlineFigures
{
    /// <summary>The source kinds each indicator is computed from: the files that can revise it.</summary>
    private static readonly Dictionary<string, string[]> Sources = new()
    {
        ["stock"] = ["population"], ["adp"] = ["population"], ["capacity"] = ["facilities"], ["density_pct"] = ["population", "facilities"],
        ["rate_per_100k"] = ["population"], ["pretrial_pct"] = ["population"], ["women_pct"] = ["population"], ["foreigners_pct"] = ["population"],
        ["juveniles"] = ["population"], ["admissions"] = ["movements"], ["releases"] = ["movements"], ["parole_pct"] = ["movements"],
        ["deaths_per_10k"] = ["incidents", "population"], ["suicides_per_10k"] = ["incidents", "population"], ["escapes_per_10k"] = ["incidents", "population"],
        ["vacancy_pct"] = ["staffing"], ["inmates_per_officer"] = ["staffing", "population"], ["execution_ytd_pct"] = ["budget_plan", "budget_exec"],
        ["cost_per_inmate_day"] = ["budget_exec", "population"], ["food_per_inmate_day"] = ["budget_exec", "population"],
        ["plan_fulfilment_pct"] = ["production"], ["internal_share_pct"] = ["production"], ["employment_pct"] = ["production"],
        ["output_per_employed"] = ["production"], ["average_wage"] = ["production"],
    };

    /// <summary>The figures of <paramref name="scope"/>'s report; none for a department that runs no facility at the period's end.</summary>
    /// <remarks>The session must not be in a department's view already: a department's figures are read in its own view of the period.</remarks>
    public static IReadOnlyList<PublishedFigure> Of(WarehouseSession session, string kind, string period, string scope)
    {
        if (kind != "monthly")
            return [];
        var month = YearMonth.Parse(period);
        if (ReportScope.DepartmentOf(scope) is not { } department)
            return InView(session, month);
        using var view = DepartmentWarehouse.Enter(session, department, month.Last);
        return view is null ? [] : InView(session, month);
    }

    /// <summary>The figures of the scope whose view the session is in (the republic, or a department's already entered).</summary>
    public static IReadOnlyList<PublishedFigure> InView(WarehouseSession session, YearMonth month)
    {
        var row = ReportQueries.Single<IndicatorsRow>(session, month.First.ToDateTime(TimeOnly.MinValue));
        return IndicatorCatalogue.Monthly.Select(d => new PublishedFigure(d.Key, d.Kind, d.Number(row))).ToList();
    }

    /// <summary>Whether a file of this kind can change the indicator (a register changes every one: it decides which facilities count).</summary>
    public static bool Feeds(string fileKind, string indicator) =>
        fileKind is "facilities" or "products" || Sources.TryGetValue(indicator, out var kinds) && kinds.Contains(fileKind);
}
