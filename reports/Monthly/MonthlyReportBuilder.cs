using CorrAnalytics.Reports.Common;
using CorrAnalytics.Reports.Common.Indicators;
using CorrAnalytics.Reports.Model;
using CorrAnalytics.Reports.Production;
using CorrAnalytics.Reports.Translations;
using CorrAnalytics.Warehouse.Access;
using CorrAnalytics.Warehouse.Queries;
using CorrAnalytics.Warehouse.Queries.Common;
using CorrAnalytics.Warehouse.Queries.Monthly;
using CorrAnalytics.Warehouse.Queries.Production;
using CorrAnalytics.Warehouse.Time;

namespace CorrAnalytics.Reports.Monthly;

/// <summary>Reads the monthly report's figures from the warehouse's typed queries (warehouse/queries/monthly).</summary>
public sealed class MonthlyReportBuilder(WarehouseSession session, ProductClock clock)
{
    /// <param name="scope">The republic (null) or a department, whose warehouse view the session is in (<see cref="ReportScope.Render"/>).</param>
    /// <param name="revised">The figures of the months before revised since their publication: the headline table flags them "r".</param>
    public MonthlyReport Build(YearMonth period, ReportLanguage language, ReportScope? scope = null, IReadOnlyList<Publications.Revision>? revised = null)
    {
        scope ??= ReportScope.Republic;
        var month = period.First.ToDateTime(TimeOnly.MinValue);
        var labels = Labels.For(language);
        var version = DataVersion.Read(session, month);
        var sources = ReportQueries.Rows<SourcesRow>(session, month);
        if (sources.All(s => s.Rows == 0)) // a month with any source loaded renders; what it lacks is said where it would be
            throw new ReportDataException("error.no_data", period.ToString());

        var now = ReportQueries.Single<IndicatorsRow>(session, month);
        var indicators = IndicatorDefinition.Read(session, month, IndicatorCatalogue.Monthly, labels, scope.National, now);

        var changed = (revised ?? []).Select(r => (r.Period, r.Indicator)).ToHashSet();
        var summary = IndicatorTable.Of(indicators, labels, scope.IsDepartment,
            key => (changed.Contains((period.AddMonths(-1), key)), changed.Contains((period.AddMonths(-12), key))));

        var code = language.Code;
        var categories = ReportQueries.Rows<ByCategoryRow>(session, month, code); // the table and its chart
        return new MonthlyReport(
            period, labels, clock.UtcDateTime,
            version,
            indicators, summary,
            Regions(ReportQueries.Rows<ByRegionRow>(session, month, code), labels),
            KeyedTable.Of(labels["sheet.security"], [("col.security_level", ValueKind.Text, 3), ("col.facilities", ValueKind.Integer, 1), ("col.stock", ValueKind.Integer, 1), ("col.capacity", ValueKind.Integer, 1), ("col.density", ValueKind.Percent, 1)], labels,
                ReportQueries.Rows<BySecurityLevelRow>(session, month, code).Select(r => new object?[] { r.SecurityLevel, r.Facilities, r.Stock, r.Capacity, r.DensityPct }),
                new TotalRatio("col.density", "col.stock", "col.capacity")),
            KeyedTable.Of(labels["sheet.overcrowded"], [("col.code", ValueKind.Text, 1), ("col.facility", ValueKind.Text, 3), ("col.region", ValueKind.Text, 2), ("col.capacity", ValueKind.Integer, 1), ("col.stock", ValueKind.Integer, 1), ("col.density", ValueKind.Percent, 1)], labels,
                ReportQueries.Rows<OvercrowdedRow>(session, month, code).Select(r => new object?[] { r.FacilityCode, r.Facility, r.Region, r.Capacity, r.Stock, r.DensityPct })),
            KeyedTable.Of(labels["sheet.incidents"], [("col.incident_type", ValueKind.Text, 3), ("col.incidents", ValueKind.Events, 1), ("col.persons", ValueKind.Events, 1), ("col.persons_12m", ValueKind.Events, 1), ("col.per_10k", ValueKind.Decimal1, 1)], labels,
                ReportQueries.Rows<IncidentsRow>(session, month, code).Select(r => new object?[] { r.IncidentType, r.Incidents, r.Persons, r.Persons12m, r.Per10k })),
            KeyedTable.Of(labels["sheet.staff"], [("col.staff_category", ValueKind.Text, 3), ("col.established", ValueKind.Integer, 1), ("col.filled", ValueKind.Integer, 1), ("col.vacancy", ValueKind.Percent, 1)], labels,
                ReportQueries.Rows<StaffRow>(session, month, code).Select(r => new object?[] { r.StaffCategory, r.Established, r.Filled, r.VacancyPct }),
                new TotalRatio("col.vacancy", "col.filled", "col.established", Complement: true)),
            KeyedTable.Of(labels["sheet.budget"], [("col.specific_group", ValueKind.Text, 2.5), ("col.plan_month", ValueKind.Money, 1.3), ("col.paid_month", ValueKind.Money, 1.3), ("col.plan_ytd", ValueKind.Money, 1.4), ("col.paid_ytd", ValueKind.Money, 1.4), ("col.execution", ValueKind.Percent, 1)], labels,
                ReportQueries.Rows<BudgetRow>(session, month, code).Select(r => new object?[] { r.SpecificGroup, r.PlanMonth, r.PaidMonth, r.PlanYtd, r.PaidYtd, r.ExecutionPct }),
                new TotalRatio("col.execution", "col.paid_ytd", "col.plan_ytd")),
            ProductionTables.ByCategory(categories, labels),
            Missing(month, labels),
            KeyedTable.Of(labels["sheet.rejects"], [("col.rule", ValueKind.Text, 2), ("col.rows", ValueKind.Integer, 1), ("col.files", ValueKind.Integer, 1)], labels,
                ReportQueries.Rows<RejectsByRuleRow>(session, month, code).Select(r => new object?[] { labels["rule." + r.RuleCode], r.Rows, r.Files }))
                .WithNote(scope.IsDepartment ? labels.Format("note.rejects_department", scope.UnattributedRejects) : null),
            Trend(month), Cumulative(month),
            categories.Select(r => new CategoryPoint(r.Category!, r.OutputValue ?? 0)).ToList())
        {
            Zone = clock.Zone,
            Sources = sources,
            RateMonths = (int)(now.RateMonths ?? 0),
            Scope = scope,
        };
    }

