using CorrAnalytics.Reports.Common;
using CorrAnalytics.Reports.Model;

namespace CorrAnalytics.Reports.Production;

/// <summary>
/// The key findings of the production analysis (PUBLICATION §2): output against plan, sales within the
/// system, employment and wages, and completeness, each figure as the headline tiles or the totals row
/// of the branch table print it.
/// </summary>
public static class ProductionFindings
{
    public static IReadOnlyList<string> Of(ProductionReport report)
    {
        var l = report.Labels;
        var culture = l.Language.Culture;
        string Value(string key)
        {
            var indicator = report.Indicators.Single(i => i.Key == key);
            return NumberFormat.Format(indicator.Value, indicator.Kind, culture);
        }
        string Total(int column) => NumberFormat.Format(report.Branches.Totals?[column], report.Branches.Columns[column].Kind, culture);
        return
        [
            l.Format("findings.production.output", Total(3), Total(2), Value("plan_fulfilment_pct")),
            l.Format("findings.production.sales", Total(5), Value("internal_share_pct")),
            l.Format("findings.production.employment", Total(7), Value("employment_pct")),
            l.Format("findings.production.wage", Value("average_wage"), Value("output_per_employed")),
            FindingWords.Completeness(l, report.Missing),
        ];
    }
}
