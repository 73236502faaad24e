using CorrAnalytics.Reports.Monthly;
using CorrAnalytics.Warehouse.Access;
using CorrAnalytics.Warehouse.Queries;
using CorrAnalytics.Warehouse.Queries.Common;
using CorrAnalytics.Warehouse.Time;

namespace CorrAnalytics.Reports.Publications;

/// <summary>
/// The figures a publication is held to: the monthly report's headline indicators of its month, as
/// the warehouse the session reads (the present, or as of a data version) gives them. Other reports
/// record none yet.
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

    public static IReadOnlyList<PublishedFigure> Of(WarehouseSession session, string kind, string period)
    {
        if (kind != "monthly")
            return [];
        var row = ReportQueries.Single<IndicatorsRow>(session, YearMonth.Parse(period).First.ToDateTime(TimeOnly.MinValue));
        return MonthlyReportBuilder.Definitions.Select(d => new PublishedFigure(d.Key, d.Kind, d.Number(row))).ToList();
    }

    /// <summary>Whether a file of this kind can change the indicator (a register changes every one: it decides which facilities count).</summary>
    public static bool Feeds(string fileKind, string indicator) =>
        fileKind is "facilities" or "products" || Sources.TryGetValue(indicator, out var kinds) && kinds.Contains(fileKind);
}
