using CorrAnalytics.Reports.Common;
using CorrAnalytics.Reports.Model;
using CorrAnalytics.Reports.Translations;
using CorrAnalytics.Warehouse.Queries.Production;

namespace CorrAnalytics.Reports.Production;

/// <summary>
/// The production tables with their national totals (shares recomputed from summed parts), shared by
/// the production analysis and the monthly report.
/// </summary>
public static class ProductionTables
{
    private static readonly TotalRatio Fulfilment = new("col.fulfilment", "col.output_value", "col.plan_value");
    private static readonly TotalRatio InternalShare = new("col.internal_share", "internal_value", "col.sold_value");
    private static readonly TotalRatio Employment = new("production.col.employment", "production.col.employed", "able_bodied");

    public static ReportTable ByCategory(IReadOnlyList<ByCategoryRow> rows, Labels labels) =>
        KeyedTable.Of(labels["sheet.production"], KeyedTable.Columns(labels, [
                ("col.category", ValueKind.Text, 2.5), ("col.plan_value", ValueKind.Money, 1.3), ("col.output_value", ValueKind.Money, 1.3),
                ("col.fulfilment", ValueKind.Percent, 1), ("col.sold_value", ValueKind.Money, 1.3), ("col.internal_share", ValueKind.Percent, 1)]), labels,
            rows.Select(r => new object?[] { r.Category, r.PlanValue, r.OutputValue, r.FulfilmentPct, r.SoldValue, r.InternalSharePct }),
            new Dictionary<string, decimal?> { ["internal_value"] = rows.Sum(r => r.InternalValue ?? 0) },
            Fulfilment, InternalShare);

    public static ReportTable ByBranch(IReadOnlyList<ByBranchRow> rows, Labels labels) =>
        KeyedTable.Of(labels["production.sheet.branches"], KeyedTable.Columns(labels, [
                ("production.col.branch", ValueKind.Text, 2.5), ("col.facilities", ValueKind.Integer, 1), ("col.plan_value", ValueKind.Money, 1.3),
                ("col.output_value", ValueKind.Money, 1.3), ("col.fulfilment", ValueKind.Percent, 1), ("col.sold_value", ValueKind.Money, 1.3),
                ("col.internal_share", ValueKind.Percent, 1), ("production.col.employed", ValueKind.Integer, 1), ("production.col.employment", ValueKind.Percent, 1)]), labels,
            rows.Select(r => new object?[] { r.Branch, r.Facilities, r.PlanValue, r.OutputValue, r.FulfilmentPct, r.SoldValue, r.InternalSharePct, r.Employed, r.EmploymentPct }),
            new Dictionary<string, decimal?> { ["internal_value"] = rows.Sum(r => r.InternalValue ?? 0), ["able_bodied"] = rows.Sum(r => r.AbleBodied ?? 0) },
            Fulfilment, InternalShare, Employment);

    /// <summary>
    /// The facilities grouped by branch (PUBLICATION §8), each branch led by its subtotal; the totals
    /// row's average wage is the summed wage fund over the summed employed.
    /// </summary>
    public static ReportTable ByFacility(IReadOnlyList<ByFacilityRow> rows, Labels labels) =>
        KeyedTable.Grouped(labels["production.sheet.facilities"], FacilityColumns(labels), labels, rows, r => r.Branch ?? "", b => labels.Format("production.subtotal", b), 1,
            r => [r.FacilityCode, r.Facility, r.Branch, r.PlanValue, r.OutputValue, r.FulfilmentPct, r.SoldValue, r.InternalSharePct, r.AbleBodied, r.Employed, r.EmploymentPct, r.AverageWage, r.Deductions],
            group => new Dictionary<string, decimal?> { ["internal_value"] = group.Sum(r => r.InternalValue ?? 0), ["wage_fund"] = group.Sum(r => r.WageFund ?? 0) },
            Fulfilment, InternalShare, new TotalRatio("production.col.employment", "production.col.employed", "production.col.able"),
            new TotalRatio("kpi.wage", "wage_fund", "production.col.employed", Scale: 1));

    public static List<ReportColumn> FacilityColumns(Labels labels) => KeyedTable.Columns(labels, [
        ("col.code", ValueKind.Text, 1), ("col.facility", ValueKind.Text, 2.5), ("production.col.branch", ValueKind.Text, 2),
        ("col.plan_value", ValueKind.Money, 1.3), ("col.output_value", ValueKind.Money, 1.3), ("col.fulfilment", ValueKind.Percent, 1),
        ("col.sold_value", ValueKind.Money, 1.3), ("col.internal_share", ValueKind.Percent, 1), ("production.col.able", ValueKind.Integer, 1),
        ("production.col.employed", ValueKind.Integer, 1), ("production.col.employment", ValueKind.Percent, 1), ("kpi.wage", ValueKind.MoneyPerHead, 1),
        ("production.col.deductions", ValueKind.Money, 1.3)]);

    /// <summary>
    /// Products grouped by category, each led by its subtotal; fulfilment on the value basis in every row
    /// and total, with the plan value beside it (PUBLICATION §6). Quantities are in different units, so
    /// their subtotals and total are left blank; values add up.
    /// </summary>
    public static ReportTable ByProduct(IReadOnlyList<ByProductRow> rows, Labels labels) =>
        KeyedTable.Grouped(labels["production.sheet.products"], KeyedTable.Columns(labels, [
                    ("production.col.product_code", ValueKind.Text, 1), ("production.col.product", ValueKind.Text, 2.5), ("production.col.unit", ValueKind.Text, 0.7),
                    ("production.col.plan_qty", ValueKind.Integer, 1), ("production.col.output_qty", ValueKind.Integer, 1), ("col.plan_value", ValueKind.Money, 1.3),
                    ("col.output_value", ValueKind.Money, 1.3), ("col.fulfilment", ValueKind.Percent, 1), ("col.sold_value", ValueKind.Money, 1.3)])
                .Select(c => c.Key is "production.col.plan_qty" or "production.col.output_qty" ? c with { Additive = false } : c).ToList(), labels,
            rows, r => r.Category ?? "", c => labels.Format("production.subtotal", c), 1,
            r => [r.ProductCode, r.Product, r.Unit, r.PlanQty, r.OutputQty, r.PlanValue, r.OutputValue, r.FulfilmentPct, r.SoldValue],
            _ => new Dictionary<string, decimal?>(), Fulfilment);
}
