using CorrAnalytics.Reports.Common;
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
public sealed class ProductionReportBuilder(WarehouseSession session, TimeProvider clock, TimeZoneInfo? zone = null)
{
    private static readonly (IndicatorDefinition Definition, string Label)[] Headline =
    [
        (new("plan_fulfilment_pct", r => r.PlanFulfilmentPct, ValueKind.Percent, true), "kpi.fulfilment"),
        (new("internal_share_pct", r => r.InternalSharePct, ValueKind.Percent, null), "kpi.internal"),
        (new("employment_pct", r => r.EmploymentPct, ValueKind.Percent, true), "kpi.employment"),
        (new("output_per_employed", r => r.OutputPerEmployed, ValueKind.Money, true), "kpi.output_per_employed"),
        (new("average_wage", r => r.AverageWage, ValueKind.Money, true), "kpi.wage"),
    ];

    public ProductionReport Build(YearMonth period, ReportLanguage language)
    {
        var month = period.First.ToDateTime(TimeOnly.MinValue);
        var l = Labels.For(language);
        var code = language.Code;
        var facilities = ReportQueries.Rows<ByFacilityRow>(session, month, code);
        if (facilities.Count == 0)
            throw new ReportDataException(l.Format("production.no_data", period.ToString()));
        var indicators = IndicatorDefinition.Read(session, month, Headline.Select(h => (h.Definition, l[h.Label])));

        var facilityColumns = new ReportColumn[]
        {
            new(l["col.code"], ValueKind.Text), new(l["col.facility"], ValueKind.Text, 2.5), new(l["production.col.branch"], ValueKind.Text, 2),
            new(l["col.plan_value"], ValueKind.Money, 1.3), new(l["col.output_value"], ValueKind.Money, 1.3), new(l["col.fulfilment"], ValueKind.Percent),
            new(l["col.sold_value"], ValueKind.Money, 1.3), new(l["col.internal_share"], ValueKind.Percent), new(l["production.col.able"], ValueKind.Integer),
            new(l["production.col.employed"], ValueKind.Integer), new(l["kpi.employment"], ValueKind.Percent), new(l["kpi.wage"], ValueKind.Money),
            new(l["production.col.deductions"], ValueKind.Money, 1.3),
        };
        var all = new ReportTable(l["production.sheet.facilities"], facilityColumns).AddRows(facilities.Select(r => new object?[]
        {
            r.FacilityCode, r.Facility, r.Branch, r.PlanValue, r.OutputValue, r.FulfilmentPct, r.SoldValue, r.InternalSharePct,
            r.AbleBodied, r.Employed, r.EmploymentPct, r.AverageWage, r.Deductions,
        }));
        var ranked = facilities.Where(r => r.FulfilmentPct is not null)
            .OrderByDescending(r => NumberFormat.ToDecimal(r.FulfilmentPct!)).ThenBy(r => r.FacilityCode, StringComparer.Ordinal).ToList();
        var shortColumns = facilityColumns.Take(8).ToArray();
        object?[] Short(ByFacilityRow r) => [r.FacilityCode, r.Facility, r.Branch, r.PlanValue, r.OutputValue, r.FulfilmentPct, r.SoldValue, r.InternalSharePct];
        var top = new ReportTable(l["production.sheet.top"], shortColumns).AddRows(ranked.Take(10).Select(Short));
        var bottom = new ReportTable(l["production.sheet.bottom"], shortColumns).AddRows(ranked.AsEnumerable().Reverse().Take(10).Select(Short));

        var branches = new ReportTable(l["production.sheet.branches"], [
            new(l["production.col.branch"], ValueKind.Text, 2.5), new(l["col.facilities"], ValueKind.Integer), new(l["col.plan_value"], ValueKind.Money, 1.3),
            new(l["col.output_value"], ValueKind.Money, 1.3), new(l["col.fulfilment"], ValueKind.Percent), new(l["col.sold_value"], ValueKind.Money, 1.3),
            new(l["col.internal_share"], ValueKind.Percent), new(l["production.col.employed"], ValueKind.Integer), new(l["kpi.employment"], ValueKind.Percent)]).AddRows(ReportQueries.Rows<ByBranchRow>(session, month, code).Select(r => new object?[]
            {
                r.Branch, r.Facilities, r.PlanValue, r.OutputValue, r.FulfilmentPct, r.SoldValue, r.InternalSharePct, r.Employed, r.EmploymentPct,
            }));
        var categoryRows = ReportQueries.Rows<ByCategoryRow>(session, month, code);
        var categories = new ReportTable(l["sheet.production"], [
            new(l["col.category"], ValueKind.Text, 2.5), new(l["col.plan_value"], ValueKind.Money, 1.3), new(l["col.output_value"], ValueKind.Money, 1.3),
            new(l["col.fulfilment"], ValueKind.Percent), new(l["col.sold_value"], ValueKind.Money, 1.3), new(l["col.internal_share"], ValueKind.Percent)])
            .AddRows(categoryRows.Select(r => new object?[] { r.Category, r.PlanValue, r.OutputValue, r.FulfilmentPct, r.SoldValue, r.InternalSharePct }));
        var products = new ReportTable(l["production.sheet.products"], [
            new(l["production.col.product_code"], ValueKind.Text), new(l["production.col.product"], ValueKind.Text, 2.5), new(l["production.col.unit"], ValueKind.Text, 0.7),
            new(l["production.col.plan_qty"], ValueKind.Integer), new(l["production.col.output_qty"], ValueKind.Integer), new(l["col.output_value"], ValueKind.Money, 1.3),
            new(l["col.fulfilment"], ValueKind.Percent), new(l["col.sold_value"], ValueKind.Money, 1.3)])
            .AddRows(ReportQueries.Rows<ByProductRow>(session, month, code).Select(r => new object?[]
            {
                r.ProductCode, r.Product, r.Unit, r.PlanQty, r.OutputQty, r.OutputValue, r.FulfilmentPct, r.SoldValue,
            }));
        var missing = new ReportTable(l["sheet.missing"], [new(l["col.source"], ValueKind.Text, 2), new(l["col.code"], ValueKind.Text, 2)])
            .AddRows(ReportQueries.Rows<CompletenessRow>(session, month).Where(r => r.Source == "production").Select(r => new object?[] { l["source.production"], r.FacilityCode }));

        var trend = ReportQueries.Rows<ProductionTrendRow>(session, month).Select(r => new ProductionTrendPoint(
            r.Month!.Value, r.OutputValue ?? 0, r.SoldValue ?? 0, r.EmploymentPct is null ? null : NumberFormat.ToDecimal(r.EmploymentPct))).ToList();
        return new ProductionReport(period, l, clock.GetUtcNow().UtcDateTime,
            DataVersion.Read(session, month),
            indicators, facilities.Sum(r => r.Deductions ?? 0),
            branches, all, top, bottom, categories, products, missing, trend,
            categoryRows.Select(r => new CategoryPoint(r.Category!, r.OutputValue ?? 0)).ToList())
        { Zone = zone ?? ProductTimeZone.Default };
    }

}