    /// <summary>By region, with the national total: density, pre-trial share and rate recomputed from the summed parts.</summary>
    private static ReportTable Regions(IReadOnlyList<ByRegionRow> rows, Labels labels)
    {
        var table = KeyedTable.Of(labels["sheet.regions"], [("col.region", ValueKind.Text, 2.4), ("col.facilities", ValueKind.Integer, 1.1), ("col.stock", ValueKind.Integer, 1), ("col.capacity", ValueKind.Integer, 1), ("col.density", ValueKind.Percent, 1), ("col.pretrial", ValueKind.Percent, 1), ("col.rate", ValueKind.Decimal1, 1)], labels,
            rows.Select(r => new object?[] { r.Region, r.Facilities, r.Stock, r.Capacity, r.DensityPct, r.PretrialPct, r.RatePer100k }));
        var parts = new Dictionary<string, decimal?>
        {
            ["pretrial"] = rows.Sum(r => r.Pretrial ?? 0),
            ["population"] = rows.Any(r => r.Population is null) ? null : rows.Sum(r => r.Population!.Value), // a region without a figure: no national rate
        };
        return table.WithTotals(table.TotalsRow(labels["col.total"], [
            new TotalRatio("col.density", "col.stock", "col.capacity"),
            new TotalRatio("col.pretrial", "pretrial", "col.stock"),
            new TotalRatio("col.rate", "col.stock", "population", Scale: 100_000)], parts));
    }

    private ReportTable Missing(DateTime month, Labels labels)
    {
        var table = new ReportTable(labels["sheet.missing"], [new(labels["col.source"], ValueKind.Text, 2), new(labels["col.code"], ValueKind.Text, 2)]);
        foreach (var row in ReportQueries.Rows<CompletenessRow>(session, month))
            table.Add(labels["source." + row.Source], row.FacilityCode);
        return table;
    }

    private List<TrendPoint> Trend(DateTime month) =>
        ReportQueries.Rows<TrendRow>(session, month)
            .Select(r => new TrendPoint(r.Month!.Value, r.Stock, r.Capacity)).ToList();

    private List<BudgetPoint> Cumulative(DateTime month) =>
        ReportQueries.Rows<CumulativeBudgetRow>(session, month)
            .Select(r => new BudgetPoint(r.Month!.Value, r.PlanCumulative ?? 0, r.PaidCumulative ?? 0)).ToList();
}
