using CorrAnalytics.Reports.Common;
using CorrAnalytics.Reports.Common.Indicators;
using CorrAnalytics.Reports.Layout.Elements;
using CorrAnalytics.Reports.Model;
using CorrAnalytics.Reports.Translations;
using CorrAnalytics.Warehouse.Access;
using CorrAnalytics.Warehouse.Queries;
using CorrAnalytics.Warehouse.Queries.Common;
using CorrAnalytics.Warehouse.Queries.Production;
using CorrAnalytics.Warehouse.Time;

namespace CorrAnalytics.Reports.Production;

/// <summary>Reads the production analysis' figures from the marts' typed queries (warehouse/sql/queries/production).</summary>
public sealed class ProductionReportBuilder(WarehouseSession session, ProductClock clock)
{
    /// <param name="scope">The republic (null) or a department, whose warehouse view the session is in (<see cref="ReportScope.Render"/>).</param>
    public ProductionReport Build(YearMonth period, ReportLanguage language, ReportScope? scope = null)
    {
        scope ??= ReportScope.Republic;
        var month = period.First.ToDateTime(TimeOnly.MinValue);
        var l = Labels.For(language);
        var code = language.Code;
        var facilities = ReportQueries.Rows<ByFacilityRow>(session, month, code);
        if (facilities.Count == 0)
            throw new ReportDataException("production.no_data", period.ToString());
        var indicators = IndicatorDefinition.Read(session, month, IndicatorCatalogue.Production, l, scope.National);

        var all = ProductionTables.ByFacility(facilities, l);
        var ranked = facilities.Where(r => r.FulfilmentPct is not null)
            .OrderByDescending(r => NumberFormat.ToDecimal(r.FulfilmentPct!)).ThenBy(r => r.FacilityCode, StringComparer.Ordinal).ToList();
        var shortColumns = ProductionTables.FacilityColumns(l).Take(8).ToArray();
        object?[] Short(ByFacilityRow r) => [r.FacilityCode, r.Facility, r.Branch, r.PlanValue, r.OutputValue, r.FulfilmentPct, r.SoldValue, r.InternalSharePct];
        var top = new ReportTable(l["production.sheet.top"], shortColumns).AddRows(ranked.Take(10).Select(Short));
        var bottom = new ReportTable(l["production.sheet.bottom"], shortColumns).AddRows(ranked.AsEnumerable().Reverse().Take(10).Select(Short));

        var branches = ProductionTables.ByBranch(ReportQueries.Rows<ByBranchRow>(session, month, code), l);
        var categoryRows = ReportQueries.Rows<ByCategoryRow>(session, month, code);
        var categories = ProductionTables.ByCategory(categoryRows, l);
        var products = ProductionTables.ByProduct(ReportQueries.Rows<ByProductRow>(session, month, code), l);
        var missing = new ReportTable(l["sheet.missing"], [new(l["col.source"], ValueKind.Text, 2), new(l["col.code"], ValueKind.Text, 2)])
            .AddRows(ReportQueries.Rows<CompletenessRow>(session, month).Where(r => r.Source == "production").Select(r => new object?[] { l["source.production"], r.FacilityCode }));

        var trend = ReportQueries.Rows<ProductionTrendRow>(session, month).Select(r => new ProductionTrendPoint(
            r.Month!.Value, r.OutputValue ?? 0, r.SoldValue ?? 0, r.EmploymentPct is null ? null : NumberFormat.ToDecimal(r.EmploymentPct))).ToList();
        return new ProductionReport(period, l, clock.UtcDateTime,
            DataVersion.Read(session, month),
            indicators, IndicatorTable.Of(indicators, l, scope.IsDepartment),
            branches, all, top, bottom, categories, products, missing, trend,
            categoryRows.Select(r => new CategoryPoint(r.Category!, r.OutputValue ?? 0)).ToList())
        { Zone = clock.Zone, Scope = scope };
    }

}
